package org.careerexplorer.gui.occupation;

import java.util.OptionalDouble;

/** A table cell's text and the number it sorts by; cells without a number sort after those with one. */
public record SortableText(OptionalDouble key, String text) implements Comparable<SortableText> {

    public static SortableText of(double key, String text) {
        return new SortableText(OptionalDouble.of(key), text);
    }

    public static SortableText unknown(String text) {
        return new SortableText(OptionalDouble.empty(), text);
    }

    @Override
    public int compareTo(SortableText other) {
        if (key.isEmpty() || other.key.isEmpty()) {
            return Boolean.compare(key.isEmpty(), other.key.isEmpty());
        }
        return Double.compare(key.getAsDouble(), other.key.getAsDouble());
    }

    @Override
    public String toString() {
        return text;
    }
}

package org.careerexplorer.gui.occupation;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The repeated items of the occupation page: a fact tile, a pro or con, a skill. Each is named by
 * its style classes; spacing, sizes and colours are the style sheet's.
 */
final class PageItems {

    private PageItems() {
    }

    /** A fact tile: "Typical education" over "High school diploma or equivalent (2024)". */
    static VBox fact(String label, String value) {
        return box("fact", wrapping(label, "fact-label"), wrapping(value, "fact-value"));
    }

    /** A pro or con, and below it the figure it rests on, if any. */
    static VBox proCon(String text, String figure) {
        VBox entry = box("pro-con", wrapping(text, "pro-con-text"));
        if (!figure.isEmpty()) {
            entry.getChildren().add(wrapping(figure, "figure"));
        }
        return entry;
    }

    /** A skill's name and why it matters. */
    static VBox skill(String name, String text) {
        return box("skill", wrapping(name, "skill-name"), wrapping(text, "skill-text"));
    }

    private static VBox box(String styleClass, Label... labels) {
        VBox box = new VBox(labels);
        box.getStyleClass().add(styleClass);
        return box;
    }

    private static Label wrapping(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}

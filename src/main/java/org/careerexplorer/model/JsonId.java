package org.careerexplorer.model;

import java.util.Arrays;
import java.util.Optional;

/** An enum constant that the data files name by a short, stable id such as {@code "high-school"}. */
public interface JsonId {

    /** The id used in the data files and in translation keys. */
    String id();

    /** The constant of {@code type} whose id is {@code id}, if there is one. */
    static <E extends Enum<E> & JsonId> Optional<E> lookup(Class<E> type, String id) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.id().equals(id)).findFirst();
    }

    /** All ids of {@code type}, in declaration order, for error messages. */
    static <E extends Enum<E> & JsonId> String allIds(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(JsonId::id).toList());
    }
}

package org.careerexplorer.model;

import java.util.List;
import java.util.Objects;

/** Myers-Briggs personality types that a source names as a good fit, e.g. "ESFJ". */
public record PersonalityTypes(List<String> types, Source source) {

    public PersonalityTypes {
        types = List.copyOf(types);
        Objects.requireNonNull(source, "source");
    }

    /** Four letters: E/I, S/N, T/F, J/P. */
    public static boolean isValid(String type) {
        return type != null && type.matches("[EI][SN][TF][JP]");
    }
}

package org.careerexplorer.model;

import java.util.Objects;

/** The typical entry-level education that a source gave for an occupation in a given year. */
public record EducationRequirement(EducationLevel level, int year, Source source) {

    public EducationRequirement {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
    }
}

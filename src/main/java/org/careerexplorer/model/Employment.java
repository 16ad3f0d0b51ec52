package org.careerexplorer.model;

import java.util.Objects;

/** How many people worked in an occupation in a given year. */
public record Employment(long count, int year, Source source) {

    public Employment {
        Objects.requireNonNull(source, "source");
    }
}

package org.careerexplorer.model;

import java.util.Objects;

/** A link to another occupation worth a look, and the source that makes the link. */
public record RelatedOccupation(String code, Source source) {

    public RelatedOccupation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
    }
}

package org.careerexplorer.model;

import java.util.Objects;

/** Typical on-the-job training and prior work experience for an occupation. */
public record Training(OnTheJobTraining onTheJob, WorkExperience experience, Source source) {

    public Training {
        Objects.requireNonNull(onTheJob, "onTheJob");
        Objects.requireNonNull(experience, "experience");
        Objects.requireNonNull(source, "source");
    }
}

package org.careerexplorer.model;

/** Typical on-the-job training needed to become competent, as the BLS classifies it. */
public enum OnTheJobTraining implements JsonId {
    NONE("none"),
    SHORT_TERM("short-term"),
    MODERATE_TERM("moderate-term"),
    LONG_TERM("long-term"),
    APPRENTICESHIP("apprenticeship"),
    INTERNSHIP_RESIDENCY("internship-residency");

    private final String id;

    OnTheJobTraining(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}

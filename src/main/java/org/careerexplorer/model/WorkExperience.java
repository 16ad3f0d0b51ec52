package org.careerexplorer.model;

/** Work experience in a related occupation that employers typically ask for. */
public enum WorkExperience implements JsonId {
    NONE("none"),
    LESS_THAN_5_YEARS("less-than-5-years"),
    FIVE_YEARS_OR_MORE("5-years-or-more");

    private final String id;

    WorkExperience(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}

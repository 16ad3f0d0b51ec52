package org.careerexplorer.model;

/** The six O*NET work values: what a person may want to get out of their work. */
public enum WorkValue implements JsonId {
    ACHIEVEMENT("achievement"),
    WORKING_CONDITIONS("working-conditions"),
    RECOGNITION("recognition"),
    RELATIONSHIPS("relationships"),
    SUPPORT("support"),
    INDEPENDENCE("independence");

    private final String id;

    WorkValue(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}

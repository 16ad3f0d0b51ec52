package org.careerexplorer.model;

/** Projected employment growth relative to the average of all occupations, in the BLS's words. */
public enum GrowthCategory implements JsonId {
    DECLINE("decline"),
    LITTLE_OR_NO_CHANGE("little-or-no-change"),
    SLOWER_THAN_AVERAGE("slower-than-average"),
    AS_FAST_AS_AVERAGE("as-fast-as-average"),
    FASTER_THAN_AVERAGE("faster-than-average"),
    MUCH_FASTER_THAN_AVERAGE("much-faster-than-average");

    private final String id;

    GrowthCategory(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}

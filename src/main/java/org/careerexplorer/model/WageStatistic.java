package org.careerexplorer.model;

/** A statistic of a wage distribution. The percentiles are declared in ascending order. */
public enum WageStatistic implements JsonId {
    P10("p10"),
    P25("p25"),
    MEDIAN("median"),
    P75("p75"),
    P90("p90"),
    MEAN("mean");

    private final String id;

    WageStatistic(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The mean is not a percentile and has no place in their order. */
    public boolean isPercentile() {
        return this != MEAN;
    }
}

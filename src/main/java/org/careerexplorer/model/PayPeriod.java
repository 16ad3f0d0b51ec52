package org.careerexplorer.model;

/** Whether a wage figure is per hour or per year. */
public enum PayPeriod implements JsonId {
    HOURLY("hourly"),
    ANNUAL("annual");

    /** The BLS converts between hourly and annual wages at 2,080 hours a year (52 weeks of 40 hours). */
    public static final int HOURS_PER_YEAR = 2080;

    private final String id;

    PayPeriod(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    public PayPeriod other() {
        return this == HOURLY ? ANNUAL : HOURLY;
    }
}

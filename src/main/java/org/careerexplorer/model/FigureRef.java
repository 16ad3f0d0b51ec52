package org.careerexplorer.model;

/** Points a pro or con at the figure it rests on, within the same occupation. */
public sealed interface FigureRef {

    /** One wage figure of the observation for {@code year}. */
    record Wage(int year, PayPeriod period, WageStatistic statistic) implements FigureRef {
    }

    /** The employment count for {@code year}. */
    record EmploymentCount(int year) implements FigureRef {
    }

    /** The projection over {@code startYear}-{@code endYear}. */
    record Outlook(int startYear, int endYear) implements FigureRef {
    }

    /** The projected openings a year over {@code startYear}-{@code endYear}. */
    record Openings(int startYear, int endYear) implements FigureRef {
    }

    /** The typical entry-level education. */
    record Education() implements FigureRef {
    }

    /** The typical on-the-job training. */
    record TrainingNeeded() implements FigureRef {
    }
}

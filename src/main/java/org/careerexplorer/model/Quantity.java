package org.careerexplorer.model;

/** A value that a derived pro or con quotes; the view formats it for the display language. */
public sealed interface Quantity {

    /** US dollars a year; {@code atLeast} where the source top-codes the figure. */
    record AnnualPay(double dollars, boolean atLeast) implements Quantity {
    }

    /** A percentage, e.g. 3.1 for 3.1%. */
    record Percent(double percent) implements Quantity {
    }

    /** A count of jobs or openings. */
    record Count(long count) implements Quantity {
    }

    /** A plain number such as a ratio, shown with one decimal; {@code atLeast} where it rests on a top-coded figure. */
    record Ratio(double value, boolean atLeast) implements Quantity {
    }

    record Year(int year) implements Quantity {
    }

    record Education(EducationLevel level) implements Quantity {
    }
}

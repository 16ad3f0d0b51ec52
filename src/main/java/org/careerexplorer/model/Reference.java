package org.careerexplorer.model;

import java.util.Objects;

/**
 * Figures for all occupations together, so that an occupation's pay and growth can be put in
 * context ("above the median of all occupations").
 *
 * @param medianAnnualWage the median annual wage of all occupations, with its year and source
 * @param growth           projected employment growth of all occupations
 */
public record Reference(Figure medianAnnualWage, Projection growth) {

    public Reference {
        Objects.requireNonNull(medianAnnualWage, "medianAnnualWage");
        Objects.requireNonNull(growth, "growth");
    }

    /** A single figure with its year and source. */
    public record Figure(double value, int year, Source source) {
    }
}

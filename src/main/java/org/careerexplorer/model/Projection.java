package org.careerexplorer.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An employment projection over a period, as a percentage and/or a category relative to the
 * average of all occupations. At least one of the two is present.
 *
 * @param annualOpenings projected openings a year (from growth and from people leaving), where known
 */
public record Projection(int startYear, int endYear, OptionalDouble growthPercent,
                         Optional<GrowthCategory> category, OptionalDouble annualOpenings, Source source) {

    public Projection {
        Objects.requireNonNull(growthPercent, "growthPercent");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(annualOpenings, "annualOpenings");
        Objects.requireNonNull(source, "source");
        if (growthPercent.isEmpty() && category.isEmpty()) {
            throw new IllegalArgumentException("a projection needs a growth percentage or a category");
        }
    }

    public boolean covers(int start, int end) {
        return startYear == start && endYear == end;
    }
}

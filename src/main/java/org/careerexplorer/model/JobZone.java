package org.careerexplorer.model;

import java.util.Objects;

/**
 * O*NET job zone: how much preparation an occupation needs, from 1 (little or none) to 5 (extensive).
 */
public record JobZone(int zone, Source source) {

    public JobZone {
        if (zone < 1 || zone > 5) {
            throw new IllegalArgumentException("job zone must be 1 to 5, not " + zone);
        }
        Objects.requireNonNull(source, "source");
    }
}

package org.careerexplorer.model;

import java.util.List;
import java.util.Objects;

/** The work values an occupation satisfies most, strongest first. */
public record WorkValues(List<WorkValue> values, Source source) {

    public WorkValues {
        values = List.copyOf(values);
        Objects.requireNonNull(source, "source");
    }
}

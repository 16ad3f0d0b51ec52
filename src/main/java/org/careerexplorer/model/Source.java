package org.careerexplorer.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a figure comes from: a publication or dataset, its year, and when it was consulted.
 *
 * @param id        short id that facts in the data file refer to
 * @param name      the publication's own (English) name
 * @param publisher who published it
 * @param year      the year of the publication or dataset
 * @param visited   when a web source was consulted, where that is known
 * @param note      what exactly was taken from it, where that needs saying
 */
public record Source(String id, String name, String publisher, int year,
                     Optional<LocalDate> visited, Optional<String> note) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(visited, "visited");
        Objects.requireNonNull(note, "note");
    }
}

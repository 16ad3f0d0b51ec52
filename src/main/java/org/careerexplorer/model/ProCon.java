package org.careerexplorer.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An advantage or a drawback of an occupation. Its text lives in the locale files under
 * {@code occupation.<code>.pros.<id>} or {@code .cons.<id>}; the figure it rests on, if any, here.
 */
public record ProCon(String id, Kind kind, Optional<FigureRef> figure) {

    public enum Kind implements JsonId {
        PRO("pro"), CON("con");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    public ProCon {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(figure, "figure");
    }
}

package org.careerexplorer.data;

import java.util.Optional;

/**
 * Something wrong in a data or locale file.
 *
 * @param file     the file, relative to the data root, e.g. {@code data/occupations.json}
 * @param location where in it, as a JSON path such as {@code $.occupations[2].wages[0]}; empty for the whole file
 * @param position the line and column of that place in the file, where the file could be read that far
 * @param message  what is wrong, and what was done about it
 */
public record Problem(Severity severity, String file, String location, Optional<Position> position, String message) {

    public enum Severity {
        /** Data was wrong and was skipped. */
        ERROR,
        /** The app works, but something is missing or suspicious (an untranslated text, an unknown field). */
        WARNING
    }

    /** A place in a text file, as editors count: both from 1, columns in characters. */
    public record Position(int line, int column) {

        @Override
        public String toString() {
            return "line " + line + ", column " + column;
        }
    }

    /** For example {@code error: data/occupations.json $.occupations[2].code (line 120, column 15): …}. */
    @Override
    public String toString() {
        String where = location.isEmpty() ? file : file + " " + location;
        String at = position.map(p -> " (" + p + ")").orElse("");
        return (severity == Severity.ERROR ? "error: " : "warning: ") + where + at + ": " + message;
    }
}

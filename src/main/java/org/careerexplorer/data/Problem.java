package org.careerexplorer.data;

/**
 * Something wrong in a data or locale file.
 *
 * @param file     the file, relative to the data root, e.g. {@code data/occupations.json}
 * @param location where in it: a JSON path such as {@code $.occupations[2].wages[0]}, or
 *                 {@code line 5, column 3} for malformed JSON; empty for the whole file
 * @param message  what is wrong, and what was done about it
 */
public record Problem(Severity severity, String file, String location, String message) {

    public enum Severity {
        /** Data was wrong and was skipped. */
        ERROR,
        /** The app works, but something is missing or suspicious (an untranslated text, an unknown field). */
        WARNING
    }

    @Override
    public String toString() {
        String where = location.isEmpty() ? file : file + " " + location;
        return (severity == Severity.ERROR ? "error: " : "warning: ") + where + ": " + message;
    }
}

package org.careerexplorer.i18n;

import java.util.Optional;
import org.careerexplorer.model.JsonId;

/** Builds the keys of texts that belong to data: occupations, enum values. The one place that knows their shape. */
public final class TextKeys {

    private static final String OCCUPATION = "occupation.";

    private TextKeys() {
    }

    /** For example {@code occupation.43-4051.title}. */
    public static String occupation(String code, String field) {
        return OCCUPATION + code + "." + field;
    }

    /** The occupation code in a key such as {@code occupation.43-4051.title}; empty for other keys. */
    public static Optional<String> occupationCode(String key) {
        if (!key.startsWith(OCCUPATION)) {
            return Optional.empty();
        }
        int end = key.indexOf('.', OCCUPATION.length());
        return Optional.of(key.substring(OCCUPATION.length(), end < 0 ? key.length() : end));
    }

    public static String title(String code) {
        return occupation(code, "title");
    }

    public static String summary(String code) {
        return occupation(code, "summary");
    }

    /** For example {@code education.level.high-school}; {@code group} is "education.level", "growth"… */
    public static String of(String group, JsonId value) {
        return group + "." + value.id();
    }
}

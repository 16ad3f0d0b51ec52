package org.careerexplorer.i18n;

import org.careerexplorer.model.JsonId;

/** Builds the keys of texts that belong to data: occupations, enum values. The one place that knows their shape. */
public final class TextKeys {

    private TextKeys() {
    }

    /** For example {@code occupation.43-4051.title}. */
    public static String occupation(String code, String field) {
        return "occupation." + code + "." + field;
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

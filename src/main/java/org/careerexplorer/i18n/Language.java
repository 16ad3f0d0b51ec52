package org.careerexplorer.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Career Explorer speaks. English is the fallback for every missing text. */
public enum Language {
    ENGLISH("en", "English"),
    GERMAN("de", "Deutsch"),
    GREEK("el", "Ελληνικά"),
    LATVIAN("lv", "Latviešu"),
    ESTONIAN("et", "Eesti");

    public static final Language FALLBACK = ENGLISH;

    private final String code;
    private final String endonym;

    Language(String code, String endonym) {
        this.code = code;
        this.endonym = endonym;
    }

    /** ISO 639-1 code, also the name of the locale file: {@code i18n/<code>.json}. */
    public String code() {
        return code;
    }

    /** The language's name in itself, as shown in the language menu. */
    public String endonym() {
        return endonym;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public String fileName() {
        return "i18n/" + code + ".json";
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
    }

    /** The language of {@code locale} if we speak it, English otherwise. */
    public static Language forLocale(Locale locale) {
        return fromCode(locale.getLanguage()).orElse(FALLBACK);
    }
}

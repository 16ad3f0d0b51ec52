package org.careerexplorer.i18n;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * All texts in all languages. A text is a string or a list of strings under a dotted key such as
 * {@code browse.heading}. Where a language lacks a key, the English text stands in.
 */
public final class Localization {

    private final Map<Language, Map<String, Object>> texts;
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    /** @param texts flattened texts per language; values are {@code String} or {@code List<String>} */
    public Localization(Map<Language, Map<String, Object>> texts) {
        this.texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            // Keep the files' order: lists such as an occupation's skills are shown in it.
            this.texts.put(language, Collections.unmodifiableMap(
                    new LinkedHashMap<>(texts.getOrDefault(language, Map.of()))));
        }
    }

    public static Localization empty() {
        return new Localization(Map.of());
    }

    /** The text for {@code key} in {@code language}, or in English where it is missing. */
    public Optional<LocalizedText> find(Language language, String key) {
        return lookup(language, key).filter(String.class::isInstance)
                .map(v -> new LocalizedText((String) v, actualLanguage(language, key), actualLanguage(language, key) != language));
    }

    /** The text, or the key itself in brackets so that a missing text is visible rather than blank. */
    public String text(Language language, String key) {
        return find(language, key).map(LocalizedText::text).orElse("[" + key + "]");
    }

    /** The text with {@code %0}, {@code %1}… replaced by the arguments. */
    public String format(Language language, String key, Object... arguments) {
        String result = text(language, key);
        for (int i = arguments.length - 1; i >= 0; i--) {
            result = result.replace("%" + i, String.valueOf(arguments[i]));
        }
        return result;
    }

    /** True if {@code language}'s own file has a text or a list under {@code key}, English aside. */
    public boolean has(Language language, String key) {
        return texts.get(language).containsKey(key);
    }

    /** A list of texts (duties, expectations…), or an empty list. */
    public List<String> list(Language language, String key) {
        return lookup(language, key).filter(List.class::isInstance)
                .map(v -> ((List<?>) v).stream().map(String::valueOf).toList())
                .orElse(List.of());
    }

    /**
     * The keys directly below {@code prefix}, in the order of the English file: for
     * {@code occupation.43-4051.skills}, the skill ids.
     */
    public List<String> childKeys(Language language, String prefix) {
        String start = prefix + ".";
        LinkedHashSet<String> children = new LinkedHashSet<>();
        for (Language source : List.of(Language.FALLBACK, language)) {
            texts.get(source).keySet().stream().filter(k -> k.startsWith(start))
                    .map(k -> k.substring(start.length()).split("\\.", 2)[0])
                    .forEach(children::add);
        }
        return new ArrayList<>(children);
    }

    /** The texts of {@code language} as a bundle for FXML, falling back to English. */
    public synchronized ResourceBundle bundle(Language language) {
        ResourceBundle bundle = bundles.get(language);
        if (bundle == null) {
            ResourceBundle parent = language == Language.FALLBACK ? null : bundle(Language.FALLBACK);
            bundle = new JsonResourceBundle(texts.get(language), parent);
            bundles.put(language, bundle);
        }
        return bundle;
    }

    /** How much of the English text {@code language} translates. */
    public Coverage coverage(Language language) {
        Map<String, Object> english = texts.get(Language.FALLBACK);
        Map<String, Object> own = texts.get(language);
        List<String> missing = english.keySet().stream().filter(k -> !own.containsKey(k)).sorted().toList();
        return new Coverage(language, english.size() - missing.size(), english.size(), missing);
    }

    private Optional<Object> lookup(Language language, String key) {
        Object value = texts.get(language).get(key);
        if (value == null) {
            value = texts.get(Language.FALLBACK).get(key);
        }
        return Optional.ofNullable(value);
    }

    private Language actualLanguage(Language language, String key) {
        return texts.get(language).containsKey(key) ? language : Language.FALLBACK;
    }

    /** Share of the English keys that a language has, and the ones it lacks. */
    public record Coverage(Language language, int translated, int total, List<String> missingKeys) {

        public double share() {
            return total == 0 ? 1.0 : (double) translated / total;
        }
    }
}

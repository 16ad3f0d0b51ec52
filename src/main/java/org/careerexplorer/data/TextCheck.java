package org.careerexplorer.data;

import com.networknt.schema.JsonNodePath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.Localization;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.OccupationCatalog;
import org.careerexplorer.model.ProCon;

/** Cross-checks the texts against the facts and against English, reporting each place in its locale file. */
final class TextCheck {

    private static final Pattern PLACEHOLDER = Pattern.compile("%\\d");

    private final Map<Language, JsonDocument> localeFiles;
    private final LoadReport report;

    TextCheck(Map<Language, JsonDocument> localeFiles, LoadReport report) {
        this.localeFiles = localeFiles;
        this.report = report;
    }

    void check(OccupationCatalog catalog, Map<Language, Map<String, Object>> texts, Localization localization) {
        Map<String, Object> english = texts.getOrDefault(Language.FALLBACK, Map.of());
        String englishFile = Language.FALLBACK.fileName();
        for (Occupation o : catalog.occupations()) {
            // Every occupation needs a title; a summary is composed from the facts where none is written.
            if (!(english.get(TextKeys.title(o.code())) instanceof String)) {
                error(Language.FALLBACK, TextKeys.title(o.code()), "occupation " + o.code()
                        + " has no English title (every occupation needs one)");
            }
            for (ProCon p : o.prosAndCons()) {
                String key = TextKeys.occupation(o.code(), (p.kind() == ProCon.Kind.PRO ? "pros." : "cons.") + p.id());
                if (!(english.get(key) instanceof String)) {
                    error(Language.FALLBACK, key, "the " + p.kind().id() + " \"" + p.id() + "\" of occupation "
                            + o.code() + " has no English text");
                }
            }
        }
        for (Language language : Language.values()) {
            Map<String, Object> own = texts.get(language);
            if (own == null) {
                continue;
            }
            // Each unknown code once, placed at its group of texts: the key up to the code.
            Map<String, String> unknownCodes = new LinkedHashMap<>();
            for (String key : own.keySet()) {
                TextKeys.occupationCode(key).filter(code -> catalog.byCode(code).isEmpty())
                        .ifPresent(code -> unknownCodes.putIfAbsent(code, key.substring(0, key.indexOf(code) + code.length())));
            }
            unknownCodes.forEach((code, group) -> warning(language, group,
                    "texts for occupation " + code + ", which is not in the data; not shown"));
            if (language == Language.FALLBACK) {
                continue;
            }
            for (Map.Entry<String, Object> e : own.entrySet()) {
                Object base = english.get(e.getKey());
                if (base == null) {
                    warning(language, e.getKey(), "key not in " + englishFile + "; not used");
                } else if (base.getClass() != e.getValue().getClass()
                        && !(base instanceof List && e.getValue() instanceof List)) {
                    error(language, e.getKey(), "English has " + (base instanceof List ? "a list" : "a text")
                            + " here; the English text is shown instead");
                } else if (base instanceof String b && !placeholders(b).equals(placeholders((String) e.getValue()))) {
                    warning(language, e.getKey(), "placeholders differ from English " + placeholders(b));
                }
            }
            Localization.Coverage coverage = localization.coverage(language);
            if (!coverage.missingKeys().isEmpty()) {
                report.add(new Problem(Problem.Severity.WARNING, language.fileName(), "", Optional.empty(),
                        coverage.missingKeys().size() + " of " + coverage.total() + " texts missing, shown in English: "
                                + summarize(coverage.missingKeys())));
            }
        }
    }

    private void error(Language language, String key, String message) {
        report.add(problem(Problem.Severity.ERROR, language, key, message));
    }

    private void warning(Language language, String key, String message) {
        report.add(problem(Problem.Severity.WARNING, language, key, message));
    }

    /** A problem at a text's key, placed in the locale file where it is (or would be). */
    private Problem problem(Problem.Severity severity, Language language, String key, String message) {
        JsonNodePath path = JsonDocument.ROOT;
        for (String name : key.split("\\.")) {
            path = path.append(name); // keys of the flattened texts have no dots of their own
        }
        JsonDocument file = localeFiles.get(language);
        return file != null ? file.problem(severity, path, message)
                : new Problem(severity, language.fileName(), JsonDocument.text(path), Optional.empty(), message);
    }

    private static List<String> placeholders(String text) {
        if (text.indexOf('%') < 0) {
            return List.of(); // most texts: no need to run the pattern
        }
        Matcher m = PLACEHOLDER.matcher(text);
        return m.results().map(r -> r.group()).sorted().toList();
    }

    private static String summarize(List<String> keys) {
        int shown = Math.min(keys.size(), 5);
        String list = String.join(", ", keys.subList(0, shown));
        return keys.size() > shown ? list + " and " + (keys.size() - shown) + " more" : list;
    }
}

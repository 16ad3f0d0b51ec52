package org.careerexplorer.maintainer.dataset;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.Occupation;

/**
 * How many occupations have each text about the work, per language, and which lack the texts every
 * occupation needs: the measure of the writing job of issue 13 until every occupation is covered.
 */
final class WorkTextCoverage {

    /** A text about the work, and whether every occupation needs it (a schedule is written only where notable). */
    enum Field {
        SUMMARY("summary", true),
        DUTIES("duties", true),
        WORK_ENVIRONMENT("workEnvironment", true),
        EDUCATION("education", true),
        SCHEDULE("schedule", false);

        final String key;
        final boolean required;

        Field(String key, boolean required) {
            this.key = key;
            this.required = required;
        }
    }

    /** Codes listed per missing text before the rest are only counted. */
    private static final int LISTED = 8;

    private final LoadResult data;

    WorkTextCoverage(LoadResult data) {
        this.data = data;
    }

    /** The occupations that lack {@code field} in {@code language}'s own file. */
    List<String> missing(Language language, Field field) {
        return data.catalog().occupations().stream().map(Occupation::code)
                .filter(code -> !data.localization().has(language, TextKeys.occupation(code, field.key))).toList();
    }

    /** True if every occupation has every text it needs, in every language. */
    boolean complete() {
        for (Language language : Language.values()) {
            for (Field field : Field.values()) {
                if (field.required && !missing(language, field).isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    void print(PrintStream out) {
        int total = data.catalog().size();
        out.println("texts about the work (occupations that have each):");
        for (Language language : Language.values()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %s", language.code()));
            for (Field field : Field.values()) {
                line.append(String.format(Locale.ROOT, "  %s %d/%d", field.key, total - missing(language, field).size(), total));
            }
            out.println(line);
            for (Field field : Field.values()) {
                List<String> missing = missing(language, field);
                if (field.required && !missing.isEmpty()) {
                    out.println("      no " + field.key + ": " + String.join(", ", missing.subList(0, Math.min(LISTED, missing.size())))
                            + (missing.size() > LISTED ? " and " + (missing.size() - LISTED) + " more" : ""));
                }
            }
        }
    }
}

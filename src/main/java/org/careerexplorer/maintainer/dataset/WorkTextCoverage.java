package org.careerexplorer.maintainer.dataset;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.Occupation;

/**
 * How many occupations have each text about the work, per language, and which lack the texts every
 * occupation needs. Every occupation has them since issue 13 was done, so a gap is an error: an
 * occupation added later gets its texts, in every language, before it ships.
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

    /** The occupations with no advantage, or no drawback, of the work itself (one that rests on no figure). */
    List<String> missingWorkProsOrCons() {
        return data.catalog().occupations().stream()
                .filter(o -> o.pros().stream().allMatch(p -> p.figure().isPresent())
                        || o.cons().stream().allMatch(c -> c.figure().isPresent()))
                .map(Occupation::code).toList();
    }

    /** What every occupation needs and some lack, one line for each text and language; empty when complete. */
    List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Field field : Field.values()) {
                List<String> missing = missing(language, field);
                if (field.required && !missing.isEmpty()) {
                    errors.add("error: " + language.fileName() + ": " + missing.size() + " occupations have no " + field.key
                            + ": " + listed(missing));
                }
            }
        }
        List<String> noWorkProCon = missingWorkProsOrCons();
        if (!noWorkProCon.isEmpty()) {
            errors.add("error: data/occupations.json: " + noWorkProCon.size()
                    + " occupations lack an advantage or a drawback of the work itself: " + listed(noWorkProCon));
        }
        return errors;
    }

    private static String listed(List<String> codes) {
        return String.join(", ", codes.subList(0, Math.min(LISTED, codes.size())))
                + (codes.size() > LISTED ? " and " + (codes.size() - LISTED) + " more" : "");
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
        }
    }
}

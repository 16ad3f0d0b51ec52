package org.careerexplorer.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.careerexplorer.i18n.Language;

/**
 * What the user chose and the app remembers across launches.
 *
 * @param language  the chosen display language; empty until the user picks one, so that the first
 *                  launch follows the system language
 * @param theme     light or dark
 * @param shortlist codes of the starred occupations, in the order they were starred; codes the
 *                  current data lacks stay here, so that a later dataset can show them again
 */
public record Settings(Optional<Language> language, Theme theme, List<String> shortlist) {

    public Settings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
        shortlist = List.copyOf(shortlist);
    }

    public static Settings defaults() {
        return new Settings(Optional.empty(), Theme.LIGHT, List.of());
    }

    public Settings withLanguage(Language chosen) {
        return new Settings(Optional.of(chosen), theme, shortlist);
    }

    public Settings withTheme(Theme chosen) {
        return new Settings(language, chosen, shortlist);
    }

    /** Stars or unstars {@code code}; a newly starred occupation goes to the end. */
    public Settings withStarred(String code, boolean starred) {
        List<String> codes = new ArrayList<>(shortlist);
        codes.remove(code);
        if (starred) {
            codes.add(code);
        }
        return new Settings(language, theme, codes);
    }
}

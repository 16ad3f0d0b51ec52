package org.careerexplorer.settings;

import java.util.Objects;
import java.util.Optional;
import org.careerexplorer.i18n.Language;

/**
 * What the user chose and the app remembers across launches.
 *
 * @param language the chosen display language; empty until the user picks one, so that the first
 *                 launch follows the system language
 * @param theme    light or dark
 */
public record Settings(Optional<Language> language, Theme theme) {

    public Settings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(theme, "theme");
    }

    public static Settings defaults() {
        return new Settings(Optional.empty(), Theme.LIGHT);
    }

    public Settings withLanguage(Language chosen) {
        return new Settings(Optional.of(chosen), theme);
    }

    public Settings withTheme(Theme chosen) {
        return new Settings(language, chosen);
    }
}

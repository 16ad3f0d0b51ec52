package org.careerexplorer.gui.state;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.text.FactPhrases;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.settings.SettingsStore;
import org.careerexplorer.settings.Theme;

/**
 * What every feature of the window may read and change: the data, the display language and theme,
 * which occupation is open, the shortlist, and the notices for the user. Features take it in their
 * constructors; it knows none of them. Language, theme and shortlist are saved as they change.
 */
public final class AppState {

    private final LoadResult data;
    private final Notices notices = new Notices();
    private final UserSettings settings;
    private final ReadOnlyObjectWrapper<Language> language;
    private final ReadOnlyObjectWrapper<Theme> theme;
    private final Navigation navigation = new Navigation();
    private final Shortlist shortlist;
    private final Map<Language, FactPhrases> phrases = new EnumMap<>(Language.class);

    /**
     * @param startLanguage a language asked for on the command line: used for this session without
     *                      being saved; otherwise the saved choice, or on a first launch the system's
     */
    public AppState(LoadResult data, SettingsStore store, Locale systemLocale, Optional<Language> startLanguage) {
        this.data = data;
        this.settings = new UserSettings(store, notices);
        this.language = new ReadOnlyObjectWrapper<>(this, "language",
                startLanguage.or(() -> settings.current().language()).orElse(Language.forLocale(systemLocale)));
        this.theme = new ReadOnlyObjectWrapper<>(this, "theme", settings.current().theme());
        this.shortlist = new Shortlist(settings);
    }

    public LoadResult data() {
        return data;
    }

    /** The display language; every text of the window follows it. */
    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language language() {
        return language.get();
    }

    /** Switches the display language and remembers the choice. */
    public void chooseLanguage(Language chosen) {
        language.set(chosen);
        settings.update(s -> s.withLanguage(chosen));
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public void chooseTheme(Theme chosen) {
        theme.set(chosen);
        settings.update(s -> s.withTheme(chosen));
    }

    public Navigation navigation() {
        return navigation;
    }

    public Shortlist shortlist() {
        return shortlist;
    }

    public Notices notices() {
        return notices;
    }

    /** The wording of facts in the display language. */
    public FactPhrases phrases() {
        return phrases(language.get());
    }

    /** The wording of facts in {@code inLanguage}, made once per language. */
    public FactPhrases phrases(Language inLanguage) {
        return phrases.computeIfAbsent(inLanguage,
                l -> new FactPhrases(data.localization(), data.catalog().reference(), l));
    }

    public String text(String key) {
        return data.localization().text(language.get(), key);
    }

    public String format(String key, Object... arguments) {
        return data.localization().format(language.get(), key, arguments);
    }

    /** The foot of a printed sheet: the app, the data's version and today's date. */
    public String printFooter() {
        return format("export.footer", data.catalog().dataVersion(), phrases().formats().date(LocalDate.now()));
    }

    /** The display language's texts for FXML {@code %key} lookups. */
    public ResourceBundle bundle() {
        return data.localization().bundle(language.get());
    }
}

package org.careerexplorer.gui.main;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.data.Problem;
import org.careerexplorer.gui.compare.CompareViewModel;
import org.careerexplorer.gui.explorer.ExplorerViewModel;
import org.careerexplorer.gui.occupation.OccupationViewModel;
import org.careerexplorer.gui.shortlist.ShortlistViewModel;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.settings.Settings;
import org.careerexplorer.settings.SettingsStore;
import org.careerexplorer.settings.Theme;

/**
 * State of the main window: display language, theme, which occupation is open, and the
 * view-models of the browser and the detail. Language and theme are saved as the user changes them.
 */
public final class MainWindowViewModel {

    private final LoadResult data;
    private final SettingsStore settingsStore;
    private final ObjectProperty<Language> language;
    private final ReadOnlyObjectWrapper<Theme> theme;
    private final Navigation navigation = new Navigation();
    private final ExplorerViewModel explorer;
    private final OccupationViewModel occupation;
    private final ObservableList<String> shortlist = FXCollections.observableArrayList();
    private final ShortlistViewModel shortlistViewModel;
    private final List<String> pendingNotices = new ArrayList<>();
    private Settings settings;
    private boolean savingFailedBefore;

    /**
     * @param startLanguage   a language asked for on the command line; it is used for this session
     *                        without being saved
     * @param startOccupation the occupation to open first; the first in the list if empty or unknown
     */
    public MainWindowViewModel(LoadResult data, SettingsStore settingsStore, Locale systemLocale,
                               Optional<Language> startLanguage, Optional<String> startOccupation) {
        this.data = data;
        this.settingsStore = settingsStore;
        SettingsStore.Loaded loaded = settingsStore.load();
        this.settings = loaded.settings();
        // The first launch follows the system language; later ones, the user's choice.
        this.language = new SimpleObjectProperty<>(this, "language",
                startLanguage.or(settings::language).orElse(Language.forLocale(systemLocale)));
        this.theme = new ReadOnlyObjectWrapper<>(this, "theme", settings.theme());
        loaded.notice().ifPresent(n -> pendingNotices.add(describe(n)));
        this.explorer = new ExplorerViewModel(data, language);
        this.occupation = new OccupationViewModel(data, language, navigation.currentProperty());
        shortlist.setAll(settings.shortlist());
        this.shortlistViewModel = new ShortlistViewModel(data, language, shortlist);
        startOccupation.filter(code -> data.catalog().byCode(code).isPresent())
                .or(() -> explorer.visibleOccupations().stream().findFirst().map(first -> first.code()))
                .ifPresent(navigation::open);
    }

    public LoadResult data() {
        return data;
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    /** Switches the display language and remembers the choice. */
    public void chooseLanguage(Language chosen) {
        language.set(chosen);
        save(settings.withLanguage(chosen));
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public void chooseTheme(Theme chosen) {
        theme.set(chosen);
        save(settings.withTheme(chosen));
    }

    public Navigation navigation() {
        return navigation;
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    public OccupationViewModel occupation() {
        return occupation;
    }

    /** The starred occupations' codes, including codes the current data lacks. */
    public ObservableList<String> shortlist() {
        return FXCollections.unmodifiableObservableList(shortlist);
    }

    public ShortlistViewModel shortlistViewModel() {
        return shortlistViewModel;
    }

    public boolean isStarred(String code) {
        return shortlist.contains(code);
    }

    /** Stars or unstars an occupation, and saves the shortlist at once. */
    public void setStarred(String code, boolean starred) {
        if (isStarred(code) == starred) {
            return;
        }
        if (starred) {
            shortlist.add(code);
        } else {
            shortlist.remove(code);
        }
        save(settings.withStarred(code, starred));
    }

    /**
     * The occupations to compare: the chosen ones if there are at least two, else the open one
     * followed by the shortlist; at most four, and only occupations the data has.
     */
    public List<String> comparisonFor(List<String> chosen) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        if (chosen.size() >= CompareViewModel.MIN) {
            codes.addAll(chosen);
        } else {
            navigation.current().ifPresent(codes::add);
            codes.addAll(chosen);
            codes.addAll(shortlist);
        }
        return codes.stream().filter(c -> data.catalog().byCode(c).isPresent())
                .limit(CompareViewModel.MAX).toList();
    }

    public String text(String key) {
        return data.localization().text(language.get(), key);
    }

    public String format(String key, Object... arguments) {
        return data.localization().format(language.get(), key, arguments);
    }

    /** Messages the user has not seen yet (settings file trouble); each is handed out once. */
    public List<String> takeNotices() {
        List<String> notices = List.copyOf(pendingNotices);
        pendingNotices.clear();
        return notices;
    }

    /** A one-line status of the data: all loaded, or how many problems. */
    public String dataStatus() {
        int problems = data.report().problems().size();
        return problems == 0 ? text("browse.problems.none") : format("browse.problems.some", problems);
    }

    public boolean hasDataProblems() {
        return !data.report().problems().isEmpty();
    }

    public String dataProblemDetails() {
        return String.join("\n", data.report().problems().stream().map(Problem::toString).toList());
    }

    private void save(Settings changed) {
        settings = changed;
        Optional<SettingsStore.Notice> notice = settingsStore.save(changed);
        // Tell the user once; later failures would only repeat it.
        notice.filter(n -> !savingFailedBefore).ifPresent(n -> {
            savingFailedBefore = true;
            pendingNotices.add(describe(n));
        });
    }

    private String describe(SettingsStore.Notice notice) {
        return switch (notice.kind()) {
            case UNREADABLE_MOVED -> format("settings.unreadableMoved", notice.file(), notice.detail(),
                    notice.backup().map(Object::toString).orElse(""));
            case UNREADABLE_KEPT -> format("settings.unreadableKept", notice.file(), notice.detail());
            case NOT_SAVED -> format("settings.notSaved", notice.file(), notice.detail());
        };
    }
}

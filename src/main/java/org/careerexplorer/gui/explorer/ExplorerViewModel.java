package org.careerexplorer.gui.explorer;

import java.text.Collator;
import java.util.Comparator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.data.Problem;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.LocalizedText;
import org.careerexplorer.i18n.TextKeys;

/** State of the occupation browser: the occupations in the current language, and the data's health. */
public final class ExplorerViewModel {

    private final LoadResult data;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final ObservableList<OccupationItem> occupations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText");
    private final ReadOnlyStringWrapper problemsText = new ReadOnlyStringWrapper(this, "problemsText");

    public ExplorerViewModel(LoadResult data, Language initialLanguage) {
        this.data = data;
        language.addListener((obs, old, now) -> refresh());
        language.set(initialLanguage);
    }

    /** The display language; changing it re-titles every occupation. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The occupations, sorted by title in the current language. */
    public ObservableList<OccupationItem> occupations() {
        return occupations;
    }

    /** For example "10 occupations". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** A one-line summary of what could not be loaded. */
    public ReadOnlyStringProperty problemsTextProperty() {
        return problemsText.getReadOnlyProperty();
    }

    public boolean hasProblems() {
        return !data.report().problems().isEmpty();
    }

    /** Every problem, one per line, for the details dialog. */
    public String problemDetails() {
        return String.join("\n", data.report().problems().stream().map(Problem::toString).toList());
    }

    public String text(String key) {
        return data.localization().text(language.get(), key);
    }

    private void refresh() {
        Language current = language.get();
        Collator collator = Collator.getInstance(current.locale());
        occupations.setAll(data.catalog().occupations().stream()
                .map(o -> {
                    LocalizedText title = data.localization().find(current, TextKeys.title(o.code()))
                            .orElse(new LocalizedText(o.code(), current, true));
                    return new OccupationItem(o.code(), title.text(), title.isFallback());
                })
                .sorted(Comparator.comparing(OccupationItem::title, collator))
                .toList());
        countText.set(data.localization().format(current, "browse.count", occupations.size()));
        int problems = data.report().problems().size();
        problemsText.set(problems == 0 ? text("browse.problems.none")
                : data.localization().format(current, "browse.problems.some", problems));
    }
}

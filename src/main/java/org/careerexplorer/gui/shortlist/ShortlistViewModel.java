package org.careerexplorer.gui.shortlist;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.util.FactTexts;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.PayPeriod;

/**
 * The starred occupations, with their median pay, in the order they were starred. Codes that
 * the current data lacks stay in the settings but are not shown.
 */
public final class ShortlistViewModel {

    private final LoadResult data;
    private final ReadOnlyObjectProperty<Language> language;
    private final ObservableList<String> codes;
    private final ObservableList<ShortlistItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper tabTitle = new ReadOnlyStringWrapper(this, "tabTitle");

    /** @param codes the starred codes, shared with the settings */
    public ShortlistViewModel(LoadResult data, ReadOnlyObjectProperty<Language> language, ObservableList<String> codes) {
        this.data = data;
        this.language = language;
        this.codes = codes;
        codes.addListener((ListChangeListener<String>) c -> refresh());
        language.addListener((obs, old, now) -> refresh());
        refresh();
    }

    public ObservableList<ShortlistItem> items() {
        return items;
    }

    /** For example "Shortlist (3)". */
    public ReadOnlyStringProperty tabTitleProperty() {
        return tabTitle.getReadOnlyProperty();
    }

    public String text(String key) {
        return data.localization().text(language.get(), key);
    }

    private void refresh() {
        FactTexts texts = new FactTexts(data.localization(), language.get());
        items.setAll(codes.stream().flatMap(code -> data.catalog().byCode(code).stream()).map(o -> new ShortlistItem(o.code(),
                texts.title(o.code()).text(), o.latestMedianAnnualWage().map(m -> texts.format("browse.card.pay",
                        texts.money(m.value(), PayPeriod.ANNUAL), texts.when(m.observation()))).orElse(texts.text("browse.card.noPay"))))
                .toList());
        tabTitle.set(texts.format("shortlist.tab", items.size()));
    }
}

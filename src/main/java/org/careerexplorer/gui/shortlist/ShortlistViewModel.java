package org.careerexplorer.gui.shortlist;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.state.Comparison;
import org.careerexplorer.gui.state.DialogService;
import org.careerexplorer.gui.text.FactPhrases;

/**
 * The starred occupations, with their median pay, in the order they were starred, and what can be
 * done with them: open, remove, compare. Codes that the current data lacks stay in the settings but
 * are not shown.
 */
public final class ShortlistViewModel {

    private final AppState state;
    private final DialogService dialogs;
    private final ObservableList<ShortlistItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper tabTitle = new ReadOnlyStringWrapper(this, "tabTitle");

    /** Lives as long as the state: what it subscribes to is never released. */
    public ShortlistViewModel(AppState state, DialogService dialogs) {
        this.state = state;
        this.dialogs = dialogs;
        state.shortlist().codes().subscribe(this::refresh);
        state.languageProperty().subscribe((old, now) -> refresh());
        refresh();
    }

    public ObservableList<ShortlistItem> items() {
        return items;
    }

    /** For example "Shortlist (3)". */
    public ReadOnlyStringProperty tabTitleProperty() {
        return tabTitle.getReadOnlyProperty();
    }

    public void open(String code) {
        state.navigation().open(code);
    }

    public void remove(List<String> codes) {
        codes.forEach(code -> state.shortlist().setStarred(code, false));
    }

    /**
     * Compares the chosen occupations, or with fewer than two chosen the open one and the shortlist
     * (see {@link Comparison#codesFor}); says so where that still makes fewer than two.
     */
    public void compare(List<String> chosen) {
        List<String> codes = Comparison.codesFor(chosen, state.navigation().current(), state.shortlist().codes(),
                state.data().catalog());
        if (codes.size() < Comparison.MIN) {
            dialogs.showInformation(state.text("compare.needTwo"));
        } else {
            dialogs.showComparison(codes);
        }
    }

    private void refresh() {
        FactPhrases texts = state.phrases();
        items.setAll(state.shortlist().codes().stream().flatMap(code -> state.data().catalog().byCode(code).stream())
                .map(o -> new ShortlistItem(o.code(), texts.title(o.code()).text(), texts.headlinePay(o)))
                .toList());
        tabTitle.set(texts.format("shortlist.tab", items.size()));
    }
}

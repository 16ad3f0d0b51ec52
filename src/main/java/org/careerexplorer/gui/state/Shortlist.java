package org.careerexplorer.gui.state;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The occupations the user starred, in the order they were starred, saved with the settings at
 * every change. Codes the current data lacks are kept, so that a later dataset can show them again.
 */
public final class Shortlist {

    private final UserSettings settings;
    private final ObservableList<String> codes = FXCollections.observableArrayList();
    private final ObservableList<String> codesView = FXCollections.unmodifiableObservableList(codes);

    Shortlist(UserSettings settings) {
        this.settings = settings;
        codes.setAll(settings.current().shortlist());
    }

    /** The starred codes, including codes the current data lacks. */
    public ObservableList<String> codes() {
        return codesView;
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    /** Stars or unstars an occupation; a newly starred one goes to the end. */
    public void setStarred(String code, boolean starred) {
        if (contains(code) == starred) {
            return;
        }
        if (starred) {
            codes.add(code);
        } else {
            codes.remove(code);
        }
        settings.update(s -> s.withStarred(code, starred));
    }

    public void toggle(String code) {
        setStarred(code, !contains(code));
    }
}

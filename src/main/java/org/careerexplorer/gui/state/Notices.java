package org.careerexplorer.gui.state;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The notices not yet shown, in the order they came; the window observes them and shows each as it arrives. */
public final class Notices {

    private final ObservableList<Notice> pending = FXCollections.observableArrayList();
    private final ObservableList<Notice> pendingView = FXCollections.unmodifiableObservableList(pending);

    public void post(Notice notice) {
        pending.add(notice);
    }

    /** The notices waiting to be shown. */
    public ObservableList<Notice> pending() {
        return pendingView;
    }

    /** Hands out the waiting notices, each once. */
    public List<Notice> takeAll() {
        List<Notice> taken = List.copyOf(pending);
        pending.clear();
        return taken;
    }
}

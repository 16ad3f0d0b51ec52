package org.careerexplorer.gui.util;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Listeners a view adds to longer-lived view-models, so that the view can remove them all when it
 * is replaced (on a language change the window is rebuilt, and the old view must fall silent).
 */
public final class Subscriptions {

    private final List<Runnable> removals = new ArrayList<>();

    /** Runs {@code update} now and whenever {@code list} changes. */
    public <T> void follow(ObservableList<T> list, Runnable update) {
        ListChangeListener<T> listener = c -> update.run();
        list.addListener(listener);
        removals.add(() -> list.removeListener(listener));
        update.run();
    }

    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    /** Something else to undo on {@link #dispose()}, such as a bidirectional binding. */
    public void onDispose(Runnable removal) {
        removals.add(removal);
    }

    public void dispose() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}

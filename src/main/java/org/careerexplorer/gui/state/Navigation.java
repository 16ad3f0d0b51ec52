package org.careerexplorer.gui.state;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Which occupation is open, and the way back and forward, as in a browser. */
public final class Navigation {

    private final ReadOnlyObjectWrapper<String> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final Deque<String> back = new ArrayDeque<>();
    private final Deque<String> forward = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");

    /** The code of the open occupation; null before any is opened. */
    public ReadOnlyObjectProperty<String> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Optional<String> current() {
        return Optional.ofNullable(current.get());
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** Opens {@code code}; the previous occupation goes on the back stack and forward is cleared. */
    public void open(String code) {
        if (code == null || code.equals(current.get())) {
            return;
        }
        if (current.get() != null) {
            back.push(current.get());
        }
        forward.clear();
        show(code);
    }

    public void goBack() {
        if (!back.isEmpty()) {
            forward.push(current.get());
            show(back.pop());
        }
    }

    public void goForward() {
        if (!forward.isEmpty()) {
            back.push(current.get());
            show(forward.pop());
        }
    }

    private void show(String code) {
        current.set(code);
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }
}

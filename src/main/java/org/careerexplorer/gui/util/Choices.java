package org.careerexplorer.gui.util;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;

/** Toggle buttons that stand for the values of a property (each toggle's user data is its value). */
public final class Choices {

    private Choices() {
    }

    /**
     * Keeps the group's selection and {@code property} in step both ways; one toggle always stays
     * selected, as with radio buttons, even when the selected one is clicked again.
     */
    public static <T> void bind(ToggleGroup group, ObjectProperty<T> property, Subscriptions subscriptions) {
        select(group, property.get());
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                property.set(value);
            }
        });
        subscriptions.listen(property, (obs, old, now) -> select(group, now));
    }

    private static void select(ToggleGroup group, Object value) {
        for (Toggle toggle : group.getToggles()) {
            if (toggle.getUserData() != null && toggle.getUserData().equals(value)) {
                toggle.setSelected(true);
            }
        }
    }
}

package org.careerexplorer.gui.util;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import org.controlsfx.control.SegmentedButton;

/** Segmented toggle buttons that stand for the values of a property (each button's user data is its value). */
public final class Choices {

    private Choices() {
    }

    /**
     * Keeps the group's selection and {@code property} in step both ways; one toggle always stays
     * selected, as with radio buttons, even when the selected one is clicked again.
     */
    public static <T> void bind(SegmentedButton buttons, ObjectProperty<T> property, Subscriptions subscriptions) {
        // The buttons, not the group: ControlsFX may join them to the group only when it is shown.
        select(buttons.getButtons(), property.get());
        buttons.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                property.set(value);
            }
        });
        subscriptions.listen(property, (obs, old, now) -> select(buttons.getButtons(), now));
    }

    private static void select(List<? extends Toggle> toggles, Object value) {
        for (Toggle toggle : toggles) {
            if (toggle.getUserData() != null && toggle.getUserData().equals(value)) {
                toggle.setSelected(true);
            }
        }
    }
}

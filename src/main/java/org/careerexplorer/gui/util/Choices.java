package org.careerexplorer.gui.util;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Toggle;
import javafx.util.Subscription;
import org.controlsfx.control.SegmentedButton;

/** Segmented toggle buttons that stand for the values of a property (each button's user data is its value). */
public final class Choices {

    private Choices() {
    }

    /**
     * Keeps the buttons' selection and {@code property} in step both ways; one toggle always stays
     * selected, as with radio buttons, even when the selected one is clicked again.
     *
     * @return what undoes the view-model's side, for a view that is thrown away before the property
     */
    public static <T> Subscription bind(SegmentedButton buttons, ObjectProperty<T> property) {
        // The group and its buttons belong to the view and go with it; only the property outlives them.
        buttons.getToggleGroup().selectedToggleProperty().subscribe((old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                property.set(value);
            }
        });
        // The buttons, not the group: ControlsFX may join them to the group only when it is shown.
        return property.subscribe(value -> select(buttons.getButtons(), value));
    }

    private static void select(List<? extends Toggle> toggles, Object value) {
        for (Toggle toggle : toggles) {
            if (toggle.getUserData() != null && toggle.getUserData().equals(value)) {
                toggle.setSelected(true);
            }
        }
    }
}

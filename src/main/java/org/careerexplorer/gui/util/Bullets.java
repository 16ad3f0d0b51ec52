package org.careerexplorer.gui.util;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/** Fills a box with wrapped, bulleted labels, one per text. */
public final class Bullets {

    private Bullets() {
    }

    public static void fill(Pane box, List<String> texts) {
        box.getChildren().setAll(texts.stream().map(Bullets::bullet).toList());
    }

    public static Label bullet(String text) {
        Label label = new Label("\u2022  " + text);
        label.setWrapText(true);
        label.getStyleClass().add("bullet");
        return label;
    }
}

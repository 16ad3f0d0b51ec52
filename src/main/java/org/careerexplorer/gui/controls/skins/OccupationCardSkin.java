package org.careerexplorer.gui.controls.skins;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.careerexplorer.gui.controls.OccupationCard;

/** Title and code on the first line; pay, education and outlook below. */
public class OccupationCardSkin extends SkinBase<OccupationCard> {

    public OccupationCardSkin(OccupationCard card) {
        super(card);
        // Let clicks reach the list cell around the card, so that clicking a card selects it.
        consumeMouseEvents(false);
        Label title = label(card.titleProperty().get(), "card-title");
        title.textProperty().bind(card.titleProperty());
        title.setWrapText(true);
        wrapAtCardWidth(title, card);
        card.titleFallbackProperty().addListener((obs, was, is) -> title.pseudoClassStateChanged(FALLBACK, is));
        title.pseudoClassStateChanged(FALLBACK, card.titleFallbackProperty().get());
        Label code = label("", "card-code");
        code.textProperty().bind(card.codeProperty());
        code.setMinWidth(Region.USE_PREF_SIZE);
        Label pay = label("", "card-pay");
        pay.textProperty().bind(card.payProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The title has a line of its own, where it can wrap; the code sits beside the pay.
        Button star = new Button();
        star.getStyleClass().addAll("card-star", "flat");
        star.setFocusTraversable(false);
        star.textProperty().bind(Bindings.when(card.starredProperty()).then("\u2605").otherwise("\u2606"));
        star.setOnAction(e -> {
            if (card.onStarActionProperty().get() != null) {
                card.onStarActionProperty().get().handle(e);
            }
        });
        HBox payLine = new HBox(8, pay, gap, code, star);
        payLine.setAlignment(Pos.CENTER_LEFT);
        Label education = label("", "card-detail");
        education.textProperty().bind(card.educationProperty());
        education.setWrapText(true);
        wrapAtCardWidth(education, card);
        Label outlook = label("", "card-detail");
        outlook.textProperty().bind(card.outlookProperty());
        outlook.setWrapText(true);
        wrapAtCardWidth(outlook, card);

        VBox box = new VBox(2, title, payLine, education, outlook);
        box.getStyleClass().add("card-box");
        getChildren().add(box);
    }

    private static final PseudoClass FALLBACK = PseudoClass.getPseudoClass("fallback");

    /** A wrapping label needs a width to wrap at before layout: the card's preferred width, once set. */
    private static void wrapAtCardWidth(Label label, OccupationCard card) {
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.prefWidthProperty().bind(Bindings.when(card.prefWidthProperty().greaterThan(0))
                .then(card.prefWidthProperty()).otherwise(Region.USE_COMPUTED_SIZE));
    }

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(0);
        return label;
    }
}

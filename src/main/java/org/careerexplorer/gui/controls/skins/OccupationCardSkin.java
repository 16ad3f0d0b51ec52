package org.careerexplorer.gui.controls.skins;

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
        card.titleFallbackProperty().addListener((obs, was, is) -> title.pseudoClassStateChanged(FALLBACK, is));
        title.pseudoClassStateChanged(FALLBACK, card.titleFallbackProperty().get());
        Label code = label("", "card-code");
        code.textProperty().bind(card.codeProperty());
        code.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.SOMETIMES);
        HBox header = new HBox(8, title, gap, code);

        Label pay = label("", "card-pay");
        pay.textProperty().bind(card.payProperty());
        Label education = label("", "card-detail");
        education.textProperty().bind(card.educationProperty());
        education.setWrapText(true);
        Label outlook = label("", "card-detail");
        outlook.textProperty().bind(card.outlookProperty());
        outlook.setWrapText(true);

        VBox box = new VBox(2, header, pay, education, outlook);
        box.getStyleClass().add("card-box");
        getChildren().add(box);
    }

    private static final javafx.css.PseudoClass FALLBACK = javafx.css.PseudoClass.getPseudoClass("fallback");

    private static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        label.setMinWidth(0);
        return label;
    }
}

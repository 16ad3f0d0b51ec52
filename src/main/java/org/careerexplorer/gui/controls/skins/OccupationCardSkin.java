package org.careerexplorer.gui.controls.skins;

import java.util.List;
import javafx.beans.property.StringProperty;
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

/**
 * Title on a line of its own, where it can wrap; what the work is, in a sentence; pay, code and star
 * below; then education and outlook. Every listener on the card is registered with the skin, so that {@link #dispose()}
 * leaves nothing behind on a card that gets another skin.
 */
public class OccupationCardSkin extends SkinBase<OccupationCard> {

    private static final PseudoClass FALLBACK = PseudoClass.getPseudoClass("fallback");

    private final List<Label> wrapping;

    public OccupationCardSkin(OccupationCard card) {
        super(card);
        // Let clicks reach the list cell around the card, so that clicking a card selects it.
        consumeMouseEvents(false);
        Label title = label(card.titleProperty(), "card-title");
        Label summary = label(card.summaryProperty(), "card-summary");
        showWhenNotEmpty(summary);
        registerChangeListener(card.summaryProperty(), text -> showWhenNotEmpty(summary));
        Label code = label(card.codeProperty(), "card-code");
        code.setMinWidth(Region.USE_PREF_SIZE);
        Label pay = label(card.payProperty(), "card-pay");
        Label education = label(card.educationProperty(), "card-detail");
        Label outlook = label(card.outlookProperty(), "card-detail");
        wrapping = List.of(title, summary, education, outlook);

        showFallback(title);
        registerChangeListener(card.titleFallbackProperty(), fallback -> showFallback(title));
        wrapAtCardWidth();
        registerChangeListener(card.prefWidthProperty(), width -> wrapAtCardWidth());

        Button star = new Button();
        star.getStyleClass().addAll("card-star", "flat");
        star.setFocusTraversable(false);
        showStar(star);
        registerChangeListener(card.starredProperty(), starred -> showStar(star));
        star.setOnAction(e -> {
            if (card.onStarActionProperty().get() != null) {
                card.onStarActionProperty().get().handle(e);
            }
        });

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox payLine = new HBox(pay, gap, code, star);
        payLine.getStyleClass().add("card-pay-line");
        payLine.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(title, summary, payLine, education, outlook);
        box.getStyleClass().add("card-box");
        getChildren().add(box);
    }

    /** A label that shows {@code text} as it changes. */
    private Label label(StringProperty text, String styleClass) {
        Label label = new Label(text.get());
        label.getStyleClass().add(styleClass);
        label.setMinWidth(0);
        registerChangeListener(text, changed -> label.setText(text.get()));
        return label;
    }

    private static void showWhenNotEmpty(Label label) {
        boolean shown = !label.getText().isEmpty();
        label.setVisible(shown);
        label.setManaged(shown);
    }

    private void showFallback(Label title) {
        title.pseudoClassStateChanged(FALLBACK, getSkinnable().titleFallbackProperty().get());
    }

    private void showStar(Button star) {
        star.setText(getSkinnable().starredProperty().get() ? "\u2605" : "\u2606");
    }

    /** A wrapping label needs a width to wrap at before layout: the card's preferred width, once set. */
    private void wrapAtCardWidth() {
        double width = getSkinnable().getPrefWidth();
        for (Label label : wrapping) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setPrefWidth(width > 0 ? width : Region.USE_COMPUTED_SIZE);
        }
    }
}

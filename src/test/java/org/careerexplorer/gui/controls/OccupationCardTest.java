package org.careerexplorer.gui.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.careerexplorer.gui.controls.skins.OccupationCardSkin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The card control: its style class, default skin and properties, and a skin that lets go when replaced. */
@ExtendWith(ApplicationExtension.class)
class OccupationCardTest {

    private OccupationCard card;

    @Start
    void start(Stage stage) {
        card = new OccupationCard();
        stage.setScene(new Scene(new StackPane(card), 400, 200));
        stage.show();
    }

    private List<String> labels() {
        return card.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void hasItsStyleClassAndDefaultSkin() {
        assertTrue(card.getStyleClass().contains(OccupationCard.STYLE_CLASS));
        assertEquals("occupation-card", OccupationCard.STYLE_CLASS);
        assertInstanceOf(OccupationCardSkin.class, card.getSkin());
    }

    @Test
    void propertiesStartEmptyAndKeepWhatIsSet() {
        OccupationCard fresh = new OccupationCard();
        assertEquals("", fresh.titleProperty().get());
        assertEquals("", fresh.codeProperty().get());
        assertEquals("", fresh.payProperty().get());
        assertEquals("", fresh.educationProperty().get());
        assertEquals("", fresh.outlookProperty().get());
        assertEquals("", fresh.summaryProperty().get());
        assertFalse(fresh.titleFallbackProperty().get());
        assertFalse(fresh.starredProperty().get());
        assertNull(fresh.onStarActionProperty().get());
        assertEquals(fresh, fresh.titleProperty().getBean());
        assertEquals("title", fresh.titleProperty().getName());
    }

    @Test
    void theSkinShowsThePropertiesAsTheyChange(FxRobot robot) {
        robot.interact(() -> {
            card.titleProperty().set("Bank teller");
            card.summaryProperty().set("Bank tellers serve the customers who come to a branch.");
            card.codeProperty().set("43-3071");
            card.payProperty().set("$37,640 a year (May 2023)");
            card.educationProperty().set("High school diploma or equivalent");
            card.outlookProperty().set("Outlook: \u221212.9% \u00b7 2024\u20132034");
        });
        assertEquals(List.of("Bank teller", "Bank tellers serve the customers who come to a branch.",
                "$37,640 a year (May 2023)", "43-3071", "High school diploma or equivalent",
                "Outlook: \u221212.9% \u00b7 2024\u20132034"), labels());
        Node title = card.lookup(".card-title");
        assertFalse(title.getPseudoClassStates().contains(PseudoClass.getPseudoClass("fallback")));
        robot.interact(() -> card.titleFallbackProperty().set(true));
        assertTrue(title.getPseudoClassStates().contains(PseudoClass.getPseudoClass("fallback")), "English standing in is marked");
        robot.interact(() -> card.summaryProperty().set(""));
        assertFalse(card.lookup(".card-summary").isVisible(), "no written summary, no line for it");
    }

    @Test
    void theStarShowsTheShortlistAndCallsTheHandler(FxRobot robot) {
        AtomicInteger clicks = new AtomicInteger();
        robot.interact(() -> card.onStarActionProperty().set(e -> clicks.incrementAndGet()));
        Button star = (Button) card.lookup(".card-star");
        assertEquals("\u2606", star.getText());
        robot.interact(() -> card.starredProperty().set(true));
        assertEquals("\u2605", star.getText());
        robot.interact(star::fire);
        assertEquals(1, clicks.get());
    }

    @Test
    void aReplacedSkinNoLongerFollowsTheCard(FxRobot robot) {
        OccupationCardSkin old = (OccupationCardSkin) card.getSkin();
        Label oldTitle = (Label) ((SkinBase<?>) old).getChildren().get(0).lookup(".card-title");
        robot.interact(() -> card.setSkin(new OccupationCardSkin(card)));
        robot.interact(() -> card.titleProperty().set("Concierge"));
        assertEquals("", oldTitle.getText(), "the old skin's listener was taken off the card");
        assertTrue(labels().contains("Concierge"));
    }
}

package org.careerexplorer.gui.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class BelowTheFoldTest {

    private Label top;
    private Label fold;
    private Label bottom;
    private VBox page;
    private final BelowTheFold belowTheFold = new BelowTheFold();

    /** Controls can only be made once the toolkit runs. */
    @Start
    void start(Stage unused) {
        top = new Label("top");
        fold = new Label("fold");
        bottom = new Label("bottom");
        page = new VBox(top, fold, bottom);
    }

    @Test
    void addsTheLowerNodesOnlyAfterTheFirstFrameThenRunsWhatWaited(FxRobot robot) throws Exception {
        List<String> events = new ArrayList<>();
        robot.interact(() -> {
            belowTheFold.defer(page, fold);
            assertEquals(List.of(top), page.getChildren());
            belowTheFold.whenAttached(() -> events.add("attached with " + page.getChildren().size() + " nodes"));
            Stage stage = new Stage();
            stage.setScene(new Scene(page, 200, 200));
            stage.show();
            // Shown, but the first frame has not been drawn yet.
            assertEquals(List.of(top), page.getChildren());
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> page.getChildren().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(top, fold, bottom), page.getChildren());
        assertEquals(List.of("attached with 3 nodes"), events);
        // Once everything is there, a task runs at once.
        robot.interact(() -> belowTheFold.whenAttached(() -> events.add("at once")));
        assertEquals("at once", events.get(1));
        robot.interact(() -> ((Stage) page.getScene().getWindow()).close());
    }

    @Test
    void waitsWhileTheWindowIsNotShowingAndACancelledPageStaysAsItIs(FxRobot robot) throws Exception {
        List<String> events = new ArrayList<>();
        robot.interact(() -> {
            belowTheFold.defer(page, fold);
            belowTheFold.whenAttached(() -> events.add("attached"));
        });
        Thread.sleep(300); // a dozen pulses without a window
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(top), page.getChildren());
        // A page thrown away before it was shown: shown now, it gets nothing added, and nothing waits on it.
        robot.interact(() -> {
            belowTheFold.cancel();
            Stage stage = new Stage();
            stage.setScene(new Scene(page, 200, 200));
            stage.show();
        });
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(top), page.getChildren());
        assertEquals(List.of(), events);
        robot.interact(() -> ((Stage) page.getScene().getWindow()).close());
    }

    @Test
    void canBeTurnedOffForTheBenchmark(FxRobot robot) {
        System.setProperty(BelowTheFold.PROPERTY, "false");
        try {
            robot.interact(() -> belowTheFold.defer(page, fold));
            assertEquals(List.of(top, fold, bottom), page.getChildren());
            List<String> events = new ArrayList<>();
            robot.interact(() -> belowTheFold.whenAttached(() -> events.add("at once")));
            assertEquals(List.of("at once"), events);
        } finally {
            System.clearProperty(BelowTheFold.PROPERTY);
        }
    }
}

package org.careerexplorer.gui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.careerexplorer.app.CareerExplorerApp;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Opens the real main view headless and finds the occupations listed. */
@ExtendWith(ApplicationExtension.class)
class ExplorerViewTest {

    private static final LoadResult DATA = DataLoader.loadBundled();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(CareerExplorerApp.loadMainView(DATA, Language.GERMAN), 900, 600));
        stage.show();
    }

    @Test
    void listsTheOccupationsWithTheirTitles(FxRobot robot) {
        ListView<OccupationItem> list = robot.lookup("#occupationList").queryListView();
        assertEquals(10, list.getItems().size());
        List<String> titles = list.getItems().stream().map(OccupationItem::title).toList();
        assertTrue(titles.contains("Kundenservicemitarbeiter/in"), titles.toString());
        assertTrue(robot.lookup("Kundenservicemitarbeiter/in  ·  43-4051").tryQuery().isPresent());
        assertEquals("10 Berufe", robot.lookup("#matchCount").queryAs(Label.class).getText());
    }
}

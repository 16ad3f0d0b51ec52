package org.careerexplorer.gui.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A fitted table is as tall as its header and rows, as the style sheet sizes them, and follows its rows. */
@ExtendWith(ApplicationExtension.class)
class FittedTableViewTest {

    private final ObservableList<String> rows = FXCollections.observableArrayList("one", "two", "three");
    private FittedTableView<String> fixed;
    private FittedTableView<String> estimated;

    @Start
    void start(Stage stage) {
        fixed = table("-fx-fixed-cell-size: 30;");
        estimated = table("-ce-row-height: 2.5em; -fx-font-size: 16px;");
        stage.setScene(new Scene(new ScrollPane(new VBox(fixed, estimated)), 400, 300));
        stage.show();
    }

    private FittedTableView<String> table(String style) {
        FittedTableView<String> table = new FittedTableView<>();
        TableColumn<String, String> column = new TableColumn<>("Row");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        table.getColumns().add(column);
        table.setItems(rows);
        table.setStyle(style);
        return table;
    }

    private static double header(FittedTableView<?> table) {
        return ((Region) table.lookup(".column-header-background")).getHeight();
    }

    private static double insets(FittedTableView<?> table) {
        return table.getInsets().getTop() + table.getInsets().getBottom();
    }

    @Test
    void isAsTallAsItsHeaderAndRows(FxRobot robot) {
        assertEquals(30, fixed.getFixedCellSize());
        assertTrue(header(fixed) > 10, "the header has a height of its own");
        assertEquals(insets(fixed) + header(fixed) + 3 * 30, fixed.getHeight(), 0.5);
        assertEquals(40, estimated.rowHeightProperty().get(), 0.01, "2.5em at 16px");
        assertEquals(insets(estimated) + header(estimated) + 3 * 40, estimated.getHeight(), 0.5);
    }

    @Test
    void growsAndShrinksWithItsRows(FxRobot robot) {
        robot.interact(() -> rows.addAll("four", "five"));
        assertEquals(insets(fixed) + header(fixed) + 5 * 30, fixed.getHeight(), 0.5);
        robot.interact(() -> rows.clear());
        // No rows: room for one, where the placeholder says so.
        assertEquals(insets(fixed) + header(fixed) + 30, fixed.getHeight(), 0.5);
        robot.interact(() -> fixed.setItems(FXCollections.observableArrayList("a", "b")));
        assertEquals(insets(fixed) + header(fixed) + 2 * 30, fixed.getHeight(), 0.5);
    }
}

package org.careerexplorer.gui.export;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.careerexplorer.gui.compare.CompareRow;
import org.careerexplorer.gui.compare.CompareViewModel;
import org.careerexplorer.gui.occupation.OccupationViewModel;
import org.careerexplorer.gui.occupation.ProConItem;
import org.careerexplorer.gui.occupation.WageRow;

/**
 * Sheets laid out for paper: black on white whatever the screen theme, text in columns that fit
 * a page, the chart as a picture of its own.
 */
public final class PrintSheets {

    private static final String TEXT = "-fx-text-fill: black; -fx-font-size: 10pt;";

    private PrintSheets() {
    }

    /** The open occupation: title, summary, key facts, pros and cons, pay chart and table, sources. */
    public static VBox occupation(OccupationViewModel vm, Node chart, String footer) {
        VBox sheet = sheet();
        sheet.getChildren().addAll(heading(vm.titleProperty().get(), 18), text(vm.subtitleProperty().get()),
                text(vm.summaryProperty().get()));
        GridPane facts = grid(2);
        vm.facts().forEach(f -> facts.addRow(facts.getRowCount(), bold(f.label()), text(f.value())));
        sheet.getChildren().add(facts);
        GridPane prosCons = grid(2);
        prosCons.addRow(0, heading(vm.text("detail.pros"), 12), heading(vm.text("detail.cons"), 12));
        prosCons.addRow(1, proConList(vm.pros()), proConList(vm.cons()));
        sheet.getChildren().add(prosCons);
        if (!vm.wageRows().isEmpty()) {
            sheet.getChildren().addAll(heading(vm.text("detail.pay"), 12), picture(chart));
            GridPane table = grid(1 + vm.wageColumns().size());
            List<Node> header = new ArrayList<>(List.of(bold(vm.text("wage.table.statistic"))));
            vm.wageColumns().forEach(c -> header.add(bold(c)));
            table.addRow(0, header.toArray(Node[]::new));
            for (WageRow row : vm.wageRows()) {
                List<Node> cells = new ArrayList<>(List.of(text(row.statistic())));
                row.values().forEach(v -> cells.add(text(v)));
                table.addRow(table.getRowCount(), cells.toArray(Node[]::new));
            }
            sheet.getChildren().addAll(table, small(vm.wageCaptionProperty().get()));
        }
        if (!vm.educationTextProperty().get().isEmpty()) {
            sheet.getChildren().addAll(heading(vm.text("detail.education"), 12), text(vm.educationTextProperty().get()));
        }
        if (!vm.relatedJobs().isEmpty()) {
            sheet.getChildren().addAll(heading(vm.text("detail.related"), 12), text(String.join(" \u00b7 ",
                    vm.relatedJobs().stream().map(r -> r.title() + " (" + r.medianPay().text() + ")").toList())));
        }
        sheet.getChildren().addAll(heading(vm.text("detail.sources"), 12),
                small(String.join("\n", vm.sources())), small(footer));
        return sheet;
    }

    /** A comparison: the year note, the chart, and one column per occupation. */
    public static VBox comparison(CompareViewModel vm, Node chart, String footer) {
        VBox sheet = sheet();
        sheet.getChildren().addAll(heading(vm.text("compare.title"), 18), text(vm.yearNoteProperty().get()), picture(chart));
        GridPane table = grid(1 + vm.columns().size());
        List<Node> header = new ArrayList<>(List.of(new Label()));
        vm.columns().forEach(c -> header.add(bold(c)));
        table.addRow(0, header.toArray(Node[]::new));
        for (CompareRow row : vm.rows()) {
            List<Node> cells = new ArrayList<>(List.of(bold(row.label())));
            row.values().forEach(v -> cells.add(text(v)));
            table.addRow(table.getRowCount(), cells.toArray(Node[]::new));
        }
        sheet.getChildren().addAll(table, small(footer));
        return sheet;
    }

    private static VBox sheet() {
        VBox sheet = new VBox(8);
        sheet.setPadding(new Insets(4));
        sheet.setStyle("-fx-background-color: white;");
        sheet.getStyleClass().add("print-sheet");
        return sheet;
    }

    private static Node picture(Node chart) {
        ImageView image = new ImageView(ChartImages.snapshot(chart, 2));
        image.setPreserveRatio(true);
        image.setFitWidth(Math.min(460, chart.getBoundsInLocal().getWidth()));
        return image;
    }

    private static VBox proConList(List<ProConItem> items) {
        VBox box = new VBox(3);
        items.forEach(p -> {
            box.getChildren().add(text("\u2022 " + p.text()));
            if (!p.figure().isEmpty()) {
                box.getChildren().add(small("   " + p.figure()));
            }
        });
        return box;
    }

    private static GridPane grid(int columns) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(3);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.SOMETIMES);
            column.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    private static Label heading(String text, int size) {
        Label label = text(text);
        label.setStyle("-fx-text-fill: black; -fx-font-weight: bold; -fx-font-size: " + size + "pt;");
        return label;
    }

    private static Label bold(String text) {
        Label label = text(text);
        label.setStyle(TEXT + " -fx-font-weight: bold;");
        return label;
    }

    private static Label small(String text) {
        Label label = text(text);
        label.setStyle("-fx-text-fill: #333333; -fx-font-size: 8pt;");
        return label;
    }

    private static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setStyle(TEXT);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}

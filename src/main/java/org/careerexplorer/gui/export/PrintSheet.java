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
import org.careerexplorer.gui.text.ProConItem;

/**
 * A sheet laid out for paper, built part by part: black on white whatever the screen theme, text in
 * columns that fit a page, charts as pictures. The occupation page and the comparison each put
 * theirs together from these parts.
 */
public final class PrintSheet {

    private static final String TEXT = "-fx-text-fill: black; -fx-font-size: 10pt;";

    private final VBox sheet = new VBox(8);

    public PrintSheet() {
        sheet.setPadding(new Insets(4));
        sheet.setStyle("-fx-background-color: white;");
        sheet.getStyleClass().add("print-sheet");
    }

    /** The sheet as built so far, to lay out and print. */
    public VBox sheet() {
        return sheet;
    }

    /** The sheet's title. */
    public PrintSheet title(String text) {
        return add(heading(text, 18));
    }

    /** A section's heading. */
    public PrintSheet heading(String text) {
        return add(heading(text, 12));
    }

    public PrintSheet text(String text) {
        return add(plain(text));
    }

    /** Small print: captions, sources, the footer. */
    public PrintSheet small(String text) {
        return add(smallPrint(text));
    }

    /** A picture of {@code chart} as it is on screen, at most half a page wide. */
    public PrintSheet picture(Node chart) {
        ImageView image = new ImageView(ChartImages.snapshot(chart, 2));
        image.setPreserveRatio(true);
        image.setFitWidth(Math.min(460, chart.getBoundsInLocal().getWidth()));
        return add(image);
    }

    /** Label and value pairs in two columns, the labels in bold. */
    public PrintSheet pairs(List<String> labels, List<String> values) {
        GridPane grid = grid(2);
        for (int i = 0; i < labels.size(); i++) {
            grid.addRow(i, bold(labels.get(i)), plain(values.get(i)));
        }
        return add(grid);
    }

    /** Pros and cons side by side under their headings. */
    public PrintSheet prosAndCons(String prosHeading, List<ProConItem> pros, String consHeading, List<ProConItem> cons) {
        GridPane grid = grid(2);
        grid.addRow(0, heading(prosHeading, 12), heading(consHeading, 12));
        grid.addRow(1, proConList(pros), proConList(cons));
        return add(grid);
    }

    /**
     * A table: a bold header row of {@code corner} and the {@code columns}, then a row per label with
     * its values, one per column; the labels in bold if {@code boldLabels}.
     */
    public PrintSheet table(String corner, List<String> columns, List<String> labels, List<List<String>> values,
                            boolean boldLabels) {
        GridPane grid = grid(1 + columns.size());
        List<Node> header = new ArrayList<>(List.of(bold(corner)));
        columns.forEach(c -> header.add(bold(c)));
        grid.addRow(0, header.toArray(Node[]::new));
        for (int i = 0; i < labels.size(); i++) {
            List<Node> cells = new ArrayList<>(List.of(boldLabels ? bold(labels.get(i)) : plain(labels.get(i))));
            values.get(i).forEach(v -> cells.add(plain(v)));
            grid.addRow(i + 1, cells.toArray(Node[]::new));
        }
        return add(grid);
    }

    private PrintSheet add(Node node) {
        sheet.getChildren().add(node);
        return this;
    }

    private static VBox proConList(List<ProConItem> items) {
        VBox box = new VBox(3);
        items.forEach(p -> {
            box.getChildren().add(plain("\u2022 " + p.text()));
            if (!p.figure().isEmpty()) {
                box.getChildren().add(smallPrint("   " + p.figure()));
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
        Label label = plain(text);
        label.setStyle("-fx-text-fill: black; -fx-font-weight: bold; -fx-font-size: " + size + "pt;");
        return label;
    }

    private static Label bold(String text) {
        Label label = plain(text);
        label.setStyle(TEXT + " -fx-font-weight: bold;");
        return label;
    }

    private static Label smallPrint(String text) {
        Label label = plain(text);
        label.setStyle("-fx-text-fill: #333333; -fx-font-size: 8pt;");
        return label;
    }

    private static Label plain(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setStyle(TEXT);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}

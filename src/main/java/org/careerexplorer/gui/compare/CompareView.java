package org.careerexplorer.gui.compare;

import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.careerexplorer.gui.controls.WageBarChart;
import org.careerexplorer.gui.export.ExportCommands;
import org.careerexplorer.gui.util.Choices;
import org.careerexplorer.model.PayPeriod;
import org.controlsfx.control.SegmentedButton;

/** Controller of CompareView.fxml: a comparison window's chart, table and commands. */
public final class CompareView {

    /** Share of the table's width for the row labels; the occupations share the rest. */
    private static final double LABEL_COLUMN_PERCENT = 20;

    private final CompareViewModel viewModel;
    private final ExportCommands export;

    @FXML private SegmentedButton comparePeriod;
    @FXML private ToggleButton compareAnnual;
    @FXML private ToggleButton compareHourly;
    @FXML private Label yearNote;
    @FXML private WageBarChart compareChart;
    @FXML private GridPane compareTable;

    public CompareView(CompareViewModel viewModel, ExportCommands export) {
        this.viewModel = viewModel;
        this.export = export;
    }

    @FXML
    private void initialize() {
        yearNote.textProperty().bind(viewModel.yearNoteProperty());
        compareAnnual.setUserData(PayPeriod.ANNUAL);
        compareHourly.setUserData(PayPeriod.HOURLY);
        compareChart.setValueFormat(viewModel::axisNumber);
        // The view-model lives as long as this window: nothing here needs undoing.
        Choices.bind(comparePeriod, viewModel.periodProperty());
        viewModel.chartSeries().subscribe(this::showChart);
        viewModel.rows().subscribe(this::showTable);
        showChart();
        showTable();
    }

    private void showChart() {
        compareChart.show(viewModel.chartSeries());
    }

    private void showTable() {
        compareTable.getChildren().clear();
        compareTable.getColumnConstraints().clear();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(LABEL_COLUMN_PERCENT);
        compareTable.getColumnConstraints().add(labels);
        for (int i = 0; i < viewModel.columns().size(); i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth((100 - LABEL_COLUMN_PERCENT) / viewModel.columns().size());
            column.setHgrow(Priority.ALWAYS);
            compareTable.getColumnConstraints().add(column);
            compareTable.add(wrapping(viewModel.columns().get(i), "compare-heading"), i + 1, 0);
        }
        int row = 1;
        for (CompareRow line : viewModel.rows()) {
            compareTable.add(wrapping(line.label(), "fact-label"), 0, row);
            for (int i = 0; i < line.values().size(); i++) {
                Label value = wrapping(line.values().get(i), "compare-value");
                value.setId("compare-" + row + "-" + i);
                compareTable.add(value, i + 1, row);
            }
            row++;
        }
    }

    private static Label wrapping(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        // Cells of different lengths (a summary beside a short one) start on the same line, as in a table.
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private String title() {
        return String.join(" - ", viewModel.columns());
    }

    @FXML
    private void exportCsv() {
        export.exportCsv(viewModel.occupations(), title(), viewModel.texts());
    }

    @FXML
    private void exportPng() {
        export.exportPng(compareChart, title(), viewModel.texts());
    }

    @FXML
    private void print() {
        export.print(CompareSheet.of(viewModel, compareChart), viewModel.texts());
    }
}

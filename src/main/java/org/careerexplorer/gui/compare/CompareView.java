package org.careerexplorer.gui.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.careerexplorer.gui.controls.WageBarChart;
import org.careerexplorer.gui.export.ExportActions;
import org.careerexplorer.gui.export.PrintSheets;
import org.careerexplorer.gui.controls.WageBarModel;
import org.careerexplorer.gui.util.Choices;
import org.careerexplorer.gui.util.FactTexts;
import org.careerexplorer.gui.util.Subscriptions;
import org.careerexplorer.model.PayPeriod;
import org.controlsfx.control.SegmentedButton;

/** Controller of CompareView.fxml. */
public final class CompareView {

    private final CompareViewModel viewModel;
    private final FactTexts texts;
    private final String footer;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML private SegmentedButton comparePeriod;
    @FXML private ToggleButton compareAnnual;
    @FXML private ToggleButton compareHourly;
    @FXML private Label yearNote;
    @FXML private WageBarChart compareChart;
    @FXML private GridPane compareTable;

    public CompareView(CompareViewModel viewModel, FactTexts texts, String footer) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.footer = footer;
    }

    public static Parent load(CompareViewModel viewModel, FactTexts texts, String footer, ResourceBundle bundle) {
        FXMLLoader loader = new FXMLLoader(CompareView.class.getResource("CompareView.fxml"), bundle);
        loader.setControllerFactory(type -> new CompareView(viewModel, texts, footer));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load CompareView.fxml", e);
        }
    }

    @FXML
    private void initialize() {
        yearNote.textProperty().bind(viewModel.yearNoteProperty());
        compareAnnual.setUserData(PayPeriod.ANNUAL);
        compareHourly.setUserData(PayPeriod.HOURLY);
        Choices.bind(comparePeriod, viewModel.periodProperty(), subscriptions);
        compareChart.setValueFormat(viewModel::axisNumber);
        viewModel.chartSeries().addListener((ListChangeListener<WageBarModel>) c -> showChart());
        viewModel.rows().addListener((ListChangeListener<CompareRow>) c -> showTable());
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
        labels.setPercentWidth(20);
        compareTable.getColumnConstraints().add(labels);
        for (int i = 0; i < viewModel.columns().size(); i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(80.0 / viewModel.columns().size());
            column.setHgrow(Priority.ALWAYS);
            compareTable.getColumnConstraints().add(column);
            Label heading = wrapping(viewModel.columns().get(i), "compare-heading");
            compareTable.add(heading, i + 1, 0);
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
        return label;
    }

    @FXML
    private void exportCsv() {
        ExportActions.exportCsv(compareChart.getScene().getWindow(), viewModel.occupations(),
                ExportActions.fileName(String.join(" - ", viewModel.columns())), texts);
    }

    @FXML
    private void exportPng() {
        ExportActions.exportPng(compareChart.getScene().getWindow(), compareChart,
                ExportActions.fileName(String.join(" - ", viewModel.columns())), texts);
    }

    @FXML
    private void print() {
        ExportActions.print(compareChart.getScene().getWindow(), PrintSheets.comparison(viewModel, compareChart, footer), texts);
    }
}

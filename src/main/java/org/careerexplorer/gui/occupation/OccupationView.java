package org.careerexplorer.gui.occupation;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.careerexplorer.gui.controls.WageBarChart;
import org.careerexplorer.gui.main.Navigation;
import org.careerexplorer.gui.export.ExportActions;
import org.careerexplorer.gui.export.PrintSheets;
import org.careerexplorer.gui.util.Bullets;
import org.careerexplorer.gui.util.Choices;
import org.careerexplorer.gui.util.SortableText;
import org.careerexplorer.gui.util.TableCells;
import org.careerexplorer.gui.util.Subscriptions;
import org.careerexplorer.model.PayPeriod;
import org.controlsfx.control.SegmentedButton;

/** Controller of OccupationView.fxml: shows the open occupation as its view-model describes it. */
public final class OccupationView {

    private final OccupationViewModel viewModel;
    private final Navigation navigation;
    private final ObservableList<String> shortlist;
    private final BiConsumer<String, Boolean> star;
    private final Subscriptions subscriptions = new Subscriptions();
    private final BelowTheFold belowTheFold = new BelowTheFold();

    @FXML private ScrollPane detailScroll;
    @FXML private VBox detailContent;
    @FXML private Label detailTitle;
    @FXML private Label detailCode;
    @FXML private Label summary;
    @FXML private FlowPane factsPane;
    @FXML private Node prosConsSection;
    @FXML private VBox prosList;
    @FXML private VBox consList;
    @FXML private Node wageSection;
    @FXML private ComboBox<WageYearChoice> wageYear;
    @FXML private SegmentedButton wagePeriod;
    @FXML private ToggleButton wageAnnual;
    @FXML private ToggleButton wageHourly;
    @FXML private WageBarChart wageChart;
    @FXML private TableView<WageRow> wageTable;
    @FXML private TableColumn<WageRow, String> wageStatisticColumn;
    @FXML private Label wageCaption;
    @FXML private Node dutiesSection;
    @FXML private VBox dutiesList;
    @FXML private Node educationSection;
    @FXML private Label educationText;
    @FXML private Node environmentSection;
    @FXML private Label workEnvironment;
    @FXML private Label schedule;
    @FXML private Node skillsSection;
    @FXML private VBox skillsList;
    @FXML private Node fitSection;
    @FXML private GridPane fitGrid;
    @FXML private Node expectationsSection;
    @FXML private VBox expectationsList;
    @FXML private Node howToSection;
    @FXML private VBox howToList;
    @FXML private Node relatedSection;
    @FXML private TableView<RelatedJobRow> relatedJobsTable;
    @FXML private TableColumn<RelatedJobRow, String> relatedTitleColumn;
    @FXML private TableColumn<RelatedJobRow, SortableText> relatedPayColumn;
    @FXML private TableColumn<RelatedJobRow, SortableText> relatedEducationColumn;
    @FXML private TableColumn<RelatedJobRow, SortableText> relatedDifferenceColumn;
    @FXML private ToggleButton shortlistToggle;
    @FXML private Node detailActions;
    @FXML private Node sourcesSection;
    @FXML private VBox sourcesList;

    /**
     * @param shortlist the starred codes
     * @param star      stars ({@code true}) or unstars an occupation
     */
    public OccupationView(OccupationViewModel viewModel, Navigation navigation, ObservableList<String> shortlist,
                          BiConsumer<String, Boolean> star) {
        this.viewModel = viewModel;
        this.navigation = navigation;
        this.shortlist = shortlist;
        this.star = star;
    }

    @FXML
    private void initialize() {
        belowTheFold.defer(detailContent, wageSection);
        detailTitle.textProperty().bind(viewModel.titleProperty());
        detailCode.textProperty().bind(viewModel.subtitleProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        educationText.textProperty().bind(viewModel.educationTextProperty());
        workEnvironment.textProperty().bind(viewModel.workEnvironmentProperty());
        schedule.textProperty().bind(viewModel.scheduleProperty());
        hideWhenEmpty(summary, viewModel.summaryProperty());
        hideWhenEmpty(schedule, viewModel.scheduleProperty());
        hideWhenEmpty(educationSection, viewModel.educationTextProperty());
        showWhen(environmentSection, Bindings.createBooleanBinding(
                () -> !viewModel.workEnvironmentProperty().get().isEmpty() || !viewModel.scheduleProperty().get().isEmpty(),
                viewModel.workEnvironmentProperty(), viewModel.scheduleProperty()));

        subscriptions.follow(viewModel.facts(), this::showFacts);
        subscriptions.follow(viewModel.pros(), () -> showProCons(prosList, viewModel.pros()));
        subscriptions.follow(viewModel.cons(), () -> showProCons(consList, viewModel.cons()));
        showWhen(prosConsSection, Bindings.isNotEmpty(viewModel.pros()).or(Bindings.isNotEmpty(viewModel.cons())));
        subscriptions.follow(viewModel.duties(), () -> Bullets.fill(dutiesList, viewModel.duties()));
        showWhen(dutiesSection, Bindings.isNotEmpty(viewModel.duties()));
        subscriptions.follow(viewModel.skills(), this::showSkills);
        showWhen(skillsSection, Bindings.isNotEmpty(viewModel.skills()));
        subscriptions.follow(viewModel.employerExpectations(), () -> Bullets.fill(expectationsList, viewModel.employerExpectations()));
        showWhen(expectationsSection, Bindings.isNotEmpty(viewModel.employerExpectations()));
        subscriptions.follow(viewModel.howToGetJob(), () -> Bullets.fill(howToList, viewModel.howToGetJob()));
        showWhen(howToSection, Bindings.isNotEmpty(viewModel.howToGetJob()));
        subscriptions.follow(viewModel.sources(), () -> Bullets.fill(sourcesList, viewModel.sources()));
        showWhen(sourcesSection, Bindings.isNotEmpty(viewModel.sources()));
        subscriptions.listen(viewModel.interestsProperty(), (obs, old, now) -> showFit());
        subscriptions.listen(viewModel.workValuesProperty(), (obs, old, now) -> showFit());
        subscriptions.listen(viewModel.personalityTypesProperty(), (obs, old, now) -> showFit());
        showFit();

        setUpWages();
        setUpRelatedJobs();
        subscriptions.follow(shortlist, () -> {
            showStar();
            relatedJobsTable.refresh();
        });
        subscriptions.listen(navigation.currentProperty(), (obs, old, now) -> showStar());
        showWhen(detailActions, navigation.currentProperty().isNotNull());
    }

    private void showStar() {
        boolean starred = navigation.current().map(shortlist::contains).orElse(false);
        shortlistToggle.setSelected(starred);
        shortlistToggle.setText(viewModel.text(starred ? "detail.starred" : "detail.star"));
    }

    @FXML
    private void toggleShortlist() {
        navigation.current().ifPresent(code -> star.accept(code, shortlistToggle.isSelected()));
        showStar();
    }

    @FXML
    private void exportCsv() {
        viewModel.currentOccupation().ifPresent(o -> ExportActions.exportCsv(detailScroll.getScene().getWindow(),
                List.of(o), ExportActions.fileName(viewModel.titleProperty().get()), viewModel.texts()));
    }

    @FXML
    private void exportPng() {
        ExportActions.exportPng(detailScroll.getScene().getWindow(), wageChart,
                ExportActions.fileName(viewModel.titleProperty().get()), viewModel.texts());
    }

    @FXML
    private void print() {
        ExportActions.print(detailScroll.getScene().getWindow(), printSheet(), viewModel.texts());
    }

    /** The open occupation laid out for paper. */
    public VBox printSheet() {
        return PrintSheets.occupation(viewModel, wageChart, viewModel.footer());
    }

    private void setUpWages() {
        wageYear.setItems(viewModel.wageYears());
        wageYear.valueProperty().bindBidirectional(viewModel.wageYearProperty());
        subscriptions.onDispose(() -> wageYear.valueProperty().unbindBidirectional(viewModel.wageYearProperty()));
        wageAnnual.setUserData(PayPeriod.ANNUAL);
        wageHourly.setUserData(PayPeriod.HOURLY);
        Choices.bind(wagePeriod, viewModel.wagePeriodProperty(), subscriptions);
        showWhen(wageSection, Bindings.isNotEmpty(viewModel.wageYears()));
        wageCaption.textProperty().bind(viewModel.wageCaptionProperty());
        wageChart.setValueFormat(viewModel::axisNumber);

        wageStatisticColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().statistic()));
        wageTable.setItems(viewModel.wageRows());
        wageTable.setFixedCellSize(34);
        wageTable.prefHeightProperty().bind(Bindings.size(viewModel.wageRows()).multiply(34).add(50));
        wageTable.setPlaceholder(new Label(viewModel.text("wage.none")));
        subscriptions.follow(viewModel.wageColumns(), this::showWageColumns);
        subscriptions.follow(viewModel.wageSeries(), this::showWageChart);
    }

    private void showWageColumns() {
        wageTable.getColumns().setAll(List.of(wageStatisticColumn));
        List<String> columns = viewModel.wageColumns();
        for (int i = 0; i < columns.size(); i++) {
            int index = i;
            TableColumn<WageRow, String> column = new TableColumn<>(columns.get(i));
            column.setSortable(false);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().values().get(index)));
            column.getStyleClass().add("number-column");
            wageTable.getColumns().add(column);
        }
    }

    private void showWageChart() {
        wageChart.show(viewModel.wageSeries());
    }

    private void setUpRelatedJobs() {
        relatedJobsTable.setItems(viewModel.relatedJobs());
        relatedTitleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        relatedPayColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().medianPay()));
        relatedEducationColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().education()));
        relatedDifferenceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().difference()));
        relatedPayColumn.getStyleClass().add("number-column");
        relatedDifferenceColumn.getStyleClass().add("number-column");
        // Long titles and words (German, Greek) wrap rather than being cut off.
        relatedTitleColumn.setCellFactory(TableCells.wrapping(Pos.CENTER_LEFT));
        relatedPayColumn.setCellFactory(TableCells.wrapping(Pos.CENTER_RIGHT));
        relatedEducationColumn.setCellFactory(TableCells.wrapping(Pos.CENTER_LEFT));
        relatedDifferenceColumn.setCellFactory(TableCells.wrapping(Pos.CENTER_RIGHT));
        relatedJobsTable.getColumns().forEach(TableCells::wrapHeader);
        relatedJobsTable.getColumns().add(0, starColumn());
        relatedJobsTable.setRowFactory(table -> {
            TableRow<RelatedJobRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    navigation.open(row.getItem().code());
                }
            });
            return row;
        });
        relatedJobsTable.setOnKeyPressed(e -> {
            RelatedJobRow selected = relatedJobsTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                navigation.open(selected.code());
                e.consume();
            }
        });
        relatedJobsTable.setPlaceholder(new Label(viewModel.text("related.none")));
        // Rows grow where text wraps, so this is a generous estimate rather than an exact fit.
        relatedJobsTable.prefHeightProperty().bind(Bindings.size(viewModel.relatedJobs()).multiply(44).add(64));
        showWhen(relatedSection, Bindings.isNotEmpty(viewModel.relatedJobs()));
        // A new occupation starts at the top of the page.
        subscriptions.listen(navigation.currentProperty(), (obs, old, now) -> detailScroll.setVvalue(0));
    }

    /** A narrow first column with a star to add a related occupation to the shortlist. */
    private TableColumn<RelatedJobRow, String> starColumn() {
        TableColumn<RelatedJobRow, String> column = new TableColumn<>("\u2605");
        column.setId("relatedStarColumn");
        column.setSortable(false);
        column.setResizable(false);
        column.setPrefWidth(44);
        column.setMaxWidth(44);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Button star = new Button();

            {
                star.getStyleClass().addAll("card-star", "flat");
                star.setFocusTraversable(false);
                star.setOnAction(e -> {
                    if (getItem() != null) {
                        OccupationView.this.star.accept(getItem(), !shortlist.contains(getItem()));
                        relatedJobsTable.refresh();
                    }
                });
            }

            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                if (empty || code == null) {
                    setGraphic(null);
                } else {
                    star.setText(shortlist.contains(code) ? "\u2605" : "\u2606");
                    setGraphic(star);
                }
            }
        });
        return column;
    }

    private void showFacts() {
        factsPane.getChildren().setAll(viewModel.facts().stream().map(f -> {
            Label label = new Label(f.label());
            label.getStyleClass().add("fact-label");
            label.setWrapText(true);
            Label value = new Label(f.value());
            value.getStyleClass().add("fact-value");
            value.setWrapText(true);
            VBox box = new VBox(2, label, value);
            box.getStyleClass().add("fact");
            box.setMaxWidth(300);
            return box;
        }).toList());
    }

    private void showProCons(VBox box, List<ProConItem> items) {
        if (items.isEmpty()) {
            Label none = new Label(viewModel.text(box == prosList ? "detail.noPros" : "detail.noCons"));
            none.setWrapText(true);
            none.getStyleClass().add("caption");
            box.getChildren().setAll(none);
            return;
        }
        box.getChildren().setAll(items.stream().map(item -> {
            Label text = new Label(item.text());
            text.setWrapText(true);
            VBox entry = new VBox(2, text);
            entry.getStyleClass().add("pro-con");
            if (!item.figure().isEmpty()) {
                Label figure = new Label(item.figure());
                figure.setWrapText(true);
                figure.getStyleClass().add("figure");
                entry.getChildren().add(figure);
            }
            return entry;
        }).toList());
    }

    private void showSkills() {
        skillsList.getChildren().setAll(viewModel.skills().stream().map(s -> {
            Label name = new Label(s.name());
            name.getStyleClass().add("skill-name");
            Label text = new Label(s.text());
            text.setWrapText(true);
            return new VBox(1, name, text);
        }).toList());
    }

    private void showFit() {
        fitGrid.getChildren().clear();
        int row = 0;
        row = fitRow(row, "detail.interests", viewModel.interestsProperty().get());
        row = fitRow(row, "detail.personality", viewModel.personalityTypesProperty().get());
        row = fitRow(row, "detail.workValues", viewModel.workValuesProperty().get());
        fitSection.setVisible(row > 0);
        fitSection.setManaged(row > 0);
    }

    private int fitRow(int row, String labelKey, String value) {
        if (value.isEmpty()) {
            return row;
        }
        Label label = new Label(viewModel.text(labelKey));
        label.getStyleClass().add("fact-label");
        Label text = new Label(value);
        text.setWrapText(true);
        fitGrid.addRow(row, label, text);
        return row + 1;
    }

    private static void hideWhenEmpty(Node node, ObservableStringValue text) {
        showWhen(node, Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isEmpty(), text));
    }

    private static void showWhen(Node node, BooleanExpression condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** Detaches this view from the view-model, before a rebuilt window replaces it. */
    public void dispose() {
        belowTheFold.cancel();
        subscriptions.dispose();
        wageTable.setItems(null);
        relatedJobsTable.setItems(null);
        wageYear.setItems(null);
    }

    /** Moves the focus into the detail, for Enter on a card. */
    public void focus() {
        detailScroll.requestFocus();
    }

    public double scrollPosition() {
        return detailScroll.getVvalue();
    }

    /** Scrolls the detail to {@code position} (0 top, 1 bottom), once all of it is there. */
    public void scrollTo(double position) {
        belowTheFold.whenAttached(() -> {
            detailScroll.applyCss(); // sections just added have no sizes before their styles
            detailScroll.layout();
            detailScroll.setVvalue(position);
        });
    }
}

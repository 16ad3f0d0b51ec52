package org.careerexplorer.gui.occupation;

import java.util.Arrays;
import java.util.List;
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
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.careerexplorer.gui.controls.WageBarChart;
import org.careerexplorer.gui.export.ExportCommands;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.state.Navigation;
import org.careerexplorer.gui.state.Shortlist;
import org.careerexplorer.gui.text.ProConItem;
import org.careerexplorer.gui.util.Bullets;
import org.careerexplorer.gui.util.Choices;
import org.careerexplorer.model.PayPeriod;
import org.controlsfx.control.SegmentedButton;

/** Controller of OccupationView.fxml: shows the open occupation as its view-model describes it. */
public final class OccupationView {

    private final OccupationViewModel viewModel;
    private final Navigation navigation;
    private final Shortlist shortlist;
    private final ExportCommands export;
    private final BelowTheFold belowTheFold = new BelowTheFold();
    /** What ties this view to the longer-lived view-model and state, undone when the view is replaced. */
    private Subscription subscriptions = Subscription.EMPTY;

    @FXML private ScrollPane detailScroll;
    @FXML private VBox detailContent;
    @FXML private Label detailTitle;
    @FXML private Label detailCode;
    @FXML private Label summary;
    @FXML private Label summaryNote;
    @FXML private FlowPane factsPane;
    @FXML private Node prosConsSection;
    @FXML private VBox prosList;
    @FXML private VBox consList;
    @FXML private Label noPros;
    @FXML private Label noCons;
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
    @FXML private Label educationLevelNote;
    @FXML private Node environmentSection;
    @FXML private Label workEnvironment;
    @FXML private Label schedule;
    @FXML private Node skillsSection;
    @FXML private VBox skillsList;
    @FXML private Node fitSection;
    @FXML private Label interestsLabel;
    @FXML private Label interests;
    @FXML private Label personalityLabel;
    @FXML private Label personalityTypes;
    @FXML private Label workValuesLabel;
    @FXML private Label workValues;
    @FXML private Node expectationsSection;
    @FXML private VBox expectationsList;
    @FXML private Node howToSection;
    @FXML private VBox howToList;
    @FXML private Node relatedSection;
    @FXML private TableView<RelatedJobRow> relatedJobsTable;
    @FXML private TableColumn<RelatedJobRow, String> relatedStarColumn;
    @FXML private TableColumn<RelatedJobRow, String> relatedTitleColumn;
    @FXML private TableColumn<RelatedJobRow, SortableText> relatedPayColumn;
    @FXML private TableColumn<RelatedJobRow, SortableText> relatedEducationColumn;
    @FXML private TableColumn<RelatedJobRow, SortableText> relatedDifferenceColumn;
    @FXML private ToggleButton shortlistToggle;
    @FXML private Node detailActions;
    @FXML private Node sourcesSection;
    @FXML private VBox sourcesList;

    public OccupationView(OccupationViewModel viewModel, AppState state, ExportCommands export) {
        this.viewModel = viewModel;
        this.navigation = state.navigation();
        this.shortlist = state.shortlist();
        this.export = export;
    }

    @FXML
    private void initialize() {
        belowTheFold.defer(detailContent, wageSection);
        detailTitle.textProperty().bind(viewModel.titleProperty());
        detailCode.textProperty().bind(viewModel.subtitleProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        educationText.textProperty().bind(viewModel.educationTextProperty());
        educationLevelNote.textProperty().bind(viewModel.educationLevelNoteProperty());
        workEnvironment.textProperty().bind(viewModel.workEnvironmentProperty());
        schedule.textProperty().bind(viewModel.scheduleProperty());
        hideWhenEmpty(summary, viewModel.summaryProperty());
        showWhen(summaryNote, viewModel.summaryComposedProperty());
        hideWhenEmpty(schedule, viewModel.scheduleProperty());
        hideWhenEmpty(educationText, viewModel.educationTextProperty());
        hideWhenEmpty(educationLevelNote, viewModel.educationLevelNoteProperty());
        hideWhenAllEmpty(educationSection, viewModel.educationTextProperty(), viewModel.educationLevelNoteProperty());
        hideWhenAllEmpty(environmentSection, viewModel.workEnvironmentProperty(), viewModel.scheduleProperty());

        follow(viewModel.facts(), () -> factsPane.getChildren().setAll(viewModel.facts().stream()
                .map(f -> PageItems.fact(f.label(), f.value())).toList()));
        follow(viewModel.pros(), () -> showProCons(prosList, viewModel.pros()));
        follow(viewModel.cons(), () -> showProCons(consList, viewModel.cons()));
        showWhen(noPros, Bindings.isEmpty(viewModel.pros()));
        showWhen(noCons, Bindings.isEmpty(viewModel.cons()));
        showWhen(prosConsSection, Bindings.isNotEmpty(viewModel.pros()).or(Bindings.isNotEmpty(viewModel.cons())));
        follow(viewModel.duties(), () -> Bullets.fill(dutiesList, viewModel.duties()));
        showWhen(dutiesSection, Bindings.isNotEmpty(viewModel.duties()));
        follow(viewModel.skills(), () -> skillsList.getChildren().setAll(viewModel.skills().stream()
                .map(s -> PageItems.skill(s.name(), s.text())).toList()));
        showWhen(skillsSection, Bindings.isNotEmpty(viewModel.skills()));
        follow(viewModel.employerExpectations(), () -> Bullets.fill(expectationsList, viewModel.employerExpectations()));
        showWhen(expectationsSection, Bindings.isNotEmpty(viewModel.employerExpectations()));
        follow(viewModel.howToGetJob(), () -> Bullets.fill(howToList, viewModel.howToGetJob()));
        showWhen(howToSection, Bindings.isNotEmpty(viewModel.howToGetJob()));
        follow(viewModel.sources(), () -> Bullets.fill(sourcesList, viewModel.sources()));
        showWhen(sourcesSection, Bindings.isNotEmpty(viewModel.sources()));
        setUpFit();

        setUpWages();
        setUpRelatedJobs();
        follow(shortlist.codes(), () -> {
            showStar();
            relatedJobsTable.refresh();
        });
        keep(navigation.currentProperty().subscribe((old, now) -> showStar()));
        showWhen(detailActions, navigation.currentProperty().isNotNull());
    }

    /** Interests, personality types and work values, each on a row of its own that shows only when known. */
    private void setUpFit() {
        fitRow(interestsLabel, interests, viewModel.interestsProperty());
        fitRow(personalityLabel, personalityTypes, viewModel.personalityTypesProperty());
        fitRow(workValuesLabel, workValues, viewModel.workValuesProperty());
        showWhen(fitSection, Bindings.createBooleanBinding(() -> !viewModel.interestsProperty().get().isEmpty()
                        || !viewModel.personalityTypesProperty().get().isEmpty() || !viewModel.workValuesProperty().get().isEmpty(),
                viewModel.interestsProperty(), viewModel.personalityTypesProperty(), viewModel.workValuesProperty()));
    }

    private static void fitRow(Label label, Label value, ObservableStringValue text) {
        value.textProperty().bind(text);
        hideWhenEmpty(label, text);
        hideWhenEmpty(value, text);
    }

    private void showStar() {
        boolean starred = navigation.current().map(shortlist::contains).orElse(false);
        shortlistToggle.setSelected(starred);
        shortlistToggle.setText(viewModel.text(starred ? "detail.starred" : "detail.star"));
    }

    @FXML
    private void toggleShortlist() {
        navigation.current().ifPresent(code -> shortlist.setStarred(code, shortlistToggle.isSelected()));
        showStar();
    }

    @FXML
    private void exportCsv() {
        viewModel.currentOccupation().ifPresent(o ->
                export.exportCsv(List.of(o), viewModel.titleProperty().get(), viewModel.texts()));
    }

    @FXML
    private void exportPng() {
        export.exportPng(wageChart, viewModel.titleProperty().get(), viewModel.texts());
    }

    @FXML
    private void print() {
        export.print(printSheet(), viewModel.texts());
    }

    /** The open occupation laid out for paper. */
    public VBox printSheet() {
        return OccupationSheet.of(viewModel, wageChart);
    }

    private void setUpWages() {
        wageYear.setItems(viewModel.wageYears());
        wageYear.valueProperty().bindBidirectional(viewModel.wageYearProperty());
        keep(() -> wageYear.valueProperty().unbindBidirectional(viewModel.wageYearProperty()));
        wageAnnual.setUserData(PayPeriod.ANNUAL);
        wageHourly.setUserData(PayPeriod.HOURLY);
        keep(Choices.bind(wagePeriod, viewModel.wagePeriodProperty()));
        showWhen(wageSection, Bindings.isNotEmpty(viewModel.wageYears()));
        wageCaption.textProperty().bind(viewModel.wageCaptionProperty());
        wageChart.setValueFormat(viewModel::axisNumber);

        wageStatisticColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().statistic()));
        wageTable.setItems(viewModel.wageRows());
        follow(viewModel.wageColumns(), this::showWageColumns);
        follow(viewModel.wageSeries(), () -> wageChart.show(viewModel.wageSeries()));
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
        List.of(relatedTitleColumn, relatedPayColumn, relatedEducationColumn, relatedDifferenceColumn)
                .forEach(TableCells::wrapHeader);
        relatedStarColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        relatedStarColumn.setCellFactory(c -> new StarCell());
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
        showWhen(relatedSection, Bindings.isNotEmpty(viewModel.relatedJobs()));
        // A new occupation starts at the top of the page.
        keep(navigation.currentProperty().subscribe((old, now) -> detailScroll.setVvalue(0)));
    }

    /** A star that adds a related occupation to the shortlist, or takes it off. */
    private final class StarCell extends TableCell<RelatedJobRow, String> {
        private final Button star = new Button();

        StarCell() {
            star.getStyleClass().addAll("card-star", "flat");
            star.setFocusTraversable(false);
            star.setOnAction(e -> {
                if (getItem() != null) {
                    shortlist.toggle(getItem());
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
    }

    private static void showProCons(VBox box, List<ProConItem> items) {
        box.getChildren().setAll(items.stream().map(item -> PageItems.proCon(item.text(), item.figure())).toList());
    }

    private static void hideWhenEmpty(Node node, ObservableStringValue text) {
        showWhen(node, Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isEmpty(), text));
    }

    /** A section shows while any of its texts has something to say. */
    private static void hideWhenAllEmpty(Node node, ObservableStringValue... texts) {
        showWhen(node, Bindings.createBooleanBinding(
                () -> Arrays.stream(texts).anyMatch(t -> t.get() != null && !t.get().isEmpty()), texts));
    }

    private static void showWhen(Node node, BooleanExpression condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** Runs {@code update} now and whenever {@code list} changes, until this view is disposed. */
    private void follow(ObservableList<?> list, Runnable update) {
        update.run();
        keep(list.subscribe(update));
    }

    private void keep(Subscription subscription) {
        subscriptions = subscriptions.and(subscription);
    }

    /** Detaches this view from the view-model and the state, before a rebuilt window replaces it. */
    public void dispose() {
        belowTheFold.cancel();
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
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

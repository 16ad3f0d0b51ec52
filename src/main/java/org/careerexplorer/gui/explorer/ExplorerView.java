package org.careerexplorer.gui.explorer;

import java.util.Arrays;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.careerexplorer.gui.controls.OccupationCard;
import org.careerexplorer.gui.main.Navigation;
import org.careerexplorer.gui.util.Choices;
import org.careerexplorer.gui.util.Subscriptions;
import org.careerexplorer.model.EducationFilter;
import org.careerexplorer.model.EducationLevel;
import org.controlsfx.control.SegmentedButton;

/** Controller of ExplorerView.fxml: search, filters, sort and the occupation cards. */
public final class ExplorerView {

    private final ExplorerViewModel viewModel;
    private final Navigation navigation;
    private final javafx.collections.ObservableList<String> shortlist;
    private final java.util.function.BiConsumer<String, Boolean> star;
    private final Subscriptions subscriptions = new Subscriptions();

    @FXML
    private TextField searchField;
    @FXML
    private ComboBox<EducationLevel> educationFilter;
    @FXML
    private SegmentedButton educationMode;
    @FXML
    private ToggleButton modeUpTo;
    @FXML
    private ToggleButton modeExactly;
    @FXML
    private ComboBox<String> groupFilter;
    @FXML
    private ChoiceBox<SortOrder> sortChoice;
    @FXML
    private Label matchCount;
    @FXML
    private ListView<OccupationCardModel> occupationList;

    /**
     * @param shortlist the starred codes, to show a filled star on their cards
     * @param star      stars ({@code true}) or unstars an occupation
     */
    public ExplorerView(ExplorerViewModel viewModel, Navigation navigation, javafx.collections.ObservableList<String> shortlist,
                        java.util.function.BiConsumer<String, Boolean> star) {
        this.viewModel = viewModel;
        this.navigation = navigation;
        this.shortlist = shortlist;
        this.star = star;
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        subscriptions.onDispose(() -> searchField.textProperty().unbindBidirectional(viewModel.searchTextProperty()));
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::onSearchKey);

        educationFilter.getItems().add(null);
        educationFilter.getItems().addAll(viewModel.educationLevels());
        StringConverter<EducationLevel> levelNames = converter(level -> level == null
                ? viewModel.text("browse.educationAny") : viewModel.text("education.level." + level.id()));
        educationFilter.setConverter(levelNames);
        educationFilter.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(EducationLevel item, boolean empty) {
                super.updateItem(item, empty);
                setText(levelNames.toString(item));
            }
        });
        educationFilter.valueProperty().bindBidirectional(viewModel.educationLevelProperty());
        subscriptions.onDispose(() -> educationFilter.valueProperty().unbindBidirectional(viewModel.educationLevelProperty()));

        modeUpTo.setUserData(EducationFilter.Mode.UP_TO);
        modeExactly.setUserData(EducationFilter.Mode.EXACTLY);
        Choices.bind(educationMode, viewModel.educationModeProperty(), subscriptions);
        educationMode.disableProperty().bind(viewModel.educationLevelProperty().isNull());

        groupFilter.getItems().add(null);
        groupFilter.getItems().addAll(viewModel.majorGroups());
        StringConverter<String> groupNames = converter(group -> group == null
                ? viewModel.text("browse.groupAny") : viewModel.text("group." + group));
        groupFilter.setConverter(groupNames);
        groupFilter.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : groupNames.toString(item));
            }
        });
        groupFilter.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(groupNames.toString(item));
            }
        });
        groupFilter.valueProperty().bindBidirectional(viewModel.majorGroupProperty());
        subscriptions.onDispose(() -> groupFilter.valueProperty().unbindBidirectional(viewModel.majorGroupProperty()));

        sortChoice.getItems().setAll(Arrays.asList(SortOrder.values()));
        sortChoice.setConverter(converter(order -> viewModel.text("browse.sort." + order.id())));
        sortChoice.valueProperty().bindBidirectional(viewModel.sortOrderProperty());
        subscriptions.onDispose(() -> sortChoice.valueProperty().unbindBidirectional(viewModel.sortOrderProperty()));

        matchCount.textProperty().bind(viewModel.matchCountProperty());

        occupationList.setItems(viewModel.visibleOccupations());
        occupationList.setCellFactory(list -> new CardCell());
        // Stars follow the shortlist wherever it is changed.
        subscriptions.follow(shortlist, occupationList::refresh);
        // Only the user's own choice opens an occupation: the selection also moves when a filter or
        // the language changes the list, and that must not replace the open occupation.
        occupationList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && occupationList.isFocused()) {
                navigation.open(now.code());
            }
        });
        occupationList.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            OccupationCardModel clicked = occupationList.getSelectionModel().getSelectedItem();
            if (clicked != null) {
                navigation.open(clicked.code());
            }
        });
        occupationList.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        subscriptions.listen(navigation.currentProperty(), (obs, old, now) -> selectCurrent());
        subscriptions.follow(viewModel.visibleOccupations(), this::selectCurrent);
        navigation.current().ifPresent(code -> occupationList.scrollTo(occupationList.getSelectionModel().getSelectedIndex()));
    }

    /** Detaches this view from the view-model, before a rebuilt window replaces it. */
    public void dispose() {
        subscriptions.dispose();
        occupationList.setItems(null);
    }

    /** Moves the keyboard focus to the search field, as Ctrl+F does. */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    private void onSearchKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
            searchField.clear();
            e.consume();
        } else if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) && !occupationList.getItems().isEmpty()) {
            occupationList.requestFocus();
            if (occupationList.getSelectionModel().isEmpty()) {
                occupationList.getSelectionModel().selectFirst();
            }
            e.consume();
        }
    }

    private void openSelected() {
        OccupationCardModel selected = occupationList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            navigation.open(selected.code());
            occupationList.fireEvent(new OpenDetailEvent());
        }
    }

    /** Keeps the list's selection on the open occupation when it is among the matches. */
    private void selectCurrent() {
        String code = navigation.currentProperty().get();
        OccupationCardModel selected = occupationList.getSelectionModel().getSelectedItem();
        if (code == null || selected != null && selected.code().equals(code)) {
            return;
        }
        occupationList.getItems().stream().filter(c -> c.code().equals(code)).findFirst().ifPresentOrElse(
                c -> occupationList.getSelectionModel().select(c),
                () -> occupationList.getSelectionModel().clearSelection());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("read-only");
            }
        };
    }

    /** Asks the window to move the focus to the open occupation (Enter on a card). */
    public static final class OpenDetailEvent extends javafx.event.Event {
        public static final javafx.event.EventType<OpenDetailEvent> OPEN_DETAIL =
                new javafx.event.EventType<>(javafx.event.Event.ANY, "OPEN_DETAIL");

        OpenDetailEvent() {
            super(OPEN_DETAIL);
        }
    }

    private final class CardCell extends ListCell<OccupationCardModel> {
        private final OccupationCard card = new OccupationCard();

        CardCell() {
            // Take the list's width rather than the card's, so that long titles wrap instead of scrolling.
            setPrefWidth(0);
            card.prefWidthProperty().bind(widthProperty().subtract(CELL_PADDING));
        }

        /** The list cell's left and right padding and border, from the style sheet. */
        private static final double CELL_PADDING = 26;

        @Override
        protected void updateItem(OccupationCardModel item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            card.titleProperty().set(item.title());
            card.titleFallbackProperty().set(item.titleFallback());
            card.codeProperty().set(item.code());
            card.payProperty().set(item.payText());
            card.educationProperty().set(item.educationText());
            card.outlookProperty().set(item.outlookText());
            card.starredProperty().set(shortlist.contains(item.code()));
            card.onStarActionProperty().set(e -> star.accept(item.code(), !shortlist.contains(item.code())));
            setGraphic(card);
        }
    }
}

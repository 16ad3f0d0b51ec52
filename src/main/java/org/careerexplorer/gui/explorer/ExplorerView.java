package org.careerexplorer.gui.explorer;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.event.Event;
import javafx.event.EventType;
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
import javafx.scene.input.MouseEvent;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.careerexplorer.gui.controls.OccupationCard;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.state.Navigation;
import org.careerexplorer.gui.state.Shortlist;
import org.careerexplorer.gui.util.Choices;
import org.careerexplorer.model.EducationFilter;
import org.careerexplorer.model.EducationLevel;
import org.controlsfx.control.SegmentedButton;

/** Controller of ExplorerView.fxml: search, filters, sort and the occupation cards. */
public final class ExplorerView {

    private final ExplorerViewModel viewModel;
    private final Navigation navigation;
    private final Shortlist shortlist;
    /** What ties this view to the longer-lived view-model and state, undone when the view is replaced. */
    private Subscription subscriptions = Subscription.EMPTY;

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

    public ExplorerView(ExplorerViewModel viewModel, AppState state) {
        this.viewModel = viewModel;
        this.navigation = state.navigation();
        this.shortlist = state.shortlist();
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(viewModel.searchTextProperty());
        keep(() -> searchField.textProperty().unbindBidirectional(viewModel.searchTextProperty()));
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::onSearchKey);

        choiceOrAny(educationFilter, viewModel.educationLevels(), "browse.educationAny",
                level -> viewModel.texts().education(level), viewModel.educationLevelProperty());

        modeUpTo.setUserData(EducationFilter.Mode.UP_TO);
        modeExactly.setUserData(EducationFilter.Mode.EXACTLY);
        keep(Choices.bind(educationMode, viewModel.educationModeProperty()));
        educationMode.disableProperty().bind(viewModel.educationLevelProperty().isNull());

        choiceOrAny(groupFilter, viewModel.majorGroups(), "browse.groupAny",
                group -> viewModel.texts().group(group), viewModel.majorGroupProperty());

        sortChoice.getItems().setAll(Arrays.asList(SortOrder.values()));
        sortChoice.setConverter(converter(viewModel::sortOrderName));
        sortChoice.valueProperty().bindBidirectional(viewModel.sortOrderProperty());
        keep(() -> sortChoice.valueProperty().unbindBidirectional(viewModel.sortOrderProperty()));

        matchCount.textProperty().bind(viewModel.matchCountProperty());

        occupationList.setItems(viewModel.visibleOccupations());
        occupationList.setCellFactory(list -> new CardCell());
        // Stars follow the shortlist wherever it is changed.
        keep(shortlist.codes().subscribe(occupationList::refresh));
        // Only the user's own choice opens an occupation: the selection also moves when a filter or
        // the language changes the list, and that must not replace the open occupation.
        occupationList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && occupationList.isFocused()) {
                navigation.open(now.code());
            }
        });
        occupationList.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
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
        keep(navigation.currentProperty().subscribe((old, now) -> selectCurrent()));
        keep(viewModel.visibleOccupations().subscribe(this::selectCurrent));
        selectCurrent();
        navigation.current().ifPresent(code -> occupationList.scrollTo(occupationList.getSelectionModel().getSelectedIndex()));
    }

    /**
     * A filter choice: "any" (null) first, then {@code values} by name, in step with
     * {@code property}. The cells show the names too, "any" included.
     */
    private <T> void choiceOrAny(ComboBox<T> box, List<T> values, String anyKey,
                                 Function<T, String> name, ObjectProperty<T> property) {
        box.getItems().add(null);
        box.getItems().addAll(values);
        StringConverter<T> names = converter(value -> value == null ? viewModel.text(anyKey) : name.apply(value));
        box.setConverter(names);
        box.setCellFactory(list -> new NamedCell<>(names));
        box.setButtonCell(new NamedCell<>(names));
        box.valueProperty().bindBidirectional(property);
        keep(() -> box.valueProperty().unbindBidirectional(property));
    }

    /** A list cell that shows its item, null included, by the converter's name for it. */
    private static final class NamedCell<T> extends ListCell<T> {
        private final StringConverter<T> names;

        NamedCell(StringConverter<T> names) {
            this.names = names;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty && item == null && getListView() != null ? null : names.toString(item));
        }
    }

    private void keep(Subscription subscription) {
        subscriptions = subscriptions.and(subscription);
    }

    /** Detaches this view from the view-model and the state, before a rebuilt window replaces it. */
    public void dispose() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
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

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
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
    public static final class OpenDetailEvent extends Event {
        public static final EventType<OpenDetailEvent> OPEN_DETAIL =
                new EventType<>(Event.ANY, "OPEN_DETAIL");

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
            card.summaryProperty().set(item.summaryLine());
            card.codeProperty().set(item.code());
            card.payProperty().set(item.payText());
            card.educationProperty().set(item.educationText());
            card.outlookProperty().set(item.outlookText());
            card.starredProperty().set(shortlist.contains(item.code()));
            card.onStarActionProperty().set(e -> shortlist.toggle(item.code()));
            setGraphic(card);
        }
    }
}

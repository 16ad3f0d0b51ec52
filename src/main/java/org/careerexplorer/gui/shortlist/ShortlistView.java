package org.careerexplorer.gui.shortlist;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.careerexplorer.gui.main.Navigation;

/** Controller of ShortlistView.fxml: the starred occupations, to open, compare or remove. */
public final class ShortlistView {

    private final ShortlistViewModel viewModel;
    private final Navigation navigation;
    private final BiConsumer<String, Boolean> star;

    @FXML private ListView<ShortlistItem> shortlistView;
    @FXML private Button compareButton;
    @FXML private Button openShortlistedButton;
    @FXML private Button removeShortlistedButton;

    public ShortlistView(ShortlistViewModel viewModel, Navigation navigation, BiConsumer<String, Boolean> star) {
        this.viewModel = viewModel;
        this.navigation = navigation;
        this.star = star;
    }

    @FXML
    private void initialize() {
        shortlistView.setItems(viewModel.items());
        shortlistView.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        shortlistView.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ShortlistItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    Label title = new Label("\u2605 " + item.title());
                    title.getStyleClass().add("card-title");
                    title.setWrapText(true);
                    Label pay = new Label(item.payText());
                    pay.getStyleClass().add("card-pay");
                    setGraphic(new VBox(2, title, pay));
                }
            }
        });
        shortlistView.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open();
            }
        });
        shortlistView.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove();
            }
        });
        compareButton.disableProperty().bind(Bindings.size(viewModel.items()).lessThan(1));
        openShortlistedButton.disableProperty().bind(shortlistView.getSelectionModel().selectedItemProperty().isNull());
        removeShortlistedButton.disableProperty().bind(shortlistView.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void open() {
        ShortlistItem selected = shortlistView.getSelectionModel().getSelectedItem();
        if (selected != null) {
            navigation.open(selected.code());
        }
    }

    @FXML
    private void remove() {
        List.copyOf(shortlistView.getSelectionModel().getSelectedItems()).forEach(item -> star.accept(item.code(), false));
    }

    @FXML
    private void compare() {
        List<String> chosen = shortlistView.getSelectionModel().getSelectedItems().stream().map(ShortlistItem::code).toList();
        shortlistView.fireEvent(new CompareRequest(chosen));
    }

    /** Asks the window to compare these occupations (or, with fewer than two, the open one and the shortlist). */
    public static final class CompareRequest extends Event {
        public static final EventType<CompareRequest> COMPARE = new EventType<>(Event.ANY, "COMPARE_REQUEST");
        private final List<String> codes;

        public CompareRequest(List<String> codes) {
            super(COMPARE);
            this.codes = List.copyOf(codes);
        }

        public List<String> codes() {
            return codes;
        }
    }
}

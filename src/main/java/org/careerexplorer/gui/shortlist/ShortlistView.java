package org.careerexplorer.gui.shortlist;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** Controller of ShortlistView.fxml: the starred occupations, to open, compare or remove. */
public final class ShortlistView {

    private final ShortlistViewModel viewModel;

    @FXML private ListView<ShortlistItem> shortlistView;
    @FXML private Button compareButton;
    @FXML private Button openShortlistedButton;
    @FXML private Button removeShortlistedButton;

    public ShortlistView(ShortlistViewModel viewModel) {
        this.viewModel = viewModel;
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
            viewModel.open(selected.code());
        }
    }

    @FXML
    private void remove() {
        viewModel.remove(selectedCodes());
    }

    @FXML
    private void compare() {
        viewModel.compare(selectedCodes());
    }

    /** Detaches the list from the view-model, before a rebuilt window replaces it. */
    public void dispose() {
        shortlistView.setItems(null);
    }

    private List<String> selectedCodes() {
        return shortlistView.getSelectionModel().getSelectedItems().stream().map(ShortlistItem::code).toList();
    }
}

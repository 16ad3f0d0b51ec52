package org.careerexplorer.gui.explorer;

import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;

/** Controller of ExplorerView.fxml: binds the controls to the {@link ExplorerViewModel}. */
public final class ExplorerView {

    private final ExplorerViewModel viewModel;

    @FXML
    private ListView<OccupationItem> occupationList;
    @FXML
    private Label matchCount;
    @FXML
    private Label problemsLabel;
    @FXML
    private Button problemsButton;

    public ExplorerView(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        occupationList.setItems(viewModel.occupations());
        occupationList.setCellFactory(list -> new OccupationCell());
        matchCount.textProperty().bind(viewModel.countTextProperty());
        problemsLabel.textProperty().bind(viewModel.problemsTextProperty());
        problemsButton.setVisible(viewModel.hasProblems());
        problemsButton.setManaged(viewModel.hasProblems());
    }

    @FXML
    private void showProblems() {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.setTitle(viewModel.text("browse.problems.dialogTitle"));
        alert.setHeaderText(viewModel.text("browse.problems.dialogHeader"));
        TextArea details = new TextArea(viewModel.problemDetails());
        details.setEditable(false);
        details.setWrapText(true);
        alert.getDialogPane().setContent(details);
        alert.initOwner(occupationList.getScene().getWindow());
        alert.showAndWait();
    }

    /** Title with the code beside it; an English stand-in title is shown in italics. */
    private static final class OccupationCell extends ListCell<OccupationItem> {
        @Override
        protected void updateItem(OccupationItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("fallback-text");
            if (empty || item == null) {
                setText(null);
            } else {
                setText(item.title() + "  ·  " + item.code());
                if (item.titleIsFallback()) {
                    getStyleClass().add("fallback-text");
                }
            }
        }
    }
}

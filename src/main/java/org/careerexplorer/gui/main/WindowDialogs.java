package org.careerexplorer.gui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.careerexplorer.gui.about.AboutView;
import org.careerexplorer.gui.about.AboutViewModel;
import org.careerexplorer.gui.compare.CompareView;
import org.careerexplorer.gui.compare.CompareViewModel;
import org.careerexplorer.gui.export.ExportCommands;
import org.careerexplorer.gui.export.Printing;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.state.DialogService;

/** The dialogs and windows of one window of the app, owned by it, in the state's display language and theme. */
public final class WindowDialogs implements DialogService {

    private final Stage owner;
    private final AppState state;

    public WindowDialogs(Stage owner, AppState state) {
        this.owner = owner;
        this.state = state;
    }

    @Override
    public void showInformation(String message) {
        alert(Alert.AlertType.INFORMATION, state.text("app.title"), null, message).show();
    }

    @Override
    public void showError(String message) {
        alert(Alert.AlertType.ERROR, state.text("app.title"), null, message).show();
    }

    @Override
    public void showWarning(String title, String header, String message) {
        alert(Alert.AlertType.WARNING, title, header, message).show();
    }

    @Override
    public void showText(String title, String header, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, header, null);
        if (!text.isEmpty()) {
            TextArea details = new TextArea(text);
            details.setEditable(false);
            details.setWrapText(true);
            alert.getDialogPane().setContent(details);
        }
        alert.show();
    }

    @Override
    public Optional<Path> askFileToSave(String title, String suggestedName, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public PrintOutcome print(Region sheet) {
        return Printing.print(sheet, owner);
    }

    @Override
    public void showComparison(List<String> codes) {
        Stage window = new Stage();
        CompareViewModel comparison = new CompareViewModel(state, codes);
        Parent root = ViewLoader.load(CompareView.class, "CompareView.fxml", state.bundle(), comparison,
                new ExportCommands(new WindowDialogs(window, state)));
        Themes.apply(state.themeProperty().get(), root);
        window.setTitle(state.text("compare.title") + " \u2013 " + state.text("app.title"));
        window.initOwner(owner);
        window.setScene(new Scene(root));
        window.getIcons().setAll(owner.getIcons());
        // The comparison follows the window's language while it is open, and lets go of it when it closes.
        window.setOnHidden(e -> comparison.dispose());
        window.getProperties().put(CompareViewModel.class, comparison); // the window's own, for tests to find
        window.show();
    }

    @Override
    public void showAbout() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(state.text("about.title"));
        dialog.setHeaderText(state.text("app.title"));
        dialog.getDialogPane().setContent(ViewLoader.load(AboutView.class, "AboutView.fxml", state.bundle(),
                new AboutViewModel(state)));
        // Our own button text: JavaFX would label its CLOSE button in the system language, not the app's.
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(state.text("about.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().add(ViewLoader.stylesheet());
        dialog.initOwner(owner);
        dialog.show();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String message) {
        Alert alert = new Alert(type);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.initOwner(owner);
        return alert;
    }
}

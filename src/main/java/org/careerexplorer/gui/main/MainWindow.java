package org.careerexplorer.gui.main;

import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.careerexplorer.gui.export.ExportCommands;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.state.DialogService;

/** Builds the main window's node tree from FXML, in the state's current language. */
public final class MainWindow {

    private MainWindow() {
    }

    /**
     * Builds the main window in {@code stage} (which is not shown yet): its view-models over
     * {@code state}, its views in the state's language and theme, and its title.
     *
     * @param dialogs         the window's dialogs, normally {@code new WindowDialogs(stage, state)}
     * @param startOccupation the occupation to open first; the first in the list if empty or unknown
     */
    public static MainWindowViewModel build(Stage stage, AppState state, DialogService dialogs,
                                            Optional<String> startOccupation, double width, double height) {
        MainWindowViewModel viewModel = new MainWindowViewModel(state, dialogs, startOccupation);
        Parent root = load(viewModel, dialogs);
        Themes.apply(state.themeProperty().get(), root);
        stage.setScene(new Scene(root, width, height));
        stage.setTitle(state.text("app.title"));
        return viewModel;
    }

    /**
     * Loads MainWindow.fxml and the views it includes, with the texts of the current language. Called
     * again on a language change: the view-models, which hold all state, stay the same.
     */
    public static Parent load(MainWindowViewModel viewModel, DialogService dialogs) {
        return ViewLoader.load(MainWindow.class, "MainWindow.fxml", viewModel.state().bundle(),
                viewModel, viewModel.explorer(), viewModel.occupation(), viewModel.shortlist(), viewModel.state(),
                dialogs, new ExportCommands(dialogs));
    }
}

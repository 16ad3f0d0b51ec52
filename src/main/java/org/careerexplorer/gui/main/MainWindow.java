package org.careerexplorer.gui.main;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.careerexplorer.gui.explorer.ExplorerView;
import org.careerexplorer.gui.occupation.OccupationView;
import org.careerexplorer.gui.shortlist.ShortlistView;

/** Builds the main window's node tree from FXML, in the view-model's current language. */
public final class MainWindow {

    /** The app's own style sheet, on top of the AtlantaFX theme. */
    public static final String STYLESHEET = "/css/career-explorer.css";

    private MainWindow() {
    }

    /**
     * Loads MainWindow.fxml and its parts with the texts of the current language. Called again on a
     * language change: the view-models, which hold all state, stay the same.
     */
    public static Parent load(MainWindowViewModel viewModel) {
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"),
                viewModel.data().localization().bundle(viewModel.language()));
        loader.setControllerFactory(type -> {
            if (type == MainWindowView.class) {
                return new MainWindowView(viewModel);
            } else if (type == ExplorerView.class) {
                return new ExplorerView(viewModel.explorer(), viewModel.navigation(), viewModel.shortlist(),
                        viewModel::setStarred);
            } else if (type == OccupationView.class) {
                return new OccupationView(viewModel.occupation(), viewModel.navigation(), viewModel.shortlist(),
                        viewModel::setStarred);
            } else if (type == ShortlistView.class) {
                return new ShortlistView(viewModel.shortlistViewModel(),
                        viewModel.navigation(), viewModel::setStarred);
            }
            throw new IllegalArgumentException("no controller of type " + type.getName());
        });
        try {
            Parent root = loader.load();
            root.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load MainWindow.fxml", e);
        }
    }
}

package org.careerexplorer.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.main.MainWindow;
import org.careerexplorer.gui.main.MainWindowViewModel;
import org.careerexplorer.gui.main.Themes;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.settings.SettingsStore;

/**
 * Loads the bundled data and the user's settings, and shows the main window.
 * Command line: {@code --lang=de} starts in that language (for this session only);
 * {@code --open=43-4051} opens that occupation.
 */
public final class CareerExplorerApp extends Application {

    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private LoadResult data;

    @Override
    public void init() {
        // Runs on the launcher thread, so reading the data does not hold up the FX thread.
        data = DataLoader.loadBundled();
    }

    @Override
    public void start(Stage stage) {
        try {
            MainWindowViewModel viewModel = new MainWindowViewModel(data, SettingsStore.forCurrentUser(),
                    Locale.getDefault(), requestedLanguage(), Optional.ofNullable(getParameters().getNamed().get("open")));
            Parent root = MainWindow.load(viewModel);
            Themes.apply(viewModel.themeProperty().get(), root);
            stage.setScene(new Scene(root, 1280, 800));
            stage.setTitle(viewModel.text("app.title"));
            stage.setMinWidth(900);
            stage.setMinHeight(600);
            ICON_SIZES.forEach(size -> Optional.ofNullable(getClass().getResource("/icons/career-explorer-" + size + ".png"))
                    .ifPresent(url -> stage.getIcons().add(new Image(url.toExternalForm()))));
            stage.show();
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Career Explorer could not open its main window: "
                    + e.getMessage() + "\n\nPlease report this problem; the details are in the console output.");
            alert.setHeaderText("Start-up failed");
            alert.showAndWait();
            throw e;
        }
    }

    private Optional<Language> requestedLanguage() {
        return Optional.ofNullable(getParameters().getNamed().get("lang")).flatMap(Language::fromCode);
    }
}

package org.careerexplorer.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.explorer.ExplorerView;
import org.careerexplorer.gui.explorer.ExplorerViewModel;
import org.careerexplorer.i18n.Language;

/** Loads the bundled data and shows the main window. */
public final class CareerExplorerApp extends Application {

    static final String STYLESHEET = "/css/career-explorer.css";

    private LoadResult data;

    @Override
    public void init() {
        // Runs on the launcher thread, so reading the data does not hold up the FX thread.
        data = DataLoader.loadBundled();
    }

    @Override
    public void start(Stage stage) {
        Language language = startLanguage();
        try {
            Parent root = loadMainView(data, language);
            Scene scene = new Scene(root, 1100, 720);
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET)).toExternalForm());
            stage.setTitle(data.localization().text(language, "app.title"));
            stage.setScene(scene);
            stage.show();
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, "Career Explorer could not open its main window: "
                    + e.getMessage());
            alert.setHeaderText("Start-up failed");
            alert.showAndWait();
            throw e;
        }
    }

    /** {@code --lang=de} on the command line, else the system language if we speak it, else English. */
    private Language startLanguage() {
        String requested = getParameters().getNamed().get("lang");
        return requested == null ? Language.forLocale(Locale.getDefault())
                : Language.fromCode(requested).orElse(Language.forLocale(Locale.getDefault()));
    }

    /** Builds the main view for {@code language}; also used by the UI tests. */
    public static Parent loadMainView(LoadResult data, Language language) {
        ExplorerViewModel viewModel = new ExplorerViewModel(data, language);
        FXMLLoader loader = new FXMLLoader(ExplorerView.class.getResource("ExplorerView.fxml"),
                data.localization().bundle(language));
        loader.setControllerFactory(type -> {
            if (type == ExplorerView.class) {
                return new ExplorerView(viewModel);
            }
            throw new IllegalArgumentException("no controller " + type);
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load ExplorerView.fxml", e);
        }
    }
}

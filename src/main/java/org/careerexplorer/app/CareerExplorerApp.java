package org.careerexplorer.app;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.careerexplorer.data.DaemonThreads;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.main.MainWindow;
import org.careerexplorer.gui.main.WindowDialogs;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.settings.SettingsStore;

/**
 * Loads the bundled data and the user's settings, and shows the main window.
 * Command line: {@code --lang=de} starts in that language (for this session only);
 * {@code --open=43-4051} opens that occupation; {@code --exit-after-first-frame} exits with status 0
 * as soon as the first frame of the main window has been drawn with data loaded (for the smoke test
 * and the start-up benchmark), and with a non-zero status if start-up failed.
 */
public final class CareerExplorerApp extends Application {

    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 64, 128, 256);

    private LoadResult data;

    @Override
    public void init() {
        // Runs on the launcher thread; the data has been loading since main() started.
        data = DataPreload.get();
        StartupTrace.mark("data ready");
    }

    /** Exit status when the window opened but no occupation could be loaded. */
    static final int NO_DATA = 2;
    /** Exit status when the window could not be opened. */
    static final int START_FAILED = 1;

    @Override
    public void start(Stage stage) {
        boolean exitAfterFirstFrame = getParameters().getUnnamed().contains("--exit-after-first-frame");
        StartupTrace.mark("toolkit started");
        try {
            AppState state = new AppState(data, SettingsStore.forCurrentUser(), Locale.getDefault(), requestedLanguage());
            MainWindow.build(stage, state, new WindowDialogs(stage, state),
                    Optional.ofNullable(getParameters().getNamed().get("open")), 1280, 800);
            StartupTrace.mark("window built");
            stage.setMinWidth(900);
            stage.setMinHeight(600);
            loadIconsLater(stage);
            stage.show();
            StartupTrace.mark("window shown");
            if (exitAfterFirstFrame) {
                exitAfterFirstFrame(stage);
            }
        } catch (RuntimeException e) {
            if (exitAfterFirstFrame) {
                System.err.println("start-up failed: " + e);
                Platform.exit();
                System.exit(START_FAILED);
            }
            Alert alert = new Alert(Alert.AlertType.ERROR, "Career Explorer could not open its main window: "
                    + e.getMessage() + "\n\nPlease report this problem; the details are in the console output.");
            alert.setHeaderText("Start-up failed");
            alert.showAndWait();
            throw e;
        }
    }

    /**
     * Waits for the second pulse after the window was shown: by then the first frame has been
     * rendered. Prints the time since the JVM started and the heap in use, then exits.
     */
    private void exitAfterFirstFrame(Stage stage) {
        FirstFrame.then(sinceJvmStart -> {
            StartupTrace.mark("first frame");
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
            System.out.printf(Locale.ROOT, "first frame after %d ms; %d occupations; heap in use %d MB%n",
                    sinceJvmStart, data.catalog().size(), heapMb);
            int status = data.catalog().size() > 0 && stage.isShowing() ? 0 : NO_DATA;
            Platform.exit();
            System.exit(status);
        });
    }

    /** Sets the window's icons from another thread: decoding six PNGs would hold up the first frame. */
    private static void loadIconsLater(Stage stage) {
        DaemonThreads.named("icon-loader").execute(() -> {
            List<Image> icons = ICON_SIZES.stream()
                    .map(size -> CareerExplorerApp.class.getResource("/icons/career-explorer-" + size + ".png"))
                    .filter(Objects::nonNull)
                    .map(url -> new Image(url.toExternalForm()))
                    .toList();
            Platform.runLater(() -> stage.getIcons().setAll(icons));
        });
    }

    private Optional<Language> requestedLanguage() {
        return Optional.ofNullable(getParameters().getNamed().get("lang")).flatMap(Language::fromCode);
    }
}

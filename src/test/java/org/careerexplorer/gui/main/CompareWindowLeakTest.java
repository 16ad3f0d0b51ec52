package org.careerexplorer.gui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careerexplorer.gui.compare.CompareViewModel;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.state.DialogService;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A closed comparison window must not stay in memory: it and its view-model once stayed reachable
 * from the main window's language, and were redrawn at every language switch.
 */
@ExtendWith(ApplicationExtension.class)
class CompareWindowLeakTest {

    @TempDir
    Path configDir;

    private Stage main;
    private DialogService dialogs;

    @Start
    void start(Stage stage) {
        AppState state = Fixture.state(configDir, Language.ENGLISH);
        MainWindow.build(stage, state, new WindowDialogs(stage, state), Optional.of("43-4051"), 1000, 700);
        stage.show();
        main = stage;
        dialogs = new WindowDialogs(stage, state);
    }

    @Test
    void closedComparisonWindowsAndTheirViewModelsCanBeCollected(FxRobot robot) throws Exception {
        List<WeakReference<Object>> windows = new ArrayList<>();
        List<WeakReference<Object>> viewModels = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            robot.interact(() -> {
                dialogs.showComparison(List.of("43-4051", "27-3031"));
                Window compare = Window.getWindows().stream().filter(w -> w != main).findFirst().orElseThrow();
                windows.add(new WeakReference<>(compare));
                Object viewModel = compare.getProperties().get(CompareViewModel.class);
                assertTrue(viewModel instanceof CompareViewModel, "the window's view-model");
                viewModels.add(new WeakReference<>(viewModel));
                compare.hide();
            });
        }
        for (int i = 0; i < 50 && stillThere(windows) + stillThere(viewModels) > 0; i++) {
            System.gc();
            Thread.sleep(20);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(0, stillThere(windows), "comparison windows still in memory");
        assertEquals(0, stillThere(viewModels), "comparison view-models still in memory");
    }

    private static long stillThere(List<WeakReference<Object>> references) {
        return references.stream().filter(r -> r.get() != null).count();
    }
}

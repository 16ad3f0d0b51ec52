package org.careerexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.careerexplorer.app.FirstFrame;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.main.MainWindow;
import org.careerexplorer.gui.main.WindowDialogs;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.settings.SettingsStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The main window from nothing to its first frame, once per fresh JVM (the toolkit and the data
 * are ready before the clock starts): what a user waits for after start-up, and what adding the
 * detail's lower sections only after the first frame (BelowTheFold) is meant to shorten. Headless
 * on Monocle with the software renderer, as the UI tests run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class FirstFrameBenchmark {

    /** Whether the detail adds its sections below the pros and cons after the first frame. */
    @Param({"true", "false"})
    public boolean deferBelowTheFold;

    private LoadResult data;

    @Setup(Level.Trial)
    public void startToolkit() throws InterruptedException {
        // Set here rather than on the fork's command line, which -jvmArgsAppend would replace.
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("career-explorer.defer-below-the-fold", Boolean.toString(deferBelowTheFold));
        data = DataLoader.loadBundled();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
    }

    @Benchmark
    public long mainWindowToFirstFrame() throws Exception {
        CompletableFuture<Long> firstFrame = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                AppState state = new AppState(data, new SettingsStore(Files.createTempDirectory("bench-settings")),
                        Locale.ENGLISH, Optional.of(Language.ENGLISH));
                MainWindow.build(stage, state, new WindowDialogs(stage, state), Optional.of("43-4051"), 1280, 800);
                stage.show();
                FirstFrame.then(firstFrame::complete);
            } catch (IOException | RuntimeException e) {
                firstFrame.completeExceptionally(e);
            }
        });
        return firstFrame.get(60, TimeUnit.SECONDS);
    }

    @TearDown(Level.Trial)
    public void stopToolkit() {
        Platform.exit();
    }
}

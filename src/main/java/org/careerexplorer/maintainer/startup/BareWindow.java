package org.careerexplorer.maintainer.startup;

import java.util.Locale;
import org.careerexplorer.app.FirstFrame;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: a Stage with one Label, started by the same JVM with the same
 * flags as the app, exiting after its first frame just as {@code --exit-after-first-frame} does.
 * Not part of the user interface.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The application itself; a nested class so that the launcher starts from a plain class path. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Career Explorer")), 1280, 800));
            stage.show();
            FirstFrame.then(sinceJvmStart -> {
                System.out.printf(Locale.ROOT, "first frame after %d ms%n", sinceJvmStart);
                Platform.exit();
                System.exit(0);
            });
        }
    }
}

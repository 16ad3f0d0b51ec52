package org.careerexplorer.app;

import javafx.application.Application;

/**
 * The main class. It does not extend {@link Application}, so the app starts from a plain class
 * path (jar or jpackage image) without JavaFX having to be on the module path.
 */
public final class AppLauncher {

    private AppLauncher() {
    }

    public static void main(String[] args) {
        // Read the data while JavaFX starts its toolkit: both take a few hundred milliseconds.
        StartupTrace.mark("main");
        DataPreload.start();
        Application.launch(CareerExplorerApp.class, args);
    }
}

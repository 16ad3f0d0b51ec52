package org.careerexplorer.app;

import java.util.concurrent.CompletableFuture;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;

/** Loads the bundled data on a thread of its own, started before the JavaFX toolkit. */
final class DataPreload {

    private static volatile CompletableFuture<LoadResult> loading;

    private DataPreload() {
    }

    static synchronized void start() {
        if (loading == null) {
            loading = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    loading.complete(DataLoader.loadBundled());
                    StartupTrace.mark("data loaded");
                } catch (RuntimeException | Error e) {
                    loading.completeExceptionally(e);
                }
            }, "data-preload");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The loaded data; loads now if nobody started it (as when the app is launched another way). */
    static LoadResult get() {
        start();
        return loading.join();
    }
}

package org.careerexplorer.app;

import java.util.concurrent.CompletableFuture;
import org.careerexplorer.data.DaemonThreads;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;

/** Loads the bundled data on a thread of its own, started before the JavaFX toolkit. */
final class DataPreload {

    private static volatile CompletableFuture<LoadResult> loading;

    private DataPreload() {
    }

    static synchronized void start() {
        if (loading == null) {
            loading = CompletableFuture.supplyAsync(() -> {
                LoadResult data = DataLoader.loadBundled();
                StartupTrace.mark("data loaded");
                return data;
            }, DaemonThreads.named("data-preload"));
        }
    }

    /** The loaded data; loads now if nobody started it (as when the app is launched another way). */
    static LoadResult get() {
        start();
        return loading.join();
    }
}

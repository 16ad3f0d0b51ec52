package org.careerexplorer.data;

import java.util.concurrent.Executor;

/** Work in the background at start-up runs on named threads of its own, which never keep the app from exiting. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Runs each task on a new daemon thread with this name. */
    public static Executor named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }
}

package org.careerexplorer.data;

import java.util.concurrent.Executor;

/** Loading runs on threads of its own, which never keep the app from exiting. */
final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Runs each task on a new daemon thread with this name. */
    static Executor named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }
}

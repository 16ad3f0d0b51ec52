package org.careerexplorer.app;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Prints how long each start-up phase took, when the app runs with
 * {@code -Dcareer-explorer.trace-startup=true}: the figures behind the start-up benchmark.
 */
final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("career-explorer.trace-startup");
    private static final long JVM_START = ON ? ManagementFactory.getRuntimeMXBean().getStartTime() : 0;

    private StartupTrace() {
    }

    /** Prints the milliseconds since the JVM started, the phase and its thread. */
    static void mark(String phase) {
        if (ON) {
            System.out.printf(Locale.ROOT, "%6d ms  %-40s [%s]%n", System.currentTimeMillis() - JVM_START, phase,
                    Thread.currentThread().getName());
        }
    }
}

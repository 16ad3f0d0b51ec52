package org.careerexplorer.app;

import java.lang.management.ManagementFactory;
import java.util.function.LongConsumer;
import javafx.animation.AnimationTimer;

/** Runs a task once the first frame has been drawn: at the second pulse after a window was shown. */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Calls {@code task} with the milliseconds since the JVM started, on the FX thread. */
    public static void then(LongConsumer task) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                task.accept(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
            }
        }.start();
    }
}

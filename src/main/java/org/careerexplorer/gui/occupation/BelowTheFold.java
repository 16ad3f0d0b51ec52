package org.careerexplorer.gui.occupation;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Adds the lower part of a page after the window's first frame: nobody sees it before scrolling,
 * and styling and laying it out (charts and tables) would otherwise hold the window back (about
 * 0.25 s of a cold start, see the README's start-up figures). The first pulse at which the window
 * is showing draws the first frame; the next one adds the deferred nodes.
 * {@code -Dcareer-explorer.defer-below-the-fold=false} adds them at once, for the benchmark that
 * measures what deferring buys (FirstFrameBenchmark).
 */
final class BelowTheFold {

    /** The system property that turns deferring off. */
    static final String PROPERTY = "career-explorer.defer-below-the-fold";

    private final List<Node> deferred = new ArrayList<>();
    private final List<Runnable> afterAttach = new ArrayList<>();
    private AnimationTimer timer;

    /** Takes {@code first} and every child of {@code parent} after it out, until the first frame is drawn. */
    void defer(Pane parent, Node first) {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return;
        }
        List<Node> children = parent.getChildren();
        deferred.addAll(children.subList(children.indexOf(first), children.size()));
        children.removeAll(deferred);
        timer = new AnimationTimer() {
            private boolean firstFrameDrawn;

            @Override
            public void handle(long now) {
                boolean showing = parent.getScene() != null && parent.getScene().getWindow() != null
                        && parent.getScene().getWindow().isShowing();
                if (showing && firstFrameDrawn) {
                    stop();
                    parent.getChildren().addAll(deferred);
                    deferred.clear();
                    afterAttach.forEach(Runnable::run);
                    afterAttach.clear();
                }
                firstFrameDrawn = showing;
            }
        };
        timer.start();
    }

    /** Runs {@code task} now if nothing is deferred, else right after the deferred nodes are added. */
    void whenAttached(Runnable task) {
        if (deferred.isEmpty()) {
            task.run();
        } else {
            afterAttach.add(task);
        }
    }

    /** Stops waiting, for a page that is being thrown away. */
    void cancel() {
        if (timer != null) {
            timer.stop();
        }
        afterAttach.clear();
    }
}

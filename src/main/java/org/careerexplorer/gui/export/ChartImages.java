package org.careerexplorer.gui.export;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Pictures of charts: as images for printing, and as PNG files. */
public final class ChartImages {

    private ChartImages() {
    }

    /** A sharp snapshot of {@code node}, at {@code scale} times its size on screen. Call on the FX thread. */
    public static WritableImage snapshot(Node node, double scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        return node.snapshot(parameters, null);
    }

    /** Writes {@code node} as a PNG at twice its screen size. Call on the FX thread. */
    public static void writePng(Node node, Path file) throws IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(snapshot(node, 2), null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}

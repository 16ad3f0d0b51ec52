package org.careerexplorer.gui.about;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.careerexplorer.gui.util.Bullets;

/** Controller of AboutView.fxml. */
public final class AboutView {

    private final AboutViewModel viewModel;

    @FXML private Label dataVersion;
    @FXML private VBox sourcesList;
    @FXML private Label onetCredit;

    public AboutView(AboutViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        dataVersion.setText(viewModel.dataVersion());
        Bullets.fill(sourcesList, viewModel.sources());
        onetCredit.setText(viewModel.onetCredit());
    }

    public static Parent load(AboutViewModel viewModel, ResourceBundle bundle) {
        FXMLLoader loader = new FXMLLoader(AboutView.class.getResource("AboutView.fxml"), bundle);
        loader.setControllerFactory(type -> new AboutView(viewModel));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load AboutView.fxml", e);
        }
    }
}

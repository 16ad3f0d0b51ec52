package org.careerexplorer.gui.about;

import javafx.fxml.FXML;
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
}

package org.careerexplorer.gui.main;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.careerexplorer.gui.about.AboutView;
import org.careerexplorer.gui.about.AboutViewModel;
import org.careerexplorer.gui.compare.CompareView;
import org.careerexplorer.gui.compare.CompareViewModel;
import org.careerexplorer.gui.explorer.ExplorerView;
import org.careerexplorer.gui.occupation.OccupationView;
import org.careerexplorer.gui.shortlist.ShortlistView;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.settings.Theme;

/** Controller of MainWindow.fxml: menus, Back and Forward, language and theme, the status bar. */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;

    @FXML private BorderPane mainRoot;
    @FXML private Menu languageMenu;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private MenuItem backMenuItem;
    @FXML private MenuItem forwardMenuItem;
    @FXML private Button backButton;
    @FXML private Button forwardButton;
    @FXML private Label dataStatus;
    @FXML private Button problemsButton;
    @FXML private ExplorerView explorerViewController;
    @FXML private OccupationView occupationViewController;
    @FXML private Tab shortlistTab;

    public MainWindowView(MainWindowViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        mainRoot.getProperties().put(MainWindowView.class, this);
        Navigation navigation = viewModel.navigation();
        backButton.disableProperty().bind(navigation.canGoBackProperty().not());
        forwardButton.disableProperty().bind(navigation.canGoForwardProperty().not());
        backMenuItem.disableProperty().bind(navigation.canGoBackProperty().not());
        forwardMenuItem.disableProperty().bind(navigation.canGoForwardProperty().not());

        ToggleGroup languages = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.endonym());
            item.setId("language-" + language.code());
            item.setToggleGroup(languages);
            item.setSelected(language == viewModel.language());
            item.setOnAction(e -> switchLanguage(language));
            languageMenu.getItems().add(item);
        }
        darkThemeItem.setSelected(viewModel.themeProperty().get() == Theme.DARK);

        dataStatus.setText(viewModel.dataStatus());
        problemsButton.setVisible(viewModel.hasDataProblems());
        problemsButton.setManaged(viewModel.hasDataProblems());
        mainRoot.addEventHandler(ExplorerView.OpenDetailEvent.OPEN_DETAIL, e -> occupationViewController.focus());
        shortlistTab.textProperty().bind(viewModel.shortlistViewModel().tabTitleProperty());
        mainRoot.addEventHandler(ShortlistView.CompareRequest.COMPARE,
                e -> openComparison(e.codes()));
        Platform.runLater(this::showNotices);
    }

    /**
     * Reloads the window in {@code language}. All state lives in the view-models, so the open
     * occupation, the filters and the scroll positions survive.
     */
    public void switchLanguage(Language language) {
        if (language == viewModel.language()) {
            return;
        }
        double detailScroll = occupationViewController.scrollPosition();
        explorerViewController.dispose();
        occupationViewController.dispose();
        viewModel.chooseLanguage(language);
        Parent root = MainWindow.load(viewModel);
        Themes.apply(viewModel.themeProperty().get(), root);
        mainRoot.getScene().setRoot(root);
        Window window = root.getScene().getWindow();
        if (window instanceof Stage stage) {
            stage.setTitle(viewModel.text("app.title"));
        }
        MainWindowView reloaded = (MainWindowView) root.getProperties().get(MainWindowView.class);
        if (reloaded != null) {
            Platform.runLater(() -> reloaded.occupationViewController.scrollTo(detailScroll));
        }
    }

    @FXML
    private void toggleTheme() {
        Theme theme = darkThemeItem.isSelected() ? Theme.DARK : Theme.LIGHT;
        viewModel.chooseTheme(theme);
        Themes.apply(theme, mainRoot);
        showNotices();
    }

    @FXML
    private void goBack() {
        viewModel.navigation().goBack();
    }

    @FXML
    private void goForward() {
        viewModel.navigation().goForward();
    }

    @FXML
    private void focusSearch() {
        explorerViewController.focusSearch();
    }

    @FXML
    private void clearFilters() {
        viewModel.explorer().clearFilters();
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    @FXML
    private void showProblems() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(viewModel.text("browse.problems.dialogTitle"));
        alert.setHeaderText(viewModel.hasDataProblems() ? viewModel.text("browse.problems.dialogHeader")
                : viewModel.text("browse.problems.none"));
        if (viewModel.hasDataProblems()) {
            TextArea details = new TextArea(viewModel.dataProblemDetails());
            details.setEditable(false);
            details.setWrapText(true);
            alert.getDialogPane().setContent(details);
        }
        alert.initOwner(mainRoot.getScene().getWindow());
        alert.show();
    }

    /** Opens a window comparing these occupations, or says that two are needed. */
    public void openComparison(List<String> chosen) {
        List<String> codes = viewModel.comparisonFor(chosen);
        if (codes.size() < CompareViewModel.MIN) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, viewModel.text("compare.needTwo"));
            alert.setHeaderText(null);
            alert.initOwner(mainRoot.getScene().getWindow());
            alert.show();
            return;
        }
        var compare = new CompareViewModel(viewModel.data(), viewModel.languageProperty(), codes);
        Parent root = CompareView.load(compare, viewModel.occupation().texts(),
                viewModel.occupation().footer(), viewModel.data().localization().bundle(viewModel.language()));
        root.getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        Themes.apply(viewModel.themeProperty().get(), root);
        Stage window = new Stage();
        window.setTitle(viewModel.text("compare.title") + " – " + viewModel.text("app.title"));
        window.initOwner(mainRoot.getScene().getWindow());
        window.setScene(new Scene(root));
        if (mainRoot.getScene().getWindow() instanceof Stage owner) {
            window.getIcons().setAll(owner.getIcons());
        }
        window.show();
    }

    @FXML
    private void showAbout() {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(viewModel.text("about.title"));
        dialog.setHeaderText(viewModel.text("app.title"));
        dialog.getDialogPane().setContent(AboutView.load(
                new AboutViewModel(viewModel.data(), viewModel.language()),
                viewModel.data().localization().bundle(viewModel.language())));
        // Our own button text: JavaFX would label its CLOSE button in the system language, not the app's.
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(viewModel.text("about.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET).toExternalForm());
        dialog.initOwner(mainRoot.getScene().getWindow());
        dialog.show();
    }

    private void showNotices() {
        for (String notice : viewModel.takeNotices()) {
            Alert alert = new Alert(Alert.AlertType.WARNING, notice);
            alert.setTitle(viewModel.text("settings.title"));
            alert.setHeaderText(viewModel.text("settings.header"));
            if (mainRoot.getScene() != null) {
                alert.initOwner(mainRoot.getScene().getWindow());
            }
            alert.show();
        }
    }
}

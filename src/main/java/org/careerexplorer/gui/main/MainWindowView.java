package org.careerexplorer.gui.main;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.careerexplorer.gui.explorer.ExplorerView;
import org.careerexplorer.gui.occupation.OccupationView;
import org.careerexplorer.gui.shortlist.ShortlistView;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.state.DialogService;
import org.careerexplorer.gui.state.Navigation;
import org.careerexplorer.gui.state.Notice;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.settings.Theme;

/** Controller of MainWindow.fxml: menus, Back and Forward, language and theme, the status bar, notices. */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final AppState state;
    private final DialogService dialogs;
    private Subscription notices = Subscription.EMPTY;

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
    @FXML private ShortlistView shortlistPaneController;
    @FXML private Tab shortlistTab;

    public MainWindowView(MainWindowViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.state = viewModel.state();
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        mainRoot.getProperties().put(MainWindowView.class, this);
        Navigation navigation = state.navigation();
        backButton.disableProperty().bind(navigation.canGoBackProperty().not());
        forwardButton.disableProperty().bind(navigation.canGoForwardProperty().not());
        backMenuItem.disableProperty().bind(navigation.canGoBackProperty().not());
        forwardMenuItem.disableProperty().bind(navigation.canGoForwardProperty().not());

        ToggleGroup languages = new ToggleGroup();
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(language.endonym());
            item.setId("language-" + language.code());
            item.setToggleGroup(languages);
            item.setSelected(language == state.language());
            item.setOnAction(e -> switchLanguage(language));
            languageMenu.getItems().add(item);
        }
        darkThemeItem.setSelected(state.themeProperty().get() == Theme.DARK);

        dataStatus.setText(viewModel.dataStatus());
        problemsButton.setVisible(viewModel.hasDataProblems());
        problemsButton.setManaged(viewModel.hasDataProblems());
        mainRoot.addEventHandler(ExplorerView.OpenDetailEvent.OPEN_DETAIL, e -> occupationViewController.focus());
        shortlistTab.textProperty().bind(viewModel.shortlist().tabTitleProperty());
        // Each notice is shown as it arrives; those from start-up once the window is there to own them.
        notices = state.notices().pending().subscribe(this::showNotices);
        Platform.runLater(this::showNotices);
    }

    /**
     * Reloads the window in {@code language}. All state lives in the view-models, so the open
     * occupation, the filters and the scroll positions survive.
     */
    public void switchLanguage(Language language) {
        if (language == state.language()) {
            return;
        }
        double detailScroll = occupationViewController.scrollPosition();
        dispose();
        state.chooseLanguage(language);
        Parent root = MainWindow.load(viewModel, dialogs);
        Themes.apply(state.themeProperty().get(), root);
        mainRoot.getScene().setRoot(root);
        if (root.getScene().getWindow() instanceof Stage stage) {
            stage.setTitle(state.text("app.title"));
        }
        MainWindowView reloaded = (MainWindowView) root.getProperties().get(MainWindowView.class);
        Platform.runLater(() -> reloaded.occupationViewController.scrollTo(detailScroll));
    }

    /** Lets go of the view-models and the state, for a window that is rebuilt. */
    private void dispose() {
        notices.unsubscribe();
        explorerViewController.dispose();
        occupationViewController.dispose();
        shortlistPaneController.dispose();
    }

    @FXML
    private void toggleTheme() {
        Theme theme = darkThemeItem.isSelected() ? Theme.DARK : Theme.LIGHT;
        state.chooseTheme(theme);
        Themes.apply(theme, mainRoot);
    }

    @FXML
    private void goBack() {
        state.navigation().goBack();
    }

    @FXML
    private void goForward() {
        state.navigation().goForward();
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
        viewModel.showDataProblems();
    }

    @FXML
    private void showAbout() {
        dialogs.showAbout();
    }

    private void showNotices() {
        if (mainRoot.getScene() == null) {
            return; // not shown yet: the call queued by initialize() comes
        }
        for (Notice notice : state.notices().takeAll()) {
            dialogs.showWarning(state.text(notice.titleKey()), state.text(notice.headerKey()),
                    state.format(notice.messageKey(), notice.arguments().toArray()));
        }
    }
}

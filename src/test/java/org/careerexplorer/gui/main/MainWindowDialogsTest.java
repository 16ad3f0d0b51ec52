package org.careerexplorer.gui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.state.DialogService.PrintOutcome;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.settings.SettingsStore;
import org.careerexplorer.settings.Theme;
import org.careerexplorer.testing.Fixture;
import org.careerexplorer.testing.RecordingDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window's commands end to end, with a dialog service that records instead of showing:
 * exports reach the file, print hands over the sheet, notices appear the moment something fails.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowDialogsTest {

    @TempDir
    Path folder;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AppState state;
    private MainWindowViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        show(Fixture.state(folder.resolve("settings"), Language.ENGLISH));
    }

    private void show(AppState shown) {
        state = shown;
        viewModel = MainWindow.build(stage, state, dialogs, Optional.of("43-4051"), 1100, 750);
        stage.show();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void exportCsvFromThePageWritesTheChosenFileAndSaysWhere(FxRobot robot) throws IOException {
        Path file = folder.resolve("customer service.csv");
        dialogs.answerFileChooser(file);
        robot.clickOn("#exportCsvButton");
        assertEquals(List.of("Save as", "Customer service representative.csv", "CSV", "*.csv"),
                dialogs.calls("file").get(0).texts());
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.contains("43-4051,Customer service representative,Wage,Median,Annual,39680"), csv);
        assertEquals(List.of("Saved to " + file + "."), dialogs.calls("information").get(0).texts());
    }

    @Test
    void aCancelledFileChooserWritesNothingAndSaysNothing(FxRobot robot) {
        robot.clickOn("#exportPngButton");
        assertEquals(1, dialogs.calls("file").size());
        assertTrue(dialogs.calls("information").isEmpty() && dialogs.calls("error").isEmpty(), dialogs.calls().toString());
    }

    @Test
    void printHandsTheSheetOverAndSaysWhenThereIsNoPrinter(FxRobot robot) {
        dialogs.answerPrint(PrintOutcome.NO_PRINTER);
        robot.clickOn("#printButton");
        assertEquals(1, dialogs.printed().size());
        assertTrue(dialogs.printed().get(0).lookupAll(".label").stream()
                .anyMatch(n -> "Customer service representative".equals(((javafx.scene.control.Label) n).getText())));
        assertEquals(List.of("No printer is set up on this computer."), dialogs.calls("information").get(0).texts());
    }

    @Test
    void theShortlistAsksForAComparisonOfTheOpenOccupationAndTheStarredOnes(FxRobot robot) {
        robot.interact(() -> {
            state.shortlist().setStarred("27-3031", true);
            robot.lookup("#leftTabs").queryAs(TabPane.class).getSelectionModel().select(1);
        });
        robot.clickOn("#compareButton");
        assertEquals(List.of("43-4051", "27-3031"), dialogs.calls("comparison").get(0).texts());
    }

    @Test
    void aComparisonOfOneSaysThatTwoAreNeeded(FxRobot robot) {
        robot.interact(() -> {
            state.shortlist().setStarred("43-4051", true);
            robot.lookup("#leftTabs").queryAs(TabPane.class).getSelectionModel().select(1);
        });
        robot.clickOn("#compareButton");
        assertTrue(dialogs.calls("comparison").isEmpty());
        assertTrue(dialogs.calls("information").get(0).texts().get(0).startsWith("Choose at least two occupations"));
    }

    @Test
    void savingTroubleIsShownTheMomentItHappens(FxRobot robot) throws IOException {
        // The settings folder is a file: nothing can be saved there.
        Path notAFolder = Files.writeString(folder.resolve("in-the-way"), "x");
        robot.interact(() -> show(new AppState(Fixture.data(), new SettingsStore(notAFolder), Locale.ENGLISH,
                Optional.of(Language.ENGLISH))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.calls("warning").isEmpty(), dialogs.calls().toString());
        robot.clickOn("#shortlistToggle");
        WaitForAsyncUtils.waitForFxEvents();
        List<RecordingDialogs.Call> warnings = dialogs.calls("warning");
        assertEquals(1, warnings.size(), dialogs.calls().toString());
        assertEquals("Your settings", warnings.get(0).texts().get(1));
        assertTrue(warnings.get(0).texts().get(2).startsWith("Your settings could not be saved to " + notAFolder),
                warnings.get(0).texts().get(2));
        assertTrue(state.shortlist().contains("43-4051"), "the star stays for this session");
        // Told once: a second failure does not repeat it.
        robot.clickOn("#shortlistToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.calls("warning").size());
    }

    @Test
    void theDarkThemeTurnsOnAndOffAndIsRemembered(FxRobot robot) {
        CheckMenuItem dark = (CheckMenuItem) menuItem(robot, "darkThemeItem");
        PseudoClass darkClass = PseudoClass.getPseudoClass("dark");
        assertFalse(stage.getScene().getRoot().getPseudoClassStates().contains(darkClass));
        robot.interact(() -> {
            dark.setSelected(true);
            dark.fire();
        });
        assertTrue(stage.getScene().getRoot().getPseudoClassStates().contains(darkClass));
        assertEquals(Theme.DARK, new SettingsStore(folder.resolve("settings")).load().settings().theme());
        robot.interact(() -> {
            dark.setSelected(false);
            dark.fire();
        });
        assertFalse(stage.getScene().getRoot().getPseudoClassStates().contains(darkClass));
        assertEquals(Theme.LIGHT, new SettingsStore(folder.resolve("settings")).load().settings().theme());
    }

    @Test
    void aboutAndTheDataProblemsOpenThroughTheService(FxRobot robot) {
        robot.interact(() -> menuItem(robot, "aboutMenuItem").fire());
        assertEquals(1, dialogs.calls("about").size());
        robot.interact(viewModel::showDataProblems);
        assertEquals(List.of("Problems in the data files", "All data loaded.", ""), dialogs.calls("text").get(0).texts());
    }
}

package org.careerexplorer.gui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.controls.WageBarChart;
import org.careerexplorer.gui.explorer.OccupationCardModel;
import org.careerexplorer.gui.occupation.RelatedJobRow;
import org.careerexplorer.gui.occupation.WageRow;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.settings.SettingsStore;
import org.careerexplorer.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window, driven headless through the fx:ids it promises. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final LoadResult DATA = Fixture.data();

    /** A settings folder of each test's own. */
    @TempDir
    Path configDir;

    private MainWindowViewModel viewModel;
    private AppState state;

    @Start
    void start(Stage stage) {
        state = new AppState(DATA, new SettingsStore(configDir.resolve("config")), Locale.ENGLISH, Optional.of(Language.ENGLISH));
        viewModel = MainWindow.build(stage, state, new WindowDialogs(stage, state), Optional.of("43-4051"), 1280, 800);
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private static ListView<OccupationCardModel> list(FxRobot robot) {
        return robot.lookup("#occupationList").queryListView();
    }

    @SuppressWarnings("unchecked")
    private static WageBarChart chart(FxRobot robot) {
        return robot.lookup("#wageChart").queryAs(WageBarChart.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static Menu languageMenu(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .filter(m -> "languageMenu".equals(m.getId())).findFirst().orElseThrow();
    }

    @Test
    void educationFilterInBothModesUpdatesTheCount(FxRobot robot) {
        ComboBox<EducationLevel> filter = robot.lookup("#educationFilter").queryComboBox();
        assertTrue(robot.lookup("#educationMode").query().isDisabled(), "no mode without a level");
        robot.interact(() -> filter.setValue(EducationLevel.HIGH_SCHOOL));
        int upTo = list(robot).getItems().size();
        assertEquals(upTo + " of 13 occupations", text(robot, "#matchCount"));
        assertTrue(list(robot).getItems().stream().anyMatch(c -> c.code().equals("41-2031"))); // no formal credential
        robot.clickOn("#modeExactly");
        int exactly = list(robot).getItems().size();
        assertEquals(exactly + " of 13 occupations", text(robot, "#matchCount"));
        assertTrue(exactly < upTo);
        assertFalse(list(robot).getItems().stream().anyMatch(c -> c.code().equals("41-2031")));
        assertTrue(list(robot).getItems().stream().allMatch(c -> c.education() == EducationLevel.HIGH_SCHOOL));
        robot.clickOn("#modeUpTo");
        assertEquals(upTo + " of 13 occupations", text(robot, "#matchCount"));
    }

    @Test
    void searchAsYouTypeAndEscapeClears(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        assertTrue(search.isFocused());
        robot.write("bank teller");
        assertEquals(List.of("43-3071"), list(robot).getItems().stream().map(OccupationCardModel::code).toList());
        assertEquals("1 of 13 occupations", text(robot, "#matchCount"));
        robot.write("xyz");
        assertTrue(list(robot).getItems().isEmpty());
        assertTrue(robot.lookup("#clearFiltersButton").tryQuery().isPresent(), "an empty result offers to clear");
        robot.type(KeyCode.ESCAPE);
        assertEquals("", search.getText());
        assertEquals(Fixture.SIZE, list(robot).getItems().size());
    }

    @Test
    void openingACardShowsItsDetail(FxRobot robot) {
        robot.clickOn("#searchField").write("concierge");
        // The related-jobs table names concierges too: click the card in the list.
        robot.clickOn(robot.lookup("#occupationList .list-cell").match((javafx.scene.control.ListCell<OccupationCardModel> cell) ->
                cell.getItem() != null && cell.getItem().code().equals("39-6012")).queryAs(javafx.scene.Node.class));
        assertEquals("Concierge", text(robot, "#detailTitle"));
        assertEquals("US occupation code (SOC) 39-6012", text(robot, "#detailCode"));
        assertEquals("$37,150", chart(robot).valueLabels().get(2)); // the May 2023 median
        robot.clickOn("#backButton");
        assertEquals("Customer service representative", text(robot, "#detailTitle"));
    }

    @Test
    void enterOnASelectedCardOpensIt(FxRobot robot) {
        ListView<OccupationCardModel> list = list(robot);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        assertEquals(list.getItems().get(0).title(), text(robot, "#detailTitle"));
    }

    @Test
    void wageChartAndTableShowCustomerServiceFiguresFor2018AndSwitchToHourly(FxRobot robot) {
        ComboBox<org.careerexplorer.gui.occupation.WageYearChoice> year = robot.lookup("#wageYear").queryComboBox();
        assertEquals("May 2023", year.getValue().toString());
        robot.interact(() -> year.setValue(year.getItems().stream().filter(y -> "May 2018".equals(y.label()))
                .findFirst().orElseThrow()));
        assertEquals(List.of("$22,140", "$26,730", "$33,750", "$42,970", "$55,310"), chart(robot).valueLabels());
        TableView<WageRow> wageTable = table(robot, "#wageTable");
        assertEquals(List.of("$22,140", "$26,730", "$33,750", "$42,970", "$55,310", "$36,470"),
                wageTable.getItems().stream().map(r -> r.values().get(0)).toList());
        assertEquals(5, chart(robot).getData().get(0).getData().size());
        // Two lines under each bar, so that long names in any language stay level.
        assertEquals(List.of("Lowest\n10%", "Lowest\n25%", "Median", "Top\n25%", "Top\n10%"),
                ((CategoryAxis) chart(robot).getXAxis()).getCategories());

        robot.interact(() -> robot.lookup("#wageHourly").queryAs(ToggleButton.class).fire());
        assertEquals(List.of("$10.65", "$12.85", "$16.23", "$20.66", "$26.59"), chart(robot).valueLabels());
        assertEquals("$16.23", wageTable.getItems().get(2).values().get(0));
        assertTrue(text(robot, "#wageCaption").startsWith("US dollars per hour."), text(robot, "#wageCaption"));
    }

    @Test
    void relatedJobOpensAndBackAndForwardReturn(FxRobot robot) {
        TableView<RelatedJobRow> related = table(robot, "#relatedJobsTable");
        assertTrue(related.getItems().size() >= 9);
        int row = related.getItems().stream().map(RelatedJobRow::code).toList().indexOf("11-9081");
        robot.interact(() -> {
            related.scrollTo(row);
            related.getSelectionModel().select(row);
            related.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        assertEquals("Lodging manager", text(robot, "#detailTitle"));
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        assertEquals("Customer service representative", text(robot, "#detailTitle"));
        assertFalse(robot.lookup("#forwardButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#forwardButton");
        assertEquals("Lodging manager", text(robot, "#detailTitle"));
    }

    @Test
    void relatedJobsSortByPay(FxRobot robot) {
        TableView<RelatedJobRow> related = table(robot, "#relatedJobsTable");
        robot.interact(() -> {
            related.getSortOrder().setAll(related.getColumns().stream()
                    .filter(c -> "relatedPayColumn".equals(c.getId())).findFirst().orElseThrow());
            related.sort();
        });
        List<Double> pay = related.getItems().stream().map(r -> r.medianPay().key().orElse(Double.MAX_VALUE)).toList();
        assertEquals(pay.stream().sorted().toList(), pay);
    }

    @Test
    void switchingTheLanguageChangesTextsAndNumbersAndKeepsTheState(FxRobot robot) {
        robot.interact(() -> robot.lookup("#educationFilter").queryComboBox().getSelectionModel().select(EducationLevel.HIGH_SCHOOL));
        robot.interact(() -> robot.lookup("#wageHourly").queryAs(ToggleButton.class).fire());
        robot.interact(() -> robot.lookup("#detailScroll").queryAs(ScrollPane.class).setVvalue(0.6));
        MenuItem german = languageMenu(robot).getItems().stream().filter(i -> "language-de".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(german::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Kundenservicemitarbeiter/in", text(robot, "#detailTitle"));
        assertEquals(list(robot).getItems().size() + " von 13 Berufen", text(robot, "#matchCount"));
        assertEquals(List.of("14,21\u00a0$", "16,72\u00a0$", "19,08\u00a0$", "23,31\u00a0$", "29,45\u00a0$"),
                chart(robot).valueLabels());
        assertEquals(EducationLevel.HIGH_SCHOOL, robot.lookup("#educationFilter").queryComboBox().getValue());
        assertEquals("43-4051", list(robot).getSelectionModel().getSelectedItem().code());
        assertTrue(robot.lookup("#wageHourly").queryAs(ToggleButton.class).isSelected());
        // The reloaded detail adds its lower sections after a frame; the scroll position waits for them.
        assertEquals(0.6, robot.lookup("#detailScroll").queryAs(ScrollPane.class).getVvalue(), 0.01);
        assertEquals("Sprache", languageMenu(robot).getText());
        assertEquals(Optional.of(Language.GERMAN), new SettingsStore(configDir.resolve("config")).load().settings().language());
    }

    @Test
    void shortlistStarsSurviveARestartAndCompareSpellsOutTheDifferences(FxRobot robot) {
        robot.clickOn("#shortlistToggle");
        assertTrue(state.shortlist().contains("43-4051"));
        robot.clickOn("#searchField").write("public relations specialist");
        robot.clickOn(robot.lookup("#occupationList .list-cell").match((javafx.scene.control.ListCell<OccupationCardModel> cell) ->
                cell.getItem() != null && cell.getItem().code().equals("27-3031")).queryAs(javafx.scene.Node.class));
        robot.clickOn("#shortlistToggle");
        assertEquals(List.of("43-4051", "27-3031"), state.shortlist().codes());

        // The shortlist panel lists both, and they are still there for a window made anew from disk.
        robot.interact(() -> robot.lookup("#leftTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1));
        ListView<?> shortlist = robot.lookup("#shortlistView").queryListView();
        assertEquals(2, shortlist.getItems().size());
        AppState restarted = new AppState(DATA, new SettingsStore(configDir.resolve("config")), Locale.ENGLISH,
                Optional.of(Language.ENGLISH));
        assertEquals(List.of("43-4051", "27-3031"), restarted.shortlist().codes());

        // Nothing selected: the open occupation (public relations) is compared with the shortlist.
        robot.clickOn("#compareButton");
        WageBarChart compare = robot.lookup("#compareChart").queryAs(WageBarChart.class);
        assertEquals(2, compare.getData().size());
        assertEquals("$66,750", compare.valueLabels().get(2));
        assertEquals("$39,680", compare.valueLabels().get(7));
        assertEquals("\u2212$27,070 (\u221240.6%)", robot.lookup("#compare-3-1").queryLabeled().getText());
        assertEquals("\u22124 steps", robot.lookup("#compare-5-1").queryLabeled().getText());
        // The summaries of different lengths in the first row start on the same line.
        assertEquals(VPos.TOP, GridPane.getValignment(robot.lookup("#compare-1-0").query()));
        assertEquals(VPos.TOP, GridPane.getValignment(robot.lookup("#compare-1-1").query()));
        robot.interact(() -> compare.getScene().getWindow().hide());

        // Unstarring removes it from the panel and from disk.
        robot.interact(() -> state.shortlist().setStarred("27-3031", false));
        assertEquals(1, shortlist.getItems().size());
        assertEquals(List.of("43-4051"), new SettingsStore(configDir.resolve("config")).load().settings().shortlist());
    }

    @Test
    void wageChartIsSavedAsAPngTwiceItsScreenSize(FxRobot robot) throws Exception {
        Path file = configDir.resolve("chart.png");
        WageBarChart chart = chart(robot);
        robot.interact(() -> {
            try {
                org.careerexplorer.gui.export.ChartImages.writePng(chart, file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        assertEquals(Math.round(chart.getWidth() * 2), image.getWidth(), 2);
        assertEquals(Math.round(chart.getHeight() * 2), image.getHeight(), 2);
    }

    @Test
    void printSheetIsLaidOutForPaperAndCutIntoPages(FxRobot robot) {
        WageBarChart chart = chart(robot);
        java.util.concurrent.atomic.AtomicReference<javafx.scene.layout.VBox> built = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            built.set(org.careerexplorer.gui.occupation.OccupationSheet.of(viewModel.occupation(), chart));
            org.careerexplorer.gui.export.Printing.layOut(built.get(), 500);
        });
        javafx.scene.layout.VBox sheet = built.get();
        assertEquals(500, sheet.getWidth(), 0.5);
        assertTrue(sheet.getHeight() > 700, "a full occupation needs more than one page: " + sheet.getHeight());
        List<String> texts = sheet.lookupAll(".label").stream().map(n -> ((javafx.scene.control.Label) n).getText()).toList();
        assertTrue(texts.contains("Customer service representative"), texts.toString());
        assertTrue(texts.contains("Advantages") && texts.contains("Pay") && texts.contains("Sources"), texts.toString());
        assertTrue(sheet.lookupAll(".label").stream().allMatch(n -> n.getStyle().contains("-fx-text-fill")),
                "black on white whatever the screen theme");
        robot.interact(() -> org.careerexplorer.gui.export.Printing.showPage(sheet, 700, 500, 700));
        assertEquals(-700, sheet.getTranslateY());
        assertEquals(700, ((javafx.scene.shape.Rectangle) sheet.getClip()).getY());
    }
}


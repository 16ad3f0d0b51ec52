package org.careerexplorer.gui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.EducationFilter;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.testing.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Needs no toolkit: the view-model is plain JavaFX properties over the model. */
class ExplorerViewModelTest {

    private static final LoadResult DATA = Fixture.data();

    @TempDir
    Path settings;
    private AppState state;
    private ExplorerViewModel viewModel;

    @BeforeEach
    void openTheBrowser() {
        state = Fixture.state(settings, Language.ENGLISH);
        viewModel = new ExplorerViewModel(state);
    }

    private List<String> codes() {
        return viewModel.visibleOccupations().stream().map(OccupationCardModel::code).toList();
    }

    private long countWith(java.util.function.Predicate<EducationLevel> level) {
        return DATA.catalog().occupations().stream()
                .filter(o -> o.typicalEducation().map(e -> level.test(e.level())).orElse(false)).count();
    }

    @Test
    void listsEveryOccupationSortedByTitle() {
        assertEquals(Fixture.SIZE, viewModel.visibleOccupations().size());
        assertEquals("13 of 13 occupations", viewModel.matchCountProperty().get());
        java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
        List<String> titles = viewModel.visibleOccupations().stream().map(OccupationCardModel::title).toList();
        assertEquals(titles.stream().sorted(collator).toList(), titles);
    }

    @Test
    void searchMatchesTranslatedAndEnglishTitlesAndCodesIgnoringCaseAndAccents() {
        state.chooseLanguage(Language.GREEK);
        viewModel.searchTextProperty().set("υπαλληλος εξυπηρετησης πελατων");
        assertTrue(codes().contains("43-4051"), codes().toString());
        viewModel.searchTextProperty().set("Customer SERVICE representative");
        assertEquals(List.of("43-4051"), codes());
        viewModel.searchTextProperty().set("43-41");
        assertEquals(List.of("43-4121", "43-4151", "43-4171"), codes().stream().sorted().toList());
    }

    @Test
    void educationFilterExactlyOrUpToTheLevel() {
        viewModel.educationLevelProperty().set(EducationLevel.HIGH_SCHOOL);
        viewModel.educationModeProperty().set(EducationFilter.Mode.EXACTLY);
        assertEquals(countWith(l -> l == EducationLevel.HIGH_SCHOOL), codes().size());
        assertTrue(codes().contains("43-4051"));
        assertFalse(codes().contains("41-2031")); // retail salespersons need no formal credential
        viewModel.educationModeProperty().set(EducationFilter.Mode.UP_TO);
        long upTo = countWith(l -> l.isReachedWith(EducationLevel.HIGH_SCHOOL));
        assertEquals(upTo, codes().size());
        assertTrue(codes().contains("41-2031"));
        assertFalse(codes().contains("27-3031")); // public relations specialists need a bachelor's degree
        assertEquals(upTo + " of 13 occupations", viewModel.matchCountProperty().get());
    }

    @Test
    void groupFilterKeepsOneMajorGroup() {
        viewModel.majorGroupProperty().set("43");
        assertTrue(codes().stream().allMatch(c -> c.startsWith("43-")));
        assertTrue(codes().contains("43-4051"));
        viewModel.clearFilters();
        assertEquals(Fixture.SIZE, codes().size());
    }

    @Test
    void emptyResultIsFlaggedAndClearingFiltersRestoresAll() {
        viewModel.searchTextProperty().set("zzzz");
        assertTrue(viewModel.emptyProperty().get());
        assertEquals("0 of 13 occupations", viewModel.matchCountProperty().get());
        viewModel.clearFilters();
        assertFalse(viewModel.emptyProperty().get());
        assertEquals(Fixture.SIZE, codes().size());
    }

    @Test
    void sortsByPayEducationAndGrowth() {
        viewModel.sortOrderProperty().set(SortOrder.MEDIAN_PAY);
        List<Double> pay = viewModel.visibleOccupations().stream().filter(c -> c.medianAnnual().isPresent())
                .map(c -> c.medianAnnual().getAsDouble()).toList();
        assertEquals(pay.stream().sorted(java.util.Comparator.reverseOrder()).toList(), pay);
        viewModel.sortOrderProperty().set(SortOrder.EDUCATION);
        List<EducationLevel> levels = viewModel.visibleOccupations().stream().map(OccupationCardModel::education)
                .filter(java.util.Objects::nonNull).toList();
        assertEquals(levels.stream().sorted().toList(), levels);
        viewModel.sortOrderProperty().set(SortOrder.GROWTH);
        List<Double> growth = viewModel.visibleOccupations().stream().filter(c -> c.growth().isPresent())
                .map(c -> c.growth().getAsDouble()).toList();
        assertEquals(growth.stream().sorted(java.util.Comparator.reverseOrder()).toList(), growth);
    }

    @Test
    void switchingTheLanguageRetitlesAndReformats() {
        state.chooseLanguage(Language.GERMAN);
        OccupationCardModel csr = viewModel.visibleOccupations().stream().filter(c -> c.code().equals("43-4051"))
                .findFirst().orElseThrow();
        assertEquals("Kundenservicemitarbeiter/in", csr.title());
        assertEquals("39.680\u00a0$ pro Jahr (Mai 2023)", csr.payText());
    }
}

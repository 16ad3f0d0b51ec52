package org.careerexplorer.gui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.EducationFilter;
import org.careerexplorer.model.EducationLevel;
import org.junit.jupiter.api.Test;

/** Needs no toolkit: the view-model is plain JavaFX properties over the model. */
class ExplorerViewModelTest {

    private static final LoadResult DATA = DataLoader.loadBundled();

    private final SimpleObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ENGLISH);
    private final ExplorerViewModel viewModel = new ExplorerViewModel(DATA, language);

    private List<String> codes() {
        return viewModel.visibleOccupations().stream().map(OccupationCardModel::code).toList();
    }

    @Test
    void listsEveryOccupationByTitle() {
        assertEquals(10, viewModel.visibleOccupations().size());
        assertEquals("Bank teller", viewModel.visibleOccupations().get(0).title());
        assertEquals("10 of 10 occupations", viewModel.matchCountProperty().get());
    }

    @Test
    void searchMatchesTranslatedAndEnglishTitlesAndCodesIgnoringCaseAndAccents() {
        language.set(Language.GREEK);
        viewModel.searchTextProperty().set("υπαλληλος εξυπηρετησης");
        assertEquals(List.of("43-4051"), codes());
        viewModel.searchTextProperty().set("Customer SERVICE");
        assertEquals(List.of("43-4051"), codes());
        viewModel.searchTextProperty().set("43-41");
        assertEquals(List.of("43-4121", "43-4151", "43-4171"), codes().stream().sorted().toList());
    }

    @Test
    void educationFilterExactlyOrUpToTheLevel() {
        viewModel.educationLevelProperty().set(EducationLevel.HIGH_SCHOOL);
        viewModel.educationModeProperty().set(EducationFilter.Mode.EXACTLY);
        // Six need a high school diploma (2024); retail salespersons need no formal credential,
        // so only "up to" includes them; order clerks now need some college, so neither does.
        assertEquals(List.of("11-9081", "39-6012", "43-3071", "43-4051", "43-4121", "43-4171"),
                codes().stream().sorted().toList());
        viewModel.educationModeProperty().set(EducationFilter.Mode.UP_TO);
        assertEquals(7, codes().size());
        assertTrue(codes().contains("41-2031"));
        assertFalse(codes().contains("43-4151"));
        assertEquals("7 of 10 occupations", viewModel.matchCountProperty().get());
        viewModel.educationLevelProperty().set(EducationLevel.BACHELOR);
        assertEquals(10, codes().size());
    }

    @Test
    void emptyResultIsFlaggedAndClearingFiltersRestoresAll() {
        viewModel.searchTextProperty().set("astronaut");
        assertTrue(viewModel.emptyProperty().get());
        assertEquals("0 of 10 occupations", viewModel.matchCountProperty().get());
        viewModel.clearFilters();
        assertFalse(viewModel.emptyProperty().get());
        assertEquals(10, codes().size());
    }

    @Test
    void sortsByPayEducationAndGrowth() {
        viewModel.sortOrderProperty().set(SortOrder.MEDIAN_PAY);
        assertEquals("11-9081", codes().get(0)); // lodging managers, $53,390 (2018)
        assertEquals("41-2031", codes().get(9)); // retail salespersons, $23,210 (2017)
        viewModel.sortOrderProperty().set(SortOrder.EDUCATION);
        assertEquals("41-2031", codes().get(0)); // no formal credential
        assertEquals("27-3031", codes().get(9)); // bachelor's degree
        viewModel.sortOrderProperty().set(SortOrder.GROWTH);
        assertEquals("43-4051", codes().get(0)); // the only one with a projection
    }

    @Test
    void switchingTheLanguageRetitlesAndReformats() {
        language.set(Language.GERMAN);
        OccupationCardModel csr = viewModel.visibleOccupations().stream().filter(c -> c.code().equals("43-4051"))
                .findFirst().orElseThrow();
        assertEquals("Kundenservicemitarbeiter/in", csr.title());
        assertTrue(csr.payText().contains("33.750"), csr.payText());
    }
}

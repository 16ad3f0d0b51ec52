package org.careerexplorer.gui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.i18n.Language;
import org.junit.jupiter.api.Test;

/** Needs no toolkit: the view-model is plain JavaFX properties over the model. */
class ExplorerViewModelTest {

    private static final LoadResult DATA = DataLoader.loadBundled();

    @Test
    void listsEveryOccupationByTitleInTheCurrentLanguage() {
        ExplorerViewModel viewModel = new ExplorerViewModel(DATA, Language.ENGLISH);
        assertEquals(10, viewModel.occupations().size());
        assertEquals("Bank teller", viewModel.occupations().get(0).title());
        assertEquals("10 occupations", viewModel.countTextProperty().get());
    }

    @Test
    void switchingTheLanguageRetitlesTheList() {
        ExplorerViewModel viewModel = new ExplorerViewModel(DATA, Language.ENGLISH);
        viewModel.languageProperty().set(Language.ESTONIAN);
        OccupationItem csr = viewModel.occupations().stream().filter(i -> i.code().equals("43-4051")).findFirst().orElseThrow();
        assertEquals("Klienditeenindaja", csr.title());
        assertFalse(csr.titleIsFallback());
    }
}

package org.careerexplorer.gui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.EducationFilter;
import org.careerexplorer.model.EducationLevel;
import org.junit.jupiter.api.Test;

/** The index's one pass over arrays must pick exactly the cards that testing each card would. */
class CardIndexTest {

    private static final List<OccupationCardModel> CARDS = List.copyOf(new ExplorerViewModel(DataLoader.loadBundled(),
            new SimpleObjectProperty<>(Language.GERMAN)).visibleOccupations());

    private static List<OccupationCardModel> oneByOne(SearchText query, EducationFilter education, String group) {
        return CARDS.stream()
                .filter(c -> c.searchKey().contains(query))
                .filter(c -> education == null || (c.education() != null && education.accepts(c.education())))
                .filter(c -> group == null || c.code().startsWith(group + "-"))
                .toList();
    }

    @Test
    void picksTheSameCardsInTheSameOrderAsTestingEachCard() {
        CardIndex index = new CardIndex(CARDS);
        List<EducationFilter> educationFilters = new ArrayList<>();
        educationFilters.add(null);
        for (EducationLevel level : EducationLevel.values()) {
            Arrays.stream(EducationFilter.Mode.values()).forEach(mode -> educationFilters.add(new EducationFilter(level, mode)));
        }
        int nonEmpty = 0;
        for (String query : List.of("", "a", "ER", "techni", "kaufmann", "43-", "ärzt", "zzz")) {
            for (EducationFilter education : educationFilters) {
                for (String group : Arrays.asList(null, "29", "43", "99")) {
                    SearchText folded = SearchText.of(query);
                    List<OccupationCardModel> expected = oneByOne(folded, education, group);
                    assertEquals(expected, index.matching(folded, education, group), query + " " + education + " " + group);
                    nonEmpty += expected.isEmpty() ? 0 : 1;
                }
            }
        }
        assertTrue(nonEmpty > 100, "the cases should mostly find something, found in " + nonEmpty);
        assertEquals(CARDS, index.matching(SearchText.of(""), null, null));
    }
}

package org.careerexplorer.gui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.careerexplorer.data.LoadReport;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.Localization;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.EducationFilter;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.EducationRequirement;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.OccupationCatalog;
import org.careerexplorer.model.Source;
import org.careerexplorer.settings.SettingsStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index's one pass over arrays must pick exactly the cards that testing each card would. */
class CardIndexTest {

    @TempDir
    static Path settings;
    private static List<OccupationCardModel> cards;

    @BeforeAll
    static void makeCards() {
        AppState state = new AppState(generated(2_000), new SettingsStore(settings), Locale.GERMAN, Optional.of(Language.GERMAN));
        cards = List.copyOf(new ExplorerViewModel(state).visibleOccupations());
    }

    /** Occupations with German titles made of common parts, in many groups and at every level; the same every run. */
    private static LoadResult generated(int count) {
        Random random = new Random(7);
        String[] parts = {"Kaufmann", "Ärztin", "Techniker", "Fachkraft", "Assistent", "Berater", "Mechatroniker",
                "Verkäuferin", "Pflege", "Erzieher", "Elektroniker", "Sachbearbeiter", "Koch", "Lehrerin"};
        String[] groups = {"11", "13", "15", "29", "31", "35", "41", "43", "47", "53"};
        Source source = new Source("gen", "Generated", "Test", 2024, Optional.empty(), Optional.empty());
        List<Occupation> occupations = new ArrayList<>();
        Map<String, Object> titles = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String code = groups[random.nextInt(groups.length)] + "-" + String.format(Locale.ROOT, "%04d", i);
            int level = random.nextInt(EducationLevel.values().length + 1);
            List<EducationRequirement> education = level == EducationLevel.values().length ? List.of()
                    : List.of(new EducationRequirement(EducationLevel.values()[level], 2024, source));
            occupations.add(new Occupation(code, education, Optional.empty(), List.of(), List.of(), List.of(),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty()));
            titles.put(TextKeys.title(code), parts[random.nextInt(parts.length)] + "/in für "
                    + parts[random.nextInt(parts.length)] + " " + i);
        }
        return new LoadResult(new OccupationCatalog("generated", occupations, List.of(source), Optional.empty()),
                new Localization(Map.of(Language.GERMAN, titles, Language.ENGLISH, titles)), new LoadReport());
    }

    private static List<OccupationCardModel> oneByOne(SearchText query, EducationFilter education, String group) {
        return cards.stream()
                .filter(c -> c.searchKey().contains(query))
                .filter(c -> education == null || (c.education() != null && education.accepts(c.education())))
                .filter(c -> group == null || c.code().startsWith(group + "-"))
                .toList();
    }

    @Test
    void picksTheSameCardsInTheSameOrderAsTestingEachCard() {
        CardIndex index = new CardIndex(cards);
        List<EducationFilter> educationFilters = new ArrayList<>();
        educationFilters.add(null);
        for (EducationLevel level : EducationLevel.values()) {
            Arrays.stream(EducationFilter.Mode.values()).forEach(mode -> educationFilters.add(new EducationFilter(level, mode)));
        }
        int nonEmpty = 0;
        for (String query : List.of("", "a", "ER", "techni", "kaufmann", "43-", "ärzt", "in für pflege", "zzz")) {
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
        assertEquals(cards, index.matching(SearchText.of(""), null, null));
    }
}

package org.careerexplorer.gui.explorer;

import java.util.ArrayList;
import java.util.List;
import org.careerexplorer.model.EducationFilter;
import org.careerexplorer.model.EducationLevel;

/**
 * The cards in display order, with what the filters test copied into arrays. A keystroke is one
 * pass over these arrays that touches no card but the matches: about a millisecond on 50,000
 * occupations, where testing each card object in turn took many (see FilterBenchmark).
 */
final class CardIndex {

    private final List<OccupationCardModel> cards;
    private final long[] chars;
    private final long[] pairs;
    private final String[] folded;
    private final EducationLevel[] education;
    private final String[] codes;

    CardIndex(List<OccupationCardModel> cards) {
        this.cards = List.copyOf(cards);
        int size = cards.size();
        chars = new long[size];
        pairs = new long[size];
        folded = new String[size];
        education = new EducationLevel[size];
        codes = new String[size];
        for (int i = 0; i < size; i++) {
            OccupationCardModel card = cards.get(i);
            chars[i] = card.searchKey().chars();
            pairs[i] = card.searchKey().pairs();
            folded[i] = card.searchKey().folded();
            education[i] = card.education();
            codes[i] = card.code();
        }
    }

    /** All cards, in display order. */
    List<OccupationCardModel> cards() {
        return cards;
    }

    /**
     * The cards, in display order, whose text contains {@code query} (all if it is empty), whose
     * typical education {@code educationFilter} accepts (all if null) and whose SOC major group is
     * {@code majorGroup} (all if null).
     */
    List<OccupationCardModel> matching(SearchText query, EducationFilter educationFilter, String majorGroup) {
        String groupPrefix = majorGroup == null ? null : majorGroup + "-";
        List<OccupationCardModel> matches = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            if (!query.isEmpty() && !query.isIn(chars[i], pairs[i], folded[i])) {
                continue;
            }
            if (educationFilter != null && (education[i] == null || !educationFilter.accepts(education[i]))) {
                continue;
            }
            if (groupPrefix != null && !codes[i].startsWith(groupPrefix)) {
                continue;
            }
            matches.add(cards.get(i));
        }
        return matches;
    }
}

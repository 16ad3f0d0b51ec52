package org.careerexplorer.gui.state;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.careerexplorer.model.OccupationCatalog;

/** Which occupations a comparison shows: two to four, and only ones the data has. */
public final class Comparison {

    public static final int MIN = 2;
    public static final int MAX = 4;

    private Comparison() {
    }

    /**
     * The chosen occupations if there are at least two; otherwise the open one, the chosen one and
     * then the shortlist. Codes the data lacks are left out, and at most {@link #MAX} are taken.
     */
    public static List<String> codesFor(List<String> chosen, Optional<String> open, List<String> shortlist,
                                        OccupationCatalog catalog) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        if (chosen.size() >= MIN) {
            codes.addAll(chosen);
        } else {
            open.ifPresent(codes::add);
            codes.addAll(chosen);
            codes.addAll(shortlist);
        }
        return codes.stream().filter(c -> catalog.byCode(c).isPresent()).limit(MAX).toList();
    }
}

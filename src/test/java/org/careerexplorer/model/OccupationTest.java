package org.careerexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class OccupationTest {

    private static final Source SOURCE = new Source("s", "Survey", "Publisher", 2018, Optional.empty(), Optional.empty());
    private static final int YEAR = FigureRefSamples.YEAR;

    private static final Occupation WITHOUT_FIGURES = new Occupation("43-4051", List.of(), Optional.empty(), List.of(),
            List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
            Optional.empty(), Optional.empty());

    @Test
    void everyKindOfFigureIsFoundWhereTheOccupationHasItAndOnlyThere() throws ReflectiveOperationException {
        Occupation withEveryFigure = FigureRefSamples.occupationWithEveryFigure(SOURCE, List.of());
        List<FigureRef> kinds = FigureRefSamples.allKinds();
        assertEquals(FigureRef.class.getPermittedSubclasses().length, kinds.size());
        for (FigureRef figure : kinds) {
            assertTrue(withEveryFigure.has(figure), figure::toString);
            assertFalse(WITHOUT_FIGURES.has(figure), figure::toString);
        }
    }

    @Test
    void openingsNeedAProjectionThatGivesThem() {
        Occupation withoutOpenings = new Occupation("43-4051", List.of(), Optional.empty(), List.of(), List.of(),
                List.of(new Projection(YEAR, YEAR + 10, OptionalDouble.of(2), Optional.empty(), OptionalDouble.empty(), SOURCE)),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty());
        assertTrue(withoutOpenings.has(new FigureRef.Outlook(YEAR, YEAR + 10)));
        assertFalse(withoutOpenings.has(new FigureRef.Openings(YEAR, YEAR + 10)));
    }
}

package org.careerexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OccupationTest {

    private static final Source SOURCE = new Source("s", "Survey", "Publisher", 2018, Optional.empty(), Optional.empty());
    private static final int YEAR = FigureRefSamples.YEAR;

    /** An occupation with every kind of figure, for the sample year. */
    private static final Occupation WITH_EVERY_FIGURE = new Occupation("43-4051",
            List.of(new EducationRequirement(EducationLevel.HIGH_SCHOOL, YEAR, SOURCE)),
            Optional.of(new Training(OnTheJobTraining.SHORT_TERM, WorkExperience.NONE, SOURCE)),
            List.of(new WageObservation(YEAR, OptionalInt.empty(), SOURCE, Optional.empty(),
                    Map.of(FigureRefSamples.PERIOD, Map.of(FigureRefSamples.STATISTIC, WageValue.published(1000))))),
            List.of(new Employment(100, YEAR, SOURCE)),
            List.of(new Projection(YEAR, YEAR, OptionalDouble.of(2), Optional.empty(), OptionalDouble.of(10), SOURCE)),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty());

    private static final Occupation WITHOUT_FIGURES = new Occupation("43-4051", List.of(), Optional.empty(), List.of(),
            List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
            Optional.empty(), Optional.empty());

    @Test
    void everyKindOfFigureIsFoundWhereTheOccupationHasItAndOnlyThere() throws ReflectiveOperationException {
        List<FigureRef> kinds = FigureRefSamples.allKinds();
        assertEquals(FigureRef.class.getPermittedSubclasses().length, kinds.size());
        for (FigureRef figure : kinds) {
            assertTrue(WITH_EVERY_FIGURE.has(figure), figure::toString);
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

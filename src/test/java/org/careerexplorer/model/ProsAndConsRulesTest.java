package org.careerexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProsAndConsRulesTest {

    private static final Source SOURCE = new Source("s", "Survey", "Publisher", 2023, Optional.empty(), Optional.empty());
    private static final Reference REFERENCE = new Reference(new Reference.Figure(50_000, 2023, SOURCE),
            new Projection(2024, 2034, OptionalDouble.of(3.0), Optional.empty(), OptionalDouble.empty(), SOURCE));

    private static WageObservation annual(int year, double p10, double median, double p90) {
        return new WageObservation(year, OptionalInt.of(5), SOURCE, Optional.empty(), Map.of(PayPeriod.ANNUAL, Map.of(
                WageStatistic.P10, WageValue.published(p10), WageStatistic.MEDIAN, WageValue.published(median),
                WageStatistic.P90, WageValue.published(p90))));
    }

    private static Occupation occupation(List<WageObservation> wages, EducationLevel education, Double growth,
                                         Double openings, List<ProCon> stored) {
        List<EducationRequirement> levels = education == null ? List.of() : List.of(new EducationRequirement(education, 2024, SOURCE));
        List<Projection> projections = growth == null ? List.of() : List.of(new Projection(2024, 2034,
                OptionalDouble.of(growth), Optional.empty(),
                openings == null ? OptionalDouble.empty() : OptionalDouble.of(openings), SOURCE));
        return new Occupation("11-1111", levels, Optional.empty(), wages, List.of(), projections, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), stored, Optional.empty(), Optional.empty());
    }

    private static Occupation entry(EducationLevel education, WorkExperience experience) {
        return new Occupation("11-1111", List.of(new EducationRequirement(education, 2024, SOURCE)),
                Optional.of(new Training(OnTheJobTraining.SHORT_TERM, experience, SOURCE)), List.of(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    private static List<String> rules(Occupation o) {
        return ProsAndConsRules.derive(o, Optional.of(REFERENCE)).stream().map(f -> f.rule().id()).toList();
    }

    @Test
    void payAgainstTheMedianOfAllOccupations() {
        assertEquals(List.of("pay-well-above-median"), rules(occupation(List.of(annual(2023, 30_000, 62_500, 80_000)), null, null, null, List.of())));
        assertEquals(List.of("pay-above-median"), rules(occupation(List.of(annual(2023, 30_000, 50_000, 80_000)), null, null, null, List.of())));
        assertEquals(List.of("pay-below-median"), rules(occupation(List.of(annual(2023, 30_000, 40_000, 80_000)), null, null, null, List.of())));
        assertEquals(List.of("pay-well-below-median"), rules(occupation(List.of(annual(2023, 30_000, 39_999, 80_000)), null, null, null, List.of())));
    }

    @Test
    void payIsOnlyComparedWithinTheSameYear() {
        assertTrue(rules(occupation(List.of(annual(2018, 30_000, 90_000, 80_000)), null, null, null, List.of()))
                .stream().noneMatch(r -> r.startsWith("pay-")));
    }

    @Test
    void growthAgainstTheAverage() {
        assertEquals(List.of("grows-faster-than-average"), rules(occupation(List.of(), null, 3.1, null, List.of())));
        assertEquals(List.of("grows-slower-than-average"), rules(occupation(List.of(), null, 3.0, null, List.of())));
        assertEquals(List.of("grows-slower-than-average"), rules(occupation(List.of(), null, 0.0, null, List.of())));
        assertEquals(List.of("employment-declines"), rules(occupation(List.of(), null, -0.1, null, List.of())));
    }

    @Test
    void openings() {
        assertTrue(rules(occupation(List.of(), null, 1.0, 10_000.0, List.of())).contains("many-openings"));
        assertTrue(rules(occupation(List.of(), null, 1.0, 999.0, List.of())).contains("few-openings"));
        List<String> between = rules(occupation(List.of(), null, 1.0, 5_000.0, List.of()));
        assertTrue(between.stream().noneMatch(r -> r.contains("openings")), between.toString());
    }

    @Test
    void education() {
        // "Easy to start" only where neither a credential nor work experience is asked for.
        assertEquals(List.of("low-entry-barrier"), rules(entry(EducationLevel.NO_FORMAL_CREDENTIAL, WorkExperience.NONE)));
        assertEquals(List.of(), rules(entry(EducationLevel.NO_FORMAL_CREDENTIAL, WorkExperience.LESS_THAN_5_YEARS)));
        assertEquals(List.of(), rules(entry(EducationLevel.HIGH_SCHOOL, WorkExperience.NONE)), "a diploma is a credential");
        assertEquals(List.of(), rules(occupation(List.of(), EducationLevel.NO_FORMAL_CREDENTIAL, null, null, List.of())),
                "without the training figures, no one can say that no experience is needed");
        assertEquals(List.of(), rules(occupation(List.of(), EducationLevel.BACHELOR, null, null, List.of())));
        assertEquals(List.of("long-education"), rules(occupation(List.of(), EducationLevel.MASTER, null, null, List.of())));
    }

    @Test
    void paySpreadBetweenTheTenthAndNinetiethPercentile() {
        assertTrue(rules(occupation(List.of(annual(2023, 20_000, 50_000, 60_000)), null, null, null, List.of())).contains("wide-pay-range"));
        assertTrue(rules(occupation(List.of(annual(2023, 40_000, 50_000, 72_000)), null, null, null, List.of())).contains("narrow-pay-range"));
    }

    @Test
    void aHandWrittenProOnTheSameFigureWins() {
        ProCon stored = new ProCon("few-entry-requirements", ProCon.Kind.PRO, Optional.of(new FigureRef.Education()));
        assertEquals(List.of(), rules(occupation(List.of(), EducationLevel.HIGH_SCHOOL, null, null, List.of(stored))));
    }

    @Test
    void findingsQuoteTheirFigures() {
        ProsAndConsRules.Finding pay = ProsAndConsRules.derive(
                occupation(List.of(annual(2023, 30_000, 40_000, 80_000)), null, null, null, List.of()), Optional.of(REFERENCE)).get(0);
        assertEquals(ProCon.Kind.CON, pay.kind());
        assertEquals(new FigureRef.Wage(2023, PayPeriod.ANNUAL, WageStatistic.MEDIAN), pay.figure());
        assertEquals(List.of(new Quantity.AnnualPay(40_000, false), new Quantity.AnnualPay(50_000, false), new Quantity.Year(2023)),
                pay.values());
    }
}

package org.careerexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WageObservationTest {

    private static final Source SOURCE = new Source("s", "Survey", "Publisher", 2018, Optional.empty(), Optional.empty());

    private final WageObservation hourlyOnly = new WageObservation(2008, OptionalInt.of(5), SOURCE, Optional.empty(),
            Map.of(PayPeriod.HOURLY, Map.of(WageStatistic.MEDIAN, WageValue.published(14.36))));

    @Test
    void annualIsComputedFromHourlyAt2080HoursAndMarked() {
        WageValue annual = hourlyOnly.valueOrConverted(PayPeriod.ANNUAL, WageStatistic.MEDIAN).orElseThrow();
        assertEquals(29868.8, annual.amount(), 1e-9);
        assertTrue(annual.computed());
        assertTrue(hourlyOnly.value(PayPeriod.ANNUAL, WageStatistic.MEDIAN).isEmpty());
    }

    @Test
    void publishedFigureWinsOverConversion() {
        WageValue hourly = hourlyOnly.valueOrConverted(PayPeriod.HOURLY, WageStatistic.MEDIAN).orElseThrow();
        assertFalse(hourly.computed());
        assertEquals(14.36, hourly.amount());
    }

    @Test
    void statisticsAreListedInAscendingOrder() {
        WageObservation observation = new WageObservation(2018, OptionalInt.empty(), SOURCE, Optional.empty(), Map.of(
                PayPeriod.ANNUAL, Map.of(WageStatistic.P90, WageValue.published(3), WageStatistic.P10, WageValue.published(1)),
                PayPeriod.HOURLY, Map.of(WageStatistic.MEDIAN, WageValue.published(1))));
        assertEquals(List.of(WageStatistic.P10, WageStatistic.MEDIAN, WageStatistic.P90), List.copyOf(observation.statistics()));
    }

    @Test
    void educationLevelsAreOrdered() {
        assertTrue(EducationLevel.HIGH_SCHOOL.isReachedWith(EducationLevel.BACHELOR));
        assertTrue(EducationLevel.BACHELOR.isReachedWith(EducationLevel.BACHELOR));
        assertFalse(EducationLevel.MASTER.isReachedWith(EducationLevel.ASSOCIATE));
        assertEquals(Optional.of(EducationLevel.SOME_COLLEGE), JsonId.lookup(EducationLevel.class, "some-college"));
    }

    @Test
    void latestMedianAnnualWageFallsBackToConvertedHourly() {
        Occupation occupation = new Occupation("43-4051", List.of(), Optional.empty(), List.of(hourlyOnly), List.of(),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                Optional.empty());
        Occupation.YearlyFigure median = occupation.latestMedianAnnualWage().orElseThrow();
        assertTrue(median.value().computed());
        assertEquals(2008, median.observation().year());
    }

    @Test
    void aFullDistributionHasThreePercentilesAndTheLatestOneIsChosen() {
        WageObservation medianOnly = observation(2024, WageStatistic.MEDIAN);
        WageObservation full = observation(2023, WageStatistic.P10, WageStatistic.MEDIAN, WageStatistic.P90);
        WageObservation older = observation(2018, WageStatistic.P10, WageStatistic.P25, WageStatistic.MEDIAN, WageStatistic.MEAN);
        assertFalse(medianOnly.hasFullDistribution());
        assertTrue(full.hasFullDistribution());
        assertTrue(older.hasFullDistribution(), "the mean is no percentile, but three percentiles remain");
        assertEquals(Optional.of(full), occupation(List.of(older, full, medianOnly)).latestFullDistribution());
        assertEquals(Optional.of(medianOnly), occupation(List.of(medianOnly)).latestFullDistribution(),
                "without any full distribution, the latest observation");
        assertEquals(Optional.empty(), occupation(List.of()).latestFullDistribution());
    }

    @Test
    void theHeadlinePayIsTheMedianOfTheLatestFullDistributionNotTheLatestMedian() {
        WageObservation medianOnly = observation(2024, WageStatistic.MEDIAN);
        WageObservation full = observation(2023, WageStatistic.P10, WageStatistic.MEDIAN, WageStatistic.P90);
        Occupation both = occupation(List.of(full, medianOnly));
        assertEquals(2024, both.latestMedianAnnualWage().orElseThrow().observation().year());
        assertEquals(2023, both.headlinePay().orElseThrow().observation().year());
        assertEquals(2000, both.headlinePay().orElseThrow().value().amount(), 0.001);
        assertEquals(2024, occupation(List.of(medianOnly)).headlinePay().orElseThrow().observation().year(),
                "without a full distribution, the latest median");
        Occupation hourly = new Occupation("43-4051", List.of(), Optional.empty(), List.of(hourlyOnly), List.of(),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                Optional.empty());
        assertTrue(hourly.headlinePay().orElseThrow().value().computed(), "converted from the hourly median and marked");
        assertEquals(Optional.empty(), occupation(List.of()).headlinePay());
    }

    private static WageObservation observation(int year, WageStatistic... statistics) {
        Map<WageStatistic, WageValue> figures = new java.util.EnumMap<>(WageStatistic.class);
        for (int i = 0; i < statistics.length; i++) {
            figures.put(statistics[i], WageValue.published(1000 * (i + 1)));
        }
        return new WageObservation(year, OptionalInt.of(5), SOURCE, Optional.empty(), Map.of(PayPeriod.ANNUAL, figures));
    }

    private static Occupation occupation(List<WageObservation> wages) {
        return new Occupation("43-4051", List.of(), Optional.empty(), wages, List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }
}

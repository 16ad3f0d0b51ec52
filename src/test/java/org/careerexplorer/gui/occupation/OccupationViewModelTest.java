package org.careerexplorer.gui.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.controls.WageBarModel;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.text.ProConItem;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.testing.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The detail's content, checked without a toolkit. */
class OccupationViewModelTest {

    private static final LoadResult DATA = Fixture.data();

    @TempDir
    Path settings;
    private AppState state;
    private OccupationViewModel viewModel;

    @BeforeEach
    void openCustomerService() {
        state = Fixture.state(settings, Language.ENGLISH);
        state.navigation().open("43-4051");
        viewModel = new OccupationViewModel(state);
    }

    private List<String> bars() {
        return viewModel.wageSeries().stream().flatMap(s -> s.bars().stream()).map(WageBarModel.Bar::valueText).toList();
    }

    private void chooseYear(int year) {
        viewModel.wageYearProperty().set(viewModel.wageYears().stream()
                .filter(y -> !y.allYears() && y.year() == year).findFirst().orElseThrow());
    }

    @Test
    void startsWithTheLatestFullDistribution() {
        // 2024 has only the projections' median; May 2023 has all percentiles.
        assertEquals("May 2023", viewModel.wageYearProperty().get().label());
        assertEquals(List.of("$29,560", "$34,780", "$39,680", "$48,480", "$61,250"), bars());
    }

    @Test
    void may2018ShowsTheArticlesFigures() {
        chooseYear(2018);
        assertEquals(List.of("$22,140", "$26,730", "$33,750", "$42,970", "$55,310"), bars());
        assertEquals(List.of("May 2018"), viewModel.wageColumns());
        assertEquals(List.of("Lowest 10%", "Lowest 25%", "Median", "Top 25%", "Top 10%", "Mean"),
                viewModel.wageRows().stream().map(WageRow::statistic).toList());
        assertTrue(viewModel.wageCaptionProperty().get().contains("Occupational Employment and Wage Statistics, May 2018"));
    }

    @Test
    void hourlySwitchShowsThePublishedHourlyFigures() {
        chooseYear(2018);
        viewModel.wagePeriodProperty().set(PayPeriod.HOURLY);
        assertEquals(List.of("$10.65", "$12.85", "$16.23", "$20.66", "$26.59"), bars());
        assertFalse(viewModel.wageCaptionProperty().get().contains("*"));
    }

    @Test
    void figuresConvertedAt2080HoursAreMarked() {
        state.navigation().open("27-3031");
        chooseYear(2008); // May 2008: annual figures only
        viewModel.wagePeriodProperty().set(PayPeriod.HOURLY);
        assertEquals(List.of("$14.49 *", "$24.65 *", "$47.07 *"), bars());
        assertTrue(viewModel.wageCaptionProperty().get().contains("* computed from the annual figure at 2,080 hours a year"));
    }

    @Test
    void allYearsSideBySideNameEachYear() {
        viewModel.wageYearProperty().set(viewModel.wageYears().get(viewModel.wageYears().size() - 1));
        assertEquals(List.of("May 2008", "May 2017", "May 2018", "May 2023", "2024"), viewModel.wageColumns());
        assertEquals(5, viewModel.wageSeries().size());
        // 2008's annual median was computed by the source from the hourly wage.
        assertTrue(viewModel.wageRows().stream().anyMatch(r -> r.values().contains("$29,869 *")));
    }

    @Test
    void prosAndConsCarryTheirFiguresAndTheRulesAddTheirs() {
        // The articles' six pros and six cons, then what the rules derive from the 2023-34 figures.
        assertEquals(7, viewModel.pros().size());
        assertEquals(8, viewModel.cons().size());
        ProConItem growth = viewModel.pros().get(2);
        assertTrue(growth.text().contains("5%"), growth.text());
        assertTrue(growth.figure().contains("+5%") && growth.figure().contains("2016\u20132026"), growth.figure());
        assertTrue(viewModel.pros().get(6).text().startsWith("Many openings: about 341,700 a year"), viewModel.pros().get(6).text());
        assertTrue(viewModel.cons().get(6).text().contains("a median of $39,680 a year against $48,060"),
                viewModel.cons().get(6).text());
        assertTrue(viewModel.cons().get(7).text().contains("\u22125.5% from 2024 to 2034"), viewModel.cons().get(7).text());
    }

    @Test
    void occupationsWithoutAWrittenSummaryGetOneComposedFromTheirFacts() {
        state.navigation().open(Fixture.TOP_CODED);
        String summary = viewModel.summaryProperty().get();
        assertTrue(summary.startsWith("One of the occupations in the group \u201cManagement\u201d."), summary);
        assertTrue(summary.contains("$208,000 a year in May 2023"), summary);
        assertTrue(summary.contains("Bachelor's degree"), summary);
        assertTrue(summary.contains("\u22122% (all occupations: +3.1%)"), summary);
        assertTrue(viewModel.summaryComposedProperty().get(), "a composed summary is marked as such");
        state.navigation().open("43-4051");
        assertFalse(viewModel.summaryComposedProperty().get());
    }

    @Test
    void writtenTextsAboutTheWorkNameTheirBasisAndTheirProsAndConsNeedNoFigure() {
        state.navigation().open(Fixture.NO_PROJECTION);
        assertFalse(viewModel.summaryComposedProperty().get());
        assertEquals(4, viewModel.duties().size());
        assertEquals("Mostly outdoors on building sites, often on ladders and roofs.", viewModel.workEnvironmentProperty().get());
        assertTrue(viewModel.cons().stream().anyMatch(c -> c.text().equals("Much of the work is done at height.") && c.figure().isEmpty()),
                viewModel.cons().toString());
        assertEquals("Texts about the work: O*NET 27.0 task statements and occupation descriptions (U.S. Department of Labor, "
                + "Employment and Training Administration (USDOL/ETA), 2022), described in our own words",
                viewModel.sources().get(viewModel.sources().size() - 1));
    }

    @Test
    void relatedJobsShowPayEducationAndTheDifferenceWithinOneSurvey() {
        assertTrue(viewModel.relatedJobs().size() >= 9);
        RelatedJobRow lodging = viewModel.relatedJobs().stream().filter(r -> r.code().equals("11-9081")).findFirst().orElseThrow();
        assertEquals("$65,360 (2023)", lodging.medianPay().text());
        assertEquals("+$25,680", lodging.difference().text());
        RelatedJobRow pr = viewModel.relatedJobs().stream().filter(r -> r.code().equals("27-3031")).findFirst().orElseThrow();
        assertEquals("+$27,070", pr.difference().text());
    }

    @Test
    void theTileQuotesTheSurveyTheChartOpensOn() {
        // Employment Projections 2024 have a median only ($42,830); OEWS May 2023 has the full distribution.
        assertEquals("$39,680 a year (May 2023)", viewModel.facts().get(0).value());
        assertEquals("May 2023", viewModel.wageYearProperty().get().label());
        assertTrue(viewModel.summaryProperty().get().isEmpty() || !viewModel.summaryProperty().get().contains("42,830"));
    }

    @Test
    void languageSwitchKeepsTheChosenYearAndPeriod() {
        viewModel.wageYearProperty().set(viewModel.wageYears().get(1)); // May 2017
        viewModel.wagePeriodProperty().set(PayPeriod.HOURLY);
        state.chooseLanguage(Language.GERMAN);
        assertEquals(2017, viewModel.wageYearProperty().get().year());
        assertEquals(PayPeriod.HOURLY, viewModel.wagePeriodProperty().get());
        assertEquals(List.of("15,81\u00a0$"), bars());
        assertEquals("Kundenservicemitarbeiter/in", viewModel.titleProperty().get());
    }

    @Test
    void everySectionHasContentForCustomerService() {
        assertEquals(6, viewModel.duties().size());
        assertEquals(5, viewModel.skills().size());
        assertEquals(6, viewModel.employerExpectations().size());
        assertEquals(3, viewModel.howToGetJob().size());
        assertEquals("ECS \u2013 Enterprising, Conventional, Social", viewModel.interestsProperty().get());
        assertEquals("ESFJ, ISTJ, INFJ, INFP", viewModel.personalityTypesProperty().get());
        assertEquals("Relationships, Support, Independence", viewModel.workValuesProperty().get());
        assertTrue(viewModel.sources().stream().anyMatch(s -> s.contains("O*NET OnLine") && s.contains("August 20, 2018")),
                viewModel.sources().toString());
    }

    @Test
    void theRouteInExplainsWhatTheUsEntryLevelMeansInTheReadersLanguage() {
        assertEquals("About \u201cHigh school diploma or equivalent\u201d: In the US, the high school diploma comes after twelve years"
                + " of school, usually at 17 or 18. The GED, a test taken by adults, counts as equivalent.",
                viewModel.educationLevelNoteProperty().get());
        state.chooseLanguage(Language.GERMAN);
        assertTrue(viewModel.educationLevelNoteProperty().get().startsWith("Zu \u201eHighschool-Abschluss"),
                viewModel.educationLevelNoteProperty().get());
        assertTrue(viewModel.educationLevelNoteProperty().get().contains("kein Abitur"));
    }
}

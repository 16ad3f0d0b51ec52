package org.careerexplorer.gui.occupation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.PayPeriod;
import org.junit.jupiter.api.Test;

/** The detail's content, checked without a toolkit. */
class OccupationViewModelTest {

    private static final LoadResult DATA = DataLoader.loadBundled();

    private final SimpleObjectProperty<Language> language = new SimpleObjectProperty<>(Language.ENGLISH);
    private final SimpleObjectProperty<String> current = new SimpleObjectProperty<>("43-4051");
    private final OccupationViewModel viewModel = new OccupationViewModel(DATA, language, current);

    private List<String> bars() {
        return viewModel.wageSeries().stream().flatMap(s -> s.bars().stream()).map(WageBarModel.Bar::valueText).toList();
    }

    @Test
    void startsWithTheLatestYearsFigures() {
        assertEquals("May 2018", viewModel.wageYearProperty().get().label());
        assertEquals(List.of("$22,140", "$33,750", "$55,310"), bars());
        assertEquals(List.of("May 2018"), viewModel.wageColumns());
        assertEquals(List.of("Lowest 10%", "Median", "Top 10%"), viewModel.wageRows().stream().map(WageRow::statistic).toList());
        assertTrue(viewModel.wageCaptionProperty().get().contains("Occupational Employment and Wage Statistics, May 2018"));
    }

    @Test
    void hourlySwitchShowsThePublishedHourlyFigures() {
        viewModel.wagePeriodProperty().set(PayPeriod.HOURLY);
        assertEquals(List.of("$10.65", "$16.23", "$26.59"), bars());
        assertFalse(viewModel.wageCaptionProperty().get().contains("*"));
    }

    @Test
    void figuresConvertedAt2080HoursAreMarked() {
        current.set("27-3031"); // May 2008: annual figures only
        viewModel.wagePeriodProperty().set(PayPeriod.HOURLY);
        assertEquals(List.of("$14.49 *", "$24.65 *", "$47.07 *"), bars());
        assertTrue(viewModel.wageCaptionProperty().get().contains("* computed from the annual figure at 2,080 hours a year"));
    }

    @Test
    void allYearsSideBySideNameEachYear() {
        viewModel.wageYearProperty().set(viewModel.wageYears().get(viewModel.wageYears().size() - 1));
        assertEquals(List.of("May 2008", "May 2017", "May 2018"), viewModel.wageColumns());
        assertEquals(3, viewModel.wageSeries().size());
        // 2008's annual median was computed by the source from the hourly wage.
        assertTrue(viewModel.wageRows().stream().anyMatch(r -> r.values().contains("$29,869 *")));
    }

    @Test
    void prosAndConsCarryTheirFigures() {
        assertEquals(6, viewModel.pros().size());
        assertEquals(6, viewModel.cons().size());
        ProConItem growth = viewModel.pros().get(2);
        assertTrue(growth.text().contains("5%"), growth.text());
        assertTrue(growth.figure().contains("+5%") && growth.figure().contains("2016\u20132026"), growth.figure());
    }

    @Test
    void relatedJobsShowPayEducationAndADifferenceThatNamesDifferentYears() {
        assertEquals(9, viewModel.relatedJobs().size());
        RelatedJobRow lodging = viewModel.relatedJobs().stream().filter(r -> r.code().equals("11-9081")).findFirst().orElseThrow();
        assertEquals("$53,390 (2018)", lodging.medianPay().text());
        assertEquals("+$19,640", lodging.difference().text());
        RelatedJobRow clerks = viewModel.relatedJobs().stream().filter(r -> r.code().equals("43-4151")).findFirst().orElseThrow();
        assertEquals("\u2212$240 (2017 vs. 2018)", clerks.difference().text());
    }

    @Test
    void languageSwitchKeepsTheChosenYearAndPeriod() {
        viewModel.wageYearProperty().set(viewModel.wageYears().get(1)); // May 2017
        viewModel.wagePeriodProperty().set(PayPeriod.HOURLY);
        language.set(Language.GERMAN);
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
}

package org.careerexplorer.data;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.LocalizedText;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.FigureRef;
import org.careerexplorer.model.GrowthCategory;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.ProCon;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;
import org.careerexplorer.model.WorkValue;
import org.junit.jupiter.api.Test;

/** The bundled data loads cleanly and holds the figures of the source articles. */
class BundledDataTest {

    private static final LoadResult DATA = DataLoader.loadBundled();

    private static Occupation occupation(String code) {
        return DATA.catalog().byCode(code).orElseThrow(() -> new AssertionError("no occupation " + code));
    }

    private static double figure(String code, int year, PayPeriod period, WageStatistic statistic) {
        WageObservation observation = occupation(code).wagesFor(year).orElseThrow();
        return observation.value(period, statistic).map(WageValue::amount).orElseThrow();
    }

    @Test
    void loadsWithoutErrorsOrWarnings() {
        assertEquals(List.of(), DATA.report().problems());
    }

    @Test
    void containsEveryOccupationTheArticlesName() {
        Set<String> codes = DATA.catalog().occupations().stream().map(Occupation::code).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("43-4051", "27-3031", "43-4151", "43-4121", "43-3071", "41-2031", "15-1232",
                "43-4171", "39-6012", "11-9081")), codes.toString());
    }

    @Test
    void everyOccupationHasATitleAndASummaryInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            for (Occupation o : DATA.catalog().occupations()) {
                if (DATA.localization().find(language, TextKeys.title(o.code())).filter(t -> !t.isFallback()).isEmpty()) {
                    missing.add(language.code() + ":" + TextKeys.title(o.code()));
                }
            }
            // Summaries are hand-written for the articles' occupations, composed from these templates for the rest.
            for (String template : List.of("summary.group", "summary.pay", "summary.payAtLeast", "summary.education", "summary.growth",
                    "summary.growthAverage", "summary.openings")) {
                if (DATA.localization().find(language, template).filter(t -> !t.isFallback()).isEmpty()) {
                    missing.add(language.code() + ":" + template);
                }
            }
        }
        for (String code : List.of("43-4051", "27-3031", "11-9081")) {
            for (Language language : Language.values()) {
                if (DATA.localization().find(language, TextKeys.summary(code)).filter(t -> !t.isFallback()).isEmpty()) {
                    missing.add(language.code() + ":" + TextKeys.summary(code));
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void noTwoOccupationsShareATitleInAnyLanguage() {
        for (Language language : Language.values()) {
            List<String> titles = DATA.catalog().occupations().stream()
                    .map(o -> DATA.localization().text(language, TextKeys.title(o.code())).toLowerCase(java.util.Locale.ROOT))
                    .toList();
            assertEquals(titles.size(), new java.util.HashSet<>(titles).size(), language.code());
        }
    }

    @Test
    void everyLanguageTranslatesEveryText() {
        for (Language language : Language.values()) {
            assertEquals(List.of(), DATA.localization().coverage(language).missingKeys(), language.code());
        }
    }

    @Test
    void customerServiceRepresentativesKeepEachYearsFigures() {
        assertAll(
                () -> assertEquals(14.36, figure("43-4051", 2008, PayPeriod.HOURLY, WageStatistic.MEDIAN)),
                () -> assertEquals(32890, figure("43-4051", 2017, PayPeriod.ANNUAL, WageStatistic.MEDIAN)),
                () -> assertEquals(15.81, figure("43-4051", 2017, PayPeriod.HOURLY, WageStatistic.MEDIAN)),
                () -> assertEquals(22140, figure("43-4051", 2018, PayPeriod.ANNUAL, WageStatistic.P10)),
                () -> assertEquals(33750, figure("43-4051", 2018, PayPeriod.ANNUAL, WageStatistic.MEDIAN)),
                () -> assertEquals(55310, figure("43-4051", 2018, PayPeriod.ANNUAL, WageStatistic.P90)),
                () -> assertEquals(10.65, figure("43-4051", 2018, PayPeriod.HOURLY, WageStatistic.P10)),
                () -> assertEquals(16.23, figure("43-4051", 2018, PayPeriod.HOURLY, WageStatistic.MEDIAN)),
                () -> assertEquals(26.59, figure("43-4051", 2018, PayPeriod.HOURLY, WageStatistic.P90)));
    }

    @Test
    void theArticlesAnnualFigureFromAnHourlyWageIsMarkedComputed() {
        WageObservation may2008 = occupation("43-4051").wagesFor(2008).orElseThrow();
        WageValue annual = may2008.value(PayPeriod.ANNUAL, WageStatistic.MEDIAN).orElseThrow();
        assertEquals(29869, annual.amount());
        assertTrue(annual.computed());
        assertFalse(may2008.value(PayPeriod.HOURLY, WageStatistic.MEDIAN).orElseThrow().computed());
        assertEquals(5, may2008.month().getAsInt());
    }

    @Test
    void customerServiceFactsFromTheArticles() {
        Occupation csr = occupation("43-4051");
        assertEquals(EducationLevel.HIGH_SCHOOL, csr.typicalEducation().orElseThrow().level());
        assertEquals(2785000, csr.employment().stream().filter(e -> e.year() == 2016).findFirst().orElseThrow().count());
        var outlook = csr.projections().stream().filter(p -> p.covers(2016, 2026)).findFirst().orElseThrow();
        assertEquals(2016, outlook.startYear());
        assertEquals(2026, outlook.endYear());
        assertEquals(5.0, outlook.growthPercent().getAsDouble());
        assertEquals(GrowthCategory.AS_FAST_AS_AVERAGE, outlook.category().orElseThrow());
        assertEquals("ECS", csr.hollandCode().orElseThrow().code());
        assertEquals(List.of("ESFJ", "ISTJ", "INFJ", "INFP"), csr.personalityTypes().orElseThrow().types());
        assertEquals(List.of(WorkValue.RELATIONSHIPS, WorkValue.SUPPORT, WorkValue.INDEPENDENCE),
                csr.workValues().orElseThrow().values());
        assertEquals(List.of("27-3031", "43-4151", "43-4121", "43-3071", "41-2031", "15-1232", "43-4171", "39-6012",
                "11-9081"), csr.related().stream().map(r -> r.code()).toList().subList(0, 9));
    }

    @Test
    void relatedOccupationsKeepTheirYearAndSource() {
        assertEquals(33510, figure("43-4151", 2017, PayPeriod.ANNUAL, WageStatistic.MEDIAN));
        assertEquals(25810, figure("43-4121", 2017, PayPeriod.ANNUAL, WageStatistic.MEDIAN));
        assertEquals(28110, figure("43-3071", 2017, PayPeriod.ANNUAL, WageStatistic.MEDIAN));
        assertEquals(23210, figure("41-2031", 2017, PayPeriod.ANNUAL, WageStatistic.MEDIAN));
        assertEquals(50210, figure("15-1232", 2017, PayPeriod.ANNUAL, WageStatistic.MEDIAN));
        assertEquals("15-1151", occupation("15-1232").wagesFor(2017).orElseThrow().sourceCode().orElseThrow());
        assertEquals(29140, figure("43-4171", 2018, PayPeriod.ANNUAL, WageStatistic.MEDIAN));
        assertEquals(30400, figure("39-6012", 2018, PayPeriod.ANNUAL, WageStatistic.MEDIAN));
        assertEquals(53390, figure("11-9081", 2018, PayPeriod.ANNUAL, WageStatistic.MEDIAN));
        assertEquals(2018, occupation("11-9081").wagesFor(2018).orElseThrow().source().year());
    }

    @Test
    void publicRelationsSpecialistsMay2008() {
        assertEquals(30140, figure("27-3031", 2008, PayPeriod.ANNUAL, WageStatistic.P10));
        assertEquals(51280, figure("27-3031", 2008, PayPeriod.ANNUAL, WageStatistic.MEDIAN));
        assertEquals(97910, figure("27-3031", 2008, PayPeriod.ANNUAL, WageStatistic.P90));
        assertEquals(EducationLevel.BACHELOR, occupation("27-3031").typicalEducation().orElseThrow().level());
    }

    @Test
    void prosAndConsOfCustomerServiceRestOnFiguresAndHaveTextsEverywhere() {
        Occupation csr = occupation("43-4051");
        assertEquals(6, csr.pros().size());
        assertEquals(6, csr.cons().size());
        ProCon growth = csr.pros().stream().filter(p -> p.id().equals("steady-demand")).findFirst().orElseThrow();
        assertEquals(new FigureRef.Outlook(2016, 2026), growth.figure().orElseThrow());
        for (Language language : Language.values()) {
            for (ProCon p : csr.prosAndCons()) {
                String key = TextKeys.occupation(csr.code(), (p.kind() == ProCon.Kind.PRO ? "pros." : "cons.") + p.id());
                LocalizedText text = DATA.localization().find(language, key).orElseThrow();
                assertFalse(text.isFallback(), language + " " + key);
            }
        }
    }

    @Test
    void everyFigureNamesASourceWithAYear() {
        for (Occupation o : DATA.catalog().occupations()) {
            o.wages().forEach(w -> assertTrue(w.source().year() > 2000, o.code()));
            o.education().forEach(e -> assertTrue(e.source().year() > 2000, o.code()));
        }
    }
}

package org.careerexplorer.maintainer.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.data.OccupationsFileWriter;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.Projection;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled dataset is exactly what the builder makes from data/raw and the seed, and its
 * figures are those of the raw tables (expected values copied by hand from the tables).
 */
class DatasetBuilderTest {

    private static final Path RAW = Path.of("data/raw");
    private static final Path SEED = Path.of("data/seed/occupations.json");
    private static final Path BUNDLED = Path.of("resources/data/occupations.json");

    private static String built;
    private static LoadResult data;

    @BeforeAll
    static void build() throws IOException {
        built = OccupationsFileWriter.write(DatasetBuilder.build(RAW, SEED).catalog());
        data = DataLoader.loadBundled();
    }

    private static Occupation occupation(String code) {
        return data.catalog().byCode(code).orElseThrow(() -> new AssertionError("no occupation " + code));
    }

    private static WageValue value(String code, int year, PayPeriod period, WageStatistic statistic) {
        WageObservation observation = occupation(code).wagesFor(year).orElseThrow(() -> new AssertionError(code + " " + year));
        return observation.value(period, statistic).orElseThrow(() -> new AssertionError(code + " " + statistic));
    }

    private static double annual(String code, WageStatistic statistic) {
        return value(code, 2023, PayPeriod.ANNUAL, statistic).amount();
    }

    private static Projection outlook2024(String code) {
        return occupation(code).projections().stream().filter(p -> p.covers(2024, 2034)).findFirst().orElseThrow();
    }

    @Test
    void bundledFileIsWhatTheBuilderMakes() throws IOException {
        // Run "build-data" (see README) after changing data/raw or the seed.
        assertEquals(built, Files.readString(BUNDLED));
    }

    @Test
    void buildingTwiceGivesTheSameBytes() throws IOException {
        assertEquals(built, OccupationsFileWriter.write(DatasetBuilder.build(RAW, SEED).catalog()));
    }

    @Test
    void everyDetailedOccupationWithA2023WageEstimateIsIn() {
        assertEquals(831, data.catalog().size());
        assertTrue(data.report().errors().isEmpty(), data.report().errors().toString());
    }

    @Test
    void wagesMatchTheMay2023Table() {
        assertEquals(List.of(29560.0, 39680.0, 61250.0), List.of(annual("43-4051", WageStatistic.P10),
                annual("43-4051", WageStatistic.MEDIAN), annual("43-4051", WageStatistic.P90)));
        assertEquals(19.08, value("43-4051", 2023, PayPeriod.HOURLY, WageStatistic.MEDIAN).amount());
        assertEquals(20.92, value("43-4051", 2023, PayPeriod.HOURLY, WageStatistic.MEAN).amount());
        assertEquals(66750, annual("27-3031", WageStatistic.MEDIAN));
        assertEquals(126220, annual("27-3031", WageStatistic.P90));
        assertEquals(132270, annual("15-1252", WageStatistic.MEDIAN));
        assertEquals(86070, annual("29-1141", WageStatistic.MEDIAN));
        assertEquals(45300, annual("47-2061", WageStatistic.MEDIAN));
        assertEquals(18600, annual("35-3031", WageStatistic.P10));
        assertEquals(63680, annual("25-2021", WageStatistic.MEDIAN));
        assertEquals(54320, annual("53-3032", WageStatistic.MEDIAN));
        assertEquals(79880, annual("13-2011", WageStatistic.MEDIAN));
        assertEquals(48940, annual("51-4121", WageStatistic.MEDIAN));
        assertEquals(2858710, occupation("43-4051").employment().stream().filter(e -> e.year() == 2023)
                .findFirst().orElseThrow().count());
    }

    @Test
    void markersAreNeverZero() {
        // "#": top-coded, kept as "at least".
        WageValue ceoP90 = value("11-1011", 2023, PayPeriod.ANNUAL, WageStatistic.P90);
        assertEquals(239200, ceoP90.amount());
        assertTrue(ceoP90.topCoded());
        assertEquals(206680, annual("11-1011", WageStatistic.MEDIAN));
        assertTrue(value("29-1215", 2023, PayPeriod.ANNUAL, WageStatistic.P90).topCoded());
        // "*": not available, so not there at all. Teachers have annual wages only, actors hourly only.
        assertTrue(occupation("25-2021").wagesFor(2023).orElseThrow().value(PayPeriod.HOURLY, WageStatistic.MEDIAN).isEmpty());
        assertTrue(occupation("27-2011").wagesFor(2023).orElseThrow().value(PayPeriod.ANNUAL, WageStatistic.MEDIAN).isEmpty());
        assertEquals(20.50, value("27-2011", 2023, PayPeriod.HOURLY, WageStatistic.MEDIAN).amount());
        // "—" in the projections: actors have no 2024 median there.
        assertTrue(occupation("27-2011").wagesFor(2024).isEmpty());
        List<String> zeros = new ArrayList<>();
        for (Occupation o : data.catalog().occupations()) {
            o.wages().forEach(w -> w.values().forEach((period, figures) -> figures.forEach((statistic, value) -> {
                if (value.amount() <= 0) {
                    zeros.add(o.code() + " " + w.year() + " " + period + " " + statistic);
                }
            })));
        }
        assertEquals(List.of(), zeros);
    }

    @Test
    void projectionsEducationAndTrainingMatchThe2024To34Table() {
        assertEquals(-5.5, outlook2024("43-4051").growthPercent().getAsDouble());
        assertEquals(341700, outlook2024("43-4051").annualOpenings().getAsDouble());
        assertEquals(15.8, outlook2024("15-1252").growthPercent().getAsDouble());
        assertEquals(115200, outlook2024("15-1252").annualOpenings().getAsDouble());
        assertEquals(EducationLevel.POSTSECONDARY_NONDEGREE, occupation("53-3032").typicalEducation().orElseThrow().level());
        assertEquals(EducationLevel.NO_FORMAL_CREDENTIAL, occupation("35-3031").typicalEducation().orElseThrow().level());
        assertEquals(EducationLevel.DOCTORAL_OR_PROFESSIONAL, occupation("29-1215").typicalEducation().orElseThrow().level());
        assertEquals(42830, value("43-4051", 2024, PayPeriod.ANNUAL, WageStatistic.MEDIAN).amount());
        assertEquals(3391000, occupation("29-1141").employment().stream().filter(e -> e.year() == 2024)
                .findFirst().orElseThrow().count());
    }

    @Test
    void allOccupationsReferenceComesFromTheSameTables() {
        var reference = data.catalog().reference().orElseThrow();
        assertEquals(48060, reference.medianAnnualWage().value());
        assertEquals(2023, reference.medianAnnualWage().year());
        assertEquals(3.1, reference.growth().growthPercent().getAsDouble());
        assertTrue(reference.growth().covers(2024, 2034));
    }

    @Test
    void may2018WagesOnlyWhereTheCodeMapsOneToOne() {
        // 15-1151 (SOC 2010) became 15-1232 without a split: its 2018 figures carry the old code.
        WageObservation support2018 = occupation("15-1232").wagesFor(2018).orElseThrow();
        assertEquals("15-1151", support2018.sourceCode().orElseThrow());
        assertEquals(50980, support2018.value(PayPeriod.ANNUAL, WageStatistic.MEDIAN).orElseThrow().amount());
        // Software developers (15-1252) merged two SOC 2010 codes: no 2018 figure is attributed to them.
        assertTrue(occupation("15-1252").wagesFor(2018).isEmpty());
    }

    @Test
    void seedFiguresStayAsOlderObservations() {
        Occupation csr = occupation("43-4051");
        assertEquals(List.of(2008, 2017, 2018, 2023, 2024), csr.wages().stream().map(WageObservation::year).toList());
        assertTrue(csr.wagesFor(2008).orElseThrow().value(PayPeriod.ANNUAL, WageStatistic.MEDIAN).orElseThrow().computed());
        // The full May 2018 table replaces the article's three figures, which it agrees with.
        assertEquals(26730, csr.wagesFor(2018).orElseThrow().value(PayPeriod.ANNUAL, WageStatistic.P25).orElseThrow().amount());
        assertEquals(33750, csr.wagesFor(2018).orElseThrow().value(PayPeriod.ANNUAL, WageStatistic.MEDIAN).orElseThrow().amount());
        assertEquals("ECS", csr.hollandCode().orElseThrow().code());
        assertEquals(6, csr.pros().size());
        assertEquals("27-3031", csr.related().get(0).code());
    }

    @Test
    void relatedOccupationsResolveAndComeFromONet() {
        for (Occupation o : data.catalog().occupations()) {
            o.related().forEach(r -> assertTrue(data.catalog().byCode(r.code()).isPresent(), o.code() + " -> " + r.code()));
            assertFalse(o.related().stream().anyMatch(r -> r.code().equals(o.code())), o.code());
        }
        assertTrue(occupation("29-1141").related().size() >= 5);
        assertEquals("onet-27", occupation("29-1141").related().get(0).source().id());
    }
}

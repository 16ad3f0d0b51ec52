package org.careerexplorer.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.careerexplorer.data.LoadResult;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.WageStatistic;
import org.junit.jupiter.api.Test;

/** The fixture loads without a problem and has the edge cases it promises. */
class FixtureTest {

    private final LoadResult data = Fixture.data();

    @Test
    void loadsCleanly() {
        assertEquals(java.util.List.of(), data.report().problems());
        assertEquals(Fixture.SIZE, data.catalog().size());
        for (Language language : Language.values()) {
            for (Occupation o : data.catalog().occupations()) {
                assertTrue(data.localization().find(language, "occupation." + o.code() + ".title")
                        .map(t -> !t.isFallback()).orElse(false), language + " " + o.code());
            }
        }
    }

    @Test
    void coversTheEdgeCases() {
        Occupation topCoded = data.catalog().byCode(Fixture.TOP_CODED).orElseThrow();
        assertTrue(topCoded.latestWages().orElseThrow().value(PayPeriod.ANNUAL, WageStatistic.P90).orElseThrow().topCoded());
        assertTrue(data.catalog().byCode(Fixture.NO_PROJECTION).orElseThrow().projections().isEmpty());
        Occupation hourly = data.catalog().byCode(Fixture.HOURLY_ONLY).orElseThrow();
        assertTrue(hourly.wages().stream().noneMatch(w -> w.has(PayPeriod.ANNUAL)));
    }
}

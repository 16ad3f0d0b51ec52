package org.careerexplorer.maintainer.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.maintainer.dataset.WorkTextCoverage.Field;
import org.careerexplorer.testing.Fixture;
import org.junit.jupiter.api.Test;

/** Validate says, per language and text, how many occupations have it and which lack it. */
class WorkTextCoverageTest {

    private final WorkTextCoverage coverage = new WorkTextCoverage(Fixture.data());

    @Test
    void namesTheOccupationsThatLackATextInALanguagesOwnFile() {
        // The two made-up occupations without texts; the third has them all, in every language.
        for (Language language : Language.values()) {
            assertEquals(List.of(Fixture.TOP_CODED, Fixture.HOURLY_ONLY), coverage.missing(language, Field.SUMMARY), language.code());
        }
        assertTrue(coverage.missing(Language.GERMAN, Field.DUTIES).contains("43-4151"), "order clerks have a summary only");
        assertFalse(coverage.complete());
    }

    @Test
    void printsCountsPerLanguageAndListsWhatIsMissing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        coverage.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("  de  summary 11/13  duties 3/13")), printed);
        assertTrue(printed.contains("      no summary: " + Fixture.TOP_CODED + ", " + Fixture.HOURLY_ONLY + "\n"), printed);
        assertFalse(printed.contains("no schedule"), "a schedule is written only where notable: " + printed);
    }
}

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
        assertFalse(coverage.errors().isEmpty());
    }

    @Test
    void everyGapIsAnErrorThatNamesTheFileAndTheOccupations() {
        List<String> errors = coverage.errors();
        assertTrue(errors.contains("error: i18n/de.json: 2 occupations have no summary: " + Fixture.TOP_CODED + ", " + Fixture.HOURLY_ONLY),
                errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.startsWith("error: i18n/et.json: 10 occupations have no duties: ")), errors.toString());
        // Only customer service, public relations (an article's advantage) and the made-up 47-9990 have both of their own.
        assertTrue(errors.contains("error: data/occupations.json: 11 occupations lack an advantage or a drawback of the work itself: "
                + "27-3031, 43-4151, 43-4121, 43-3071, 41-2031, 15-1232, 43-4171, 39-6012 and 3 more"), errors.toString());
        assertFalse(errors.stream().anyMatch(e -> e.contains("schedule")), "a schedule is written only where notable");
    }

    @Test
    void printsCountsPerLanguageAndListsWhatIsMissing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        coverage.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("  de  summary 11/13  duties 3/13")), printed);
        assertTrue(printed.lines().anyMatch(l -> l.startsWith("  et  summary 11/13")), printed);
    }
}

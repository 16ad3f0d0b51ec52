package org.careerexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.WageStatistic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of bad input: each names the file, the place and the problem, and what is
 * valid still loads. The occupations file broken here holds the ten occupations of the source articles.
 */
class BadInputTest {

    private static final String OCC = InMemoryFiles.OCCUPATIONS;
    private static final String CSR_2018_P10 = "\"hourly\": { \"p10\": 10.65, \"median\": 16.23, \"p90\": 26.59 }";

    private InMemoryFiles files;

    @BeforeEach
    void copyBundled() throws IOException {
        files = InMemoryFiles.ofArticles();
    }

    /** The problem stands at {@code location}, says {@code message}, and names a line and column. */
    private static void assertAt(String location, String message, Problem problem) {
        assertEquals(location, problem.location(), problem::toString);
        assertEquals(message, problem.message());
        assertTrue(problem.position().isPresent(), problem::toString);
    }

    /** The problem stands at {@code location}, which is at {@code line} and {@code column}, and says {@code message}. */
    private static void assertAt(String location, int line, int column, String message, Problem problem) {
        assertAt(location, message, problem);
        assertEquals(Optional.of(new Problem.Position(line, column)), problem.position());
    }

    private static Problem onlyError(LoadResult result) {
        List<Problem> errors = result.report().errors();
        assertEquals(1, errors.size(), () -> "expected one error, got " + errors);
        return errors.get(0);
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        LoadResult result = DataLoader.load(files.with(OCC, "{\n  \"formatVersion\": 1,\n  \"sources\": [\n    {\"id\" \"x\"}\n  ]\n}"));
        Problem problem = onlyError(result);
        assertEquals(OCC, problem.file());
        assertEquals("$.sources[0].id", problem.location());
        // Line 4 is `    {"id" "x"}`: the quote where the colon belongs stands in column 11.
        assertEquals(Optional.of(new Problem.Position(4, 11)), problem.position());
        assertTrue(problem.message().startsWith("not valid JSON: expected \":\" after the name \"id\""), problem.message());
        assertEquals(0, result.catalog().size());
        // The texts still load.
        assertEquals("Career Explorer", result.localization().text(Language.ENGLISH, "app.title"));
    }

    @Test
    void truncatedFileIsMalformed() {
        String content = files.text(OCC);
        Problem problem = onlyError(DataLoader.load(files.with(OCC, content.substring(0, content.length() / 2))));
        assertTrue(problem.message().startsWith("not valid JSON"), problem.message());
    }

    @Test
    void commentsAreNotAllowed() {
        Problem problem = onlyError(DataLoader.load(files.with(OCC, "// facts\n" + files.text(OCC))));
        assertEquals(Optional.of(new Problem.Position(1, 1)), problem.position());
        assertTrue(problem.message().contains("comments"), problem.message());
    }

    @Test
    void wrongTypeNamesThePathAndSkipsOnlyThatEntry() {
        LoadResult result = DataLoader.load(files.replace(OCC, "\"annual\": { \"median\": 33510 }",
                "\"annual\": { \"median\": \"33510\" }"));
        Problem problem = onlyError(result);
        assertEquals("$.occupations[2].wages[0].annual.median", problem.location());
        assertTrue(problem.message().startsWith("expected a number but found text"), problem.message());
        // Order clerks are still there, without the broken wage observation.
        assertTrue(result.catalog().byCode("43-4151").orElseThrow().wages().isEmpty());
        assertEquals(10, result.catalog().size());
    }

    @Test
    void listWhereAnObjectBelongsIsAWrongType() {
        Problem problem = onlyError(DataLoader.load(files.replace(OCC,
                "\"holland\": { \"code\": \"ECS\", \"source\": \"onet-online-2018\" }", "\"holland\": [\"ECS\"]")));
        assertEquals("$.occupations[0].holland", problem.location());
        assertTrue(problem.message().contains("expected an object but found a list"), problem.message());
    }

    @Test
    void missingRequiredFieldIsNamed() {
        LoadResult result = DataLoader.load(files.replace(OCC, "{ \"level\": \"bachelor\", \"year\": 2024,",
                "{ \"level\": \"bachelor\","));
        Problem problem = onlyError(result);
        assertEquals("$.occupations[1].education[1]", problem.location());
        assertTrue(problem.message().contains("missing required field \"year\""), problem.message());
        assertEquals(1, result.catalog().byCode("27-3031").orElseThrow().education().size());
    }

    @Test
    void occupationWithoutCodeIsSkippedAndTheRestLoads() {
        LoadResult result = DataLoader.load(files.replace(OCC, "\"code\": \"27-3031\",\n", ""));
        assertTrue(result.report().errors().stream().anyMatch(p -> p.location().equals("$.occupations[1]")
                && p.message().contains("missing required field \"code\"")), result.report().errors().toString());
        assertEquals(9, result.catalog().size());
        // The link from customer service to the skipped occupation is reported, not followed.
        assertTrue(result.catalog().byCode("43-4051").orElseThrow().related().stream()
                .noneMatch(r -> r.code().equals("27-3031")));
    }

    @Test
    void unknownEducationLevelIsNamedWithTheKnownOnes() {
        Problem problem = onlyError(DataLoader.load(files.replace(OCC,
                "{ \"level\": \"bachelor\", \"year\": 2024", "{ \"level\": \"bachelors\", \"year\": 2024")));
        assertEquals("$.occupations[1].education[1].level", problem.location());
        assertTrue(problem.message().contains("unknown education level \"bachelors\""), problem.message());
        assertTrue(problem.message().contains("high-school"), problem.message());
    }

    @Test
    void negativeWageIsRejected() {
        LoadResult result = DataLoader.load(files.replace(OCC, CSR_2018_P10,
                "\"hourly\": { \"p10\": -10.65, \"median\": 16.23, \"p90\": 26.59 }"));
        Problem problem = onlyError(result);
        assertEquals("$.occupations[0].wages[2].hourly.p10", problem.location());
        assertTrue(problem.message().contains("positive"), problem.message());
        assertTrue(result.catalog().byCode("43-4051").orElseThrow().wagesFor(2018).isEmpty());
        assertTrue(result.catalog().byCode("43-4051").orElseThrow().wagesFor(2017).isPresent());
    }

    @Test
    void percentilesOutOfOrderAreRejected() {
        Problem problem = onlyError(DataLoader.load(files.replace(OCC, CSR_2018_P10,
                "\"hourly\": { \"p10\": 10.65, \"median\": 26.59, \"p90\": 16.23 }")));
        assertEquals("$.occupations[0].wages[2].hourly", problem.location());
        assertTrue(problem.message().contains("percentiles out of order"), problem.message());
    }

    @Test
    void problemsAcrossTheFileAreReportedInFileOrder() {
        // The schema's findings come in the order of the file, whatever order the schema checks in.
        LoadResult result = DataLoader.load(files
                .replace(OCC, "\"code\": \"39-6012\",\n", "\"code\": \"39-60\",\n")
                .replace(OCC, "\"code\": \"27-3031\",\n", "\"code\": \"27-30\",\n"));
        List<String> locations = result.report().errors().stream().map(Problem::location).toList();
        assertEquals("$.occupations[1].code", locations.get(0));
        assertTrue(locations.indexOf("$.occupations[8].code") > 0, locations.toString());
        assertEquals(8, result.catalog().size());
    }

    @Test
    void duplicateCodeKeepsTheFirst() {
        // Library assistants (the fourth entry) wrongly get the order clerks' code.
        LoadResult result = DataLoader.load(files.replace(OCC, "\"code\": \"43-4121\",\n", "\"code\": \"43-4151\",\n"));
        List<Problem> errors = result.report().errors();
        assertEquals("$.occupations[3]", errors.get(0).location());
        assertTrue(errors.get(0).message().contains("duplicate occupation code 43-4151 (first at $.occupations[2])"),
                errors.get(0).message());
        // Links to the occupation that is now missing are reported in turn.
        assertTrue(errors.get(1).message().contains("related occupation 43-4121 does not exist"), errors.get(1).message());
        assertEquals(2, errors.size(), errors.toString());
        assertEquals(33510, result.catalog().byCode("43-4151").orElseThrow().wagesFor(2017).orElseThrow()
                .value(PayPeriod.ANNUAL, WageStatistic.MEDIAN).orElseThrow().amount());
    }

    @Test
    void relatedCodeThatDoesNotExistIsDropped() {
        LoadResult result = DataLoader.load(files.replace(OCC, "{ \"code\": \"11-9081\", \"source\": \"bls-oews-2018\" }",
                "{ \"code\": \"99-9999\", \"source\": \"bls-oews-2018\" }"));
        Problem problem = onlyError(result);
        assertEquals("$.occupations[0].related[8].code", problem.location());
        assertTrue(problem.message().contains("related occupation 99-9999 does not exist"), problem.message());
        assertEquals(8, result.catalog().byCode("43-4051").orElseThrow().related().size());
    }

    @Test
    void unknownSourceIsNamed() {
        Problem problem = onlyError(DataLoader.load(files.replace(OCC,
                "{ \"level\": \"bachelor\", \"year\": 2024, \"source\": \"bls-ep-2024\" }",
                "{ \"level\": \"bachelor\", \"year\": 2024, \"source\": \"bls-ep-2025\" }")));
        assertEquals("$.occupations[1].education[1].source", problem.location());
        assertTrue(problem.message().contains("unknown source \"bls-ep-2025\""), problem.message());
    }

    @Test
    void proConPointingAtAMissingFigureKeepsItsText() {
        LoadResult result = DataLoader.load(files.replace(OCC,
                "\"figure\": { \"figure\": \"employment\", \"year\": 2016 }", "\"figure\": { \"figure\": \"employment\", \"year\": 2015 }"));
        Problem problem = onlyError(result);
        assertTrue(problem.message().contains("no such figure"), problem.message());
        var pro = result.catalog().byCode("43-4051").orElseThrow().pros().stream()
                .filter(p -> p.id().equals("jobs-in-every-industry")).findFirst().orElseThrow();
        assertTrue(pro.figure().isEmpty());
    }

    @Test
    void localeFileMissingKeysFallsBackToEnglishAndIsReported() {
        String title = TextKeys.title("43-4051");
        LoadResult result = DataLoader.load(files.replace("i18n/de.json", "\"title\": \"Kundenservicemitarbeiter/in\",", ""));
        assertFalse(result.report().hasErrors(), result.report().errors().toString());
        Problem warning = result.report().warnings().stream().filter(w -> w.message().contains(" texts missing"))
                .findFirst().orElseThrow();
        assertEquals("i18n/de.json", warning.file());
        assertTrue(warning.message().startsWith("1 of ") && warning.message().contains(title), warning.message());
        var text = result.localization().find(Language.GERMAN, title).orElseThrow();
        assertTrue(text.isFallback());
        assertEquals("Customer service representative", text.text());
        assertEquals(List.of(title), result.localization().coverage(Language.GERMAN).missingKeys());
    }

    @Test
    void textsForAnUnknownOccupationCodeAreReportedAndNotShown() {
        LoadResult result = DataLoader.load(files.replace("i18n/de.json", "\"occupation\": {",
                "\"occupation\": {\n    \"99-9998\": { \"title\": \"Unbekannter Beruf\" },"));
        assertFalse(result.report().hasErrors(), result.report().errors().toString());
        List<Problem> unknown = result.report().warnings().stream().filter(w -> w.message().contains("99-9998")).toList();
        assertEquals(1, unknown.size(), result.report().warnings().toString());
        assertEquals("i18n/de.json", unknown.get(0).file());
        assertEquals("$.occupation.99-9998", unknown.get(0).location());
        assertTrue(unknown.get(0).message().contains("not in the data"), unknown.get(0).message());
        assertTrue(result.catalog().byCode("99-9998").isEmpty());
        assertEquals(10, result.catalog().size());
    }

    @Test
    void missingLocaleFileFallsBackToEnglish() {
        LoadResult result = DataLoader.load(files.without("i18n/et.json"));
        Problem problem = onlyError(result);
        assertEquals("i18n/et.json", problem.file());
        assertTrue(problem.message().contains("file not found"), problem.message());
        assertEquals("Customer service representative", result.localization().text(Language.ESTONIAN, TextKeys.title("43-4051")));
    }

    @Test
    void malformedLocaleFileLeavesTheOtherLanguagesIntact() {
        LoadResult result = DataLoader.load(files.with("i18n/lv.json", "{ \"app\": { \"title\": \"Karjeras\" "));
        Problem problem = onlyError(result);
        assertEquals("i18n/lv.json", problem.file());
        assertEquals(10, result.catalog().size());
        assertFalse(result.localization().find(Language.GERMAN, "app.title").orElseThrow().isFallback());
    }

    @Test
    void textOfTheWrongTypeInALocaleFileIsSkipped() {
        LoadResult result = DataLoader.load(files.replace("i18n/el.json", "\"title\": \"Career Explorer\"", "\"title\": 42"));
        Problem problem = onlyError(result);
        assertEquals("$.app.title", problem.location());
        assertTrue(problem.message().contains("expected a text, a list or an object but found the number 42"), problem.message());
    }

    @Test
    void fileThatIsNotUtf8IsReported() {
        byte[] latin1 = "{\"language\": {\"name\": \"Fran\u00e7ais\"}}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Problem problem = onlyError(DataLoader.load(files.withBytes("i18n/de.json", latin1)));
        assertTrue(problem.message().contains("UTF-8"), problem.message());
    }

    @Test
    void missingOccupationsFileLeavesAnEmptyCatalog() {
        LoadResult result = DataLoader.load(files.without(OCC));
        assertEquals(0, result.catalog().size());
        assertEquals(OCC, result.report().errors().get(0).file());
    }

    @Test
    void typoInAWageStatisticIsAWarning() {
        LoadResult result = DataLoader.load(files.replace(OCC, "\"annual\": { \"median\": 33510 }", "\"annual\": { \"medain\": 33510 }"));
        assertTrue(result.report().warnings().stream().anyMatch(p -> p.location().equals("$.occupations[2].wages[0].annual.medain")),
                result.report().warnings().toString());
        // Nothing is left of that observation, which is an error of its own.
        assertTrue(result.report().errors().stream().anyMatch(p -> p.location().equals("$.occupations[2].wages[0].annual")
                && p.message().startsWith("needs at least one of \"p10\"")), result.report().errors().toString());
    }

    @Test
    void typoInAFieldNameIsAWarning() {
        LoadResult result = DataLoader.load(files.replace(OCC, "\"personalityTypes\": {", "\"personalityType\": {"));
        assertFalse(result.report().hasErrors());
        assertTrue(result.report().warnings().stream().anyMatch(p -> p.location().equals("$.occupations[0].personalityType")
                && p.message().contains("unknown field")), result.report().warnings().toString());
    }

    @Test
    void everyProblemInAFileNamesItsLineAndColumn() {
        List<InMemoryFiles> broken = List.of(
                files().replace(OCC, "\"annual\": { \"median\": 33510 }", "\"annual\": { \"median\": \"33510\" }"),
                files().replace(OCC, "\"code\": \"27-3031\",\n", ""),
                files().replace(OCC, "\"personalityTypes\": {", "\"personalityType\": {"),
                files().replace(OCC, "\"figure\": { \"figure\": \"employment\", \"year\": 2016 }",
                        "\"figure\": { \"figure\": \"employment\", \"year\": 2015 }"),
                files().replace(OCC, "\"code\": \"43-4121\",\n", "\"code\": \"43-4151\",\n"),
                files().replace(OCC, "\"growthPercent\": 5,", "\"growthPercent\": NaN,"),
                files().replace("i18n/de.json", "\"title\": \"Career Explorer\"", "\"title\": \"\""),
                files().replace("i18n/el.json", "\"title\": \"Career Explorer\"", "\"title\": 42"));
        for (InMemoryFiles file : broken) {
            List<Problem> problems = DataLoader.load(file).report().problems();
            assertFalse(problems.isEmpty());
            for (Problem problem : problems) {
                assertTrue(problem.location().isEmpty() || problem.position().isPresent(), problem::toString);
                assertTrue(problem.toString().matches("(error|warning): \\S+( \\S+ \\(line \\d+, column \\d+\\))?: .+"),
                        problem::toString);
            }
        }
    }

    private static InMemoryFiles files() {
        try {
            return InMemoryFiles.ofArticles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void unknownFieldIsAWarningAtItsPlace() {
        LoadResult result = DataLoader.load(files.replace(OCC, "\"personalityTypes\": {", "\"personalityType\": {"));
        Problem warning = result.report().warnings().stream().filter(p -> p.file().equals(OCC)).findFirst().orElseThrow();
        // The value of the unknown field starts after `      "personalityType": ` on line 96.
        assertAt("$.occupations[0].personalityType", 96, 26, "unknown field \"personalityType\" is ignored (a typo?)", warning);
        assertTrue(result.catalog().byCode("43-4051").orElseThrow().personalityTypes().isEmpty());
    }

    @Test
    void jobZoneOutOfRangeIsLeftOut() {
        LoadResult result = DataLoader.load(files.replace(OCC, "\"personalityTypes\": {",
                "\"jobZone\": { \"zone\": 7, \"source\": \"onet-online-2018\" }, \"personalityTypes\": {"));
        Problem problem = onlyError(result);
        assertAt("$.occupations[0].jobZone.zone", 96, 28, "the job zone must be between 1 and 5, not 7; job zone left out", problem);
        Occupation csr = result.catalog().byCode("43-4051").orElseThrow();
        assertTrue(csr.jobZone().isEmpty());
        assertTrue(csr.personalityTypes().isPresent());
    }

    @Test
    void monthOutOfRangeSkipsTheObservation() {
        LoadResult result = DataLoader.load(files.replace(OCC, "\"year\": 2008, \"month\": 5", "\"year\": 2008, \"month\": 13"));
        Problem problem = onlyError(result);
        assertAt("$.occupations[0].wages[0].month", 73, 34, "the month must be between 1 and 12, not 13; observation skipped", problem);
        Occupation csr = result.catalog().byCode("43-4051").orElseThrow();
        assertTrue(csr.wagesFor(2008).isEmpty());
        assertTrue(csr.wagesFor(2017).isPresent());
    }

    @Test
    void proOrConWithABadIdIsSkipped() {
        LoadResult result = DataLoader.load(files.replace(OCC, "\"id\": \"internships\"", "\"id\": \"Intern ships\""));
        Problem problem = onlyError(result);
        assertEquals("$.occupations[1].prosAndCons[1].id", problem.location());
        assertTrue(problem.message().startsWith("\"Intern ships\" is not an id (lower-case words joined by hyphens"),
                problem.message());
        assertTrue(problem.message().endsWith("; pro or con skipped"), problem.message());
        assertTrue(problem.position().isPresent());
        List<String> ids = result.catalog().byCode("27-3031").orElseThrow().prosAndCons().stream().map(p -> p.id()).toList();
        assertEquals(List.of("higher-pay", "degree-required", "wide-pay-range"), ids);
    }

    @Test
    void hollandCodeWithARepeatedLetterIsLeftOut() {
        LoadResult result = DataLoader.load(files.replace(OCC, "\"code\": \"ECS\"", "\"code\": \"EEC\""));
        Problem problem = onlyError(result);
        assertAt("$.occupations[0].holland.code", 95, 28,
                "\"EEC\" is not a Holland code (one to three different letters of RIASEC, like ECS); Holland code left out", problem);
        Occupation csr = result.catalog().byCode("43-4051").orElseThrow();
        assertTrue(csr.hollandCode().isEmpty());
        assertEquals(10, result.catalog().size());
    }

    @Test
    void aNameTwiceInAnObjectIsNotValidJson() {
        Problem problem = onlyError(DataLoader.load(files.replace(OCC, "\"growthPercent\": 5,",
                "\"growthPercent\": 5, \"growthPercent\": 4,")));
        assertEquals("$.occupations[0].projections[0].growthPercent", problem.location());
        assertTrue(problem.message().startsWith("not valid JSON: the name \"growthPercent\" appears twice"), problem.message());
        // The second name starts in column 67 of line 93.
        assertEquals(Optional.of(new Problem.Position(93, 67)), problem.position());
    }

    @Test
    void localeKeyWithADotIsSkipped() {
        LoadResult result = DataLoader.load(files.replace("i18n/de.json", "\"title\": \"Career Explorer\"",
                "\"tit.le\": \"Career Explorer\""));
        Problem problem = onlyError(result);
        assertEquals("i18n/de.json", problem.file());
        assertAt("$.app['tit.le']", "\"tit.le\" is not a key (not empty and without dots); skipped", problem);
        assertTrue(result.localization().find(Language.GERMAN, "app.title").orElseThrow().isFallback());
    }

    @Test
    void emptyLocaleTextIsAWarningAndShowsInEnglish() {
        LoadResult result = DataLoader.load(files.replace("i18n/de.json", "\"title\": \"Career Explorer\"", "\"title\": \"\""));
        assertFalse(result.report().hasErrors(), result.report().errors().toString());
        Problem warning = result.report().warnings().get(0);
        assertAt("$.app.title", "empty text; the English text is shown instead", warning);
        assertTrue(result.localization().find(Language.GERMAN, "app.title").orElseThrow().isFallback());
    }

    @Test
    void localeTextsUnderSomethingThatIsNoOccupationCodeAreSkipped() {
        LoadResult result = DataLoader.load(files.replace("i18n/de.json", "\"occupation\": {",
                "\"occupation\": {\n    \"43-405\": { \"title\": \"Kundendienst\" },"));
        Problem problem = onlyError(result);
        assertEquals("$.occupation.43-405", problem.location());
        assertTrue(problem.message().startsWith("\"43-405\" is not a SOC code"), problem.message());
        assertTrue(result.localization().find(Language.GERMAN, "occupation.43-405.title").isEmpty());
    }

    @Test
    void aBadElementSkipsTheWholeListOfTexts() {
        LoadResult result = DataLoader.load(files.replace("i18n/en.json", "\"howToGetJob\": [", "\"howToGetJob\": [3, "));
        Problem problem = result.report().errors().get(0);
        assertEquals("i18n/en.json", problem.file());
        assertEquals("$.occupation.43-4051.howToGetJob[0]", problem.location());
        assertEquals("expected a text but found the number 3; the whole list is skipped", problem.message());
        assertTrue(result.localization().find(Language.ENGLISH, "occupation.43-4051.howToGetJob").isEmpty());
    }

    @Test
    void localeFileThatIsNoObjectGivesNoTexts() {
        LoadResult result = DataLoader.load(files.with("i18n/lv.json", "[\"Karjeras\"]"));
        Problem problem = onlyError(result);
        assertEquals("$", problem.location());
        assertEquals("expected an object but found a list; no texts loaded from this file", problem.message());
        assertTrue(result.localization().find(Language.LATVIAN, "app.title").orElseThrow().isFallback());
    }
}

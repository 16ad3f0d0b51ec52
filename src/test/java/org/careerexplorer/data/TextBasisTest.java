package org.careerexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.careerexplorer.model.FigureRefSamples;
import org.careerexplorer.model.OccupationCatalog;
import org.careerexplorer.model.Source;
import org.junit.jupiter.api.Test;

/** The source an occupation's texts about the work rest on is written, read back, and checked like every source link. */
class TextBasisTest {

    private static final Source SURVEY = new Source("survey", "Survey", "Publisher", 2018, Optional.empty(), Optional.empty());
    private static final Source TASKS = new Source("onet-27-tasks", "O*NET 27.0 task statements", "USDOL/ETA", 2022,
            Optional.empty(), Optional.empty());

    private static OccupationCatalog read(String file, LoadReport report) {
        InMemoryFiles files = new InMemoryFiles().with(InMemoryFiles.OCCUPATIONS, file);
        return OccupationsFileReader.read(JsonDocument.read(files, InMemoryFiles.OCCUPATIONS, report, "").orElseThrow(), report);
    }

    @Test
    void survivesWritingAndReading() {
        OccupationCatalog catalog = new OccupationCatalog("test",
                List.of(FigureRefSamples.occupationWithEveryFigure(SURVEY, List.of()).withTextBasis(Optional.of(TASKS))),
                List.of(SURVEY, TASKS), Optional.empty());
        String written = OccupationsFileWriter.write(catalog);
        assertTrue(written.contains("\"textBasis\": {\n        \"source\": \"onet-27-tasks\"\n      }"), written);
        LoadReport report = new LoadReport();
        OccupationCatalog read = read(written, report);
        assertEquals(List.of(), report.problems());
        assertEquals(Optional.of(TASKS), read.byCode("43-4051").orElseThrow().textBasis());
        assertEquals(written, OccupationsFileWriter.write(read));
    }

    @Test
    void anUnknownSourceLeavesOnlyTheBasisOut() {
        OccupationCatalog catalog = new OccupationCatalog("test",
                List.of(FigureRefSamples.occupationWithEveryFigure(SURVEY, List.of()).withTextBasis(Optional.of(TASKS))),
                List.of(SURVEY, TASKS), Optional.empty());
        String broken = OccupationsFileWriter.write(catalog).replace("\"source\": \"onet-27-tasks\"",
                "\"source\": \"onet-28-tasks\"");
        LoadReport report = new LoadReport();
        OccupationCatalog read = read(broken, report);
        assertEquals(1, report.errors().size(), report.problems().toString());
        Problem problem = report.errors().get(0);
        assertEquals("$.occupations[0].textBasis.source", problem.location());
        assertTrue(problem.position().isPresent());
        assertTrue(problem.message().contains("onet-28-tasks") && problem.message().endsWith("basis of the texts left out"),
                problem.message());
        assertTrue(read.byCode("43-4051").orElseThrow().textBasis().isEmpty());
        assertEquals(1, read.size(), "the occupation itself stays");
    }
}

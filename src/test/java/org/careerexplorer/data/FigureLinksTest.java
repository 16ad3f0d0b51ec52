package org.careerexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerexplorer.model.FigureRef;
import org.careerexplorer.model.FigureRefSamples;
import org.careerexplorer.model.OccupationCatalog;
import org.careerexplorer.model.ProCon;
import org.careerexplorer.model.Source;
import org.junit.jupiter.api.Test;

/** Every kind of figure a pro or con can rest on is written and read back as it was. */
class FigureLinksTest {

    private static final Source SOURCE = new Source("survey", "Survey", "Publisher", 2018, Optional.empty(), Optional.empty());

    @Test
    void everyKindOfFigureSurvivesWritingAndReading() throws ReflectiveOperationException {
        List<ProCon> prosAndCons = new ArrayList<>();
        for (FigureRef figure : FigureRefSamples.allKinds()) {
            prosAndCons.add(new ProCon("rests-on-" + prosAndCons.size(), ProCon.Kind.PRO, Optional.of(figure)));
        }
        OccupationCatalog catalog = new OccupationCatalog("test", List.of(FigureRefSamples.occupationWithEveryFigure(SOURCE,
                prosAndCons)), List.of(SOURCE), Optional.empty());

        String written = OccupationsFileWriter.write(catalog);
        LoadReport report = new LoadReport();
        InMemoryFiles files = new InMemoryFiles().with(InMemoryFiles.OCCUPATIONS, written);
        OccupationCatalog read = OccupationsFileReader.read(
                JsonDocument.read(files, InMemoryFiles.OCCUPATIONS, report, "").orElseThrow(), report);

        assertEquals(List.of(), report.problems());
        assertEquals(prosAndCons, read.byCode("43-4051").orElseThrow().prosAndCons());
        assertEquals(written, OccupationsFileWriter.write(read));
    }
}

package org.careerexplorer.data;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.OccupationCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The steps of reading the bundled data, to see where the time of {@code LoadBenchmark} goes:
 * parsing the occupations file, checking it against its schema, all of reading it, and the locale files.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ReadStepsBenchmark {

    private static final String OCCUPATIONS = OccupationsFileReader.FILE;
    private static final SchemaCheck OCCUPATIONS_SCHEMA = SchemaCheck.load("/schema/occupations.schema.json");

    private JsonDocument parsed;

    @Setup
    public void parseOnce() {
        parsed = JsonDocument.read(DataFiles.bundled(), OCCUPATIONS, new LoadReport(), "").orElseThrow();
    }

    @Benchmark
    public JsonDocument parseOccupationsFile() {
        return JsonDocument.read(DataFiles.bundled(), OCCUPATIONS, new LoadReport(), "").orElseThrow();
    }

    @Benchmark
    public List<SchemaCheck.Violation> checkOccupationsFileAgainstSchema() {
        return OCCUPATIONS_SCHEMA.check(parsed);
    }

    @Benchmark
    public OccupationCatalog readOccupationsFile() {
        LoadReport report = new LoadReport();
        return OccupationsFileReader.read(JsonDocument.read(DataFiles.bundled(), OCCUPATIONS, report, "").orElseThrow(), report);
    }

    @Benchmark
    public int readLocaleFiles() {
        LoadReport report = new LoadReport();
        int texts = 0;
        for (Language language : Language.values()) {
            texts += LocaleFileReader.read(JsonDocument.read(DataFiles.bundled(), language.fileName(), report, "")
                    .orElseThrow(), report).size();
        }
        return texts;
    }
}

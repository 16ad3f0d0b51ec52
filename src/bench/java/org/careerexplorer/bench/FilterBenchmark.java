package org.careerexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadReport;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.explorer.ExplorerViewModel;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.Localization;
import org.careerexplorer.model.EducationFilter;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.EducationRequirement;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.OccupationCatalog;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.Projection;
import org.careerexplorer.model.Source;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;
import org.careerexplorer.settings.SettingsStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One keystroke in the search field with the education filter on: the browser's filter and sort
 * over all occupations, and the list of matches it hands to the (virtualized) list view. Measured
 * per keystroke of a ten-character query, on the bundled data and on 50,000 generated occupations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FilterBenchmark {

    private static final String QUERY = "technician";

    @Param({"bundled", "generated-50000"})
    public String dataset;

    private ExplorerViewModel browser;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        LoadResult data = dataset.equals("bundled") ? DataLoader.loadBundled() : generated(50_000);
        // Nothing is saved: the settings folder only has to exist for the state to be made.
        AppState state = new AppState(data, new SettingsStore(Files.createTempDirectory("bench-settings")), Locale.ENGLISH,
                Optional.of(Language.ENGLISH));
        browser = new ExplorerViewModel(state);
        browser.educationLevelProperty().set(EducationLevel.BACHELOR);
        browser.educationModeProperty().set(EducationFilter.Mode.UP_TO);
    }

    @Benchmark
    @OperationsPerInvocation(10)
    public int typeTenCharacters() {
        int matches = 0;
        for (int i = 1; i <= QUERY.length(); i++) {
            browser.searchTextProperty().set(QUERY.substring(0, i));
            matches += browser.visibleOccupations().size();
        }
        browser.searchTextProperty().set("");
        return matches;
    }

    /** Occupations with made-up codes, titles, wages, education and growth; the same every run. */
    static LoadResult generated(int count) {
        Random random = new Random(42);
        Source source = new Source("gen", "Generated", "Benchmark", 2023, Optional.empty(), Optional.empty());
        String[] words = {"technician", "assistant", "manager", "operator", "analyst", "teacher", "clerk", "engineer",
                "nurse", "driver", "installer", "designer"};
        List<Occupation> occupations = new ArrayList<>();
        Map<String, Object> titles = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String code = String.format("%02d-%04d", 11 + i / 10_000, i % 10_000);
            double median = 20_000 + random.nextInt(150_000);
            WageObservation wages = new WageObservation(2023, OptionalInt.of(5), source, Optional.empty(), Map.of(
                    PayPeriod.ANNUAL, Map.of(WageStatistic.P10, WageValue.published(median * 0.6),
                            WageStatistic.MEDIAN, WageValue.published(median), WageStatistic.P90, WageValue.published(median * 1.8))));
            EducationLevel level = EducationLevel.values()[random.nextInt(EducationLevel.values().length)];
            Projection growth = new Projection(2024, 2034, OptionalDouble.of(random.nextInt(300) / 10.0 - 10),
                    Optional.empty(), OptionalDouble.of(random.nextInt(50_000)), source);
            occupations.add(new Occupation(code, List.of(new EducationRequirement(level, 2024, source)), Optional.empty(),
                    List.of(wages), List.of(), List.of(growth), Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(), List.of(), Optional.empty(), Optional.empty()));
            titles.put("occupation." + code + ".title", words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)]
                    + " " + i);
        }
        return new LoadResult(new OccupationCatalog("generated", occupations, List.of(source), Optional.empty()),
                new Localization(Map.of(Language.ENGLISH, titles)), new LoadReport());
    }
}

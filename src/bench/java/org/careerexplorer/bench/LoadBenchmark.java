package org.careerexplorer.bench;

import java.util.concurrent.TimeUnit;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Reading and checking all bundled data: the occupations file and all five locale files. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {

    @Benchmark
    public LoadResult loadAllBundledData() {
        return DataLoader.loadBundled();
    }
}

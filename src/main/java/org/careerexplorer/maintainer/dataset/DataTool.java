package org.careerexplorer.maintainer.dataset;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.careerexplorer.data.DataFiles;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.data.OccupationsFileWriter;
import org.careerexplorer.data.Problem;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.Localization;

/**
 * Command-line tools for the people who maintain the data and the translations.
 * <pre>
 *   validate DIR              check DIR/data/occupations.json and DIR/i18n/*.json; exit 1 if there are errors,
 *                             or if an occupation lacks a text about the work in some language
 *   build-data RAW SEED OUT   build OUT (the bundled occupations.json) from the raw tables in RAW and the seed file
 *   own-words-index REF OUT   index the runs of words in O*NET's descriptions and task statements in REF (see OwnWordsIndex)
 * </pre>
 * Run them with {@code mvn -q compile exec:java -Dexec.args="validate resources"} and
 * {@code mvn -q compile exec:java -Dexec.args="build-data data/raw data/seed/occupations.json resources/data/occupations.json"}.
 */
public final class DataTool {

    private DataTool() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 2 && args[0].equals("validate")) {
            return validate(Path.of(args[1]), out, err);
        }
        if (args.length == 4 && args[0].equals("build-data")) {
            return buildData(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), out, err);
        }
        if (args.length == 3 && args[0].equals("own-words-index")) {
            return ownWordsIndex(Path.of(args[1]), Path.of(args[2]), out, err);
        }
        err.println("usage: validate DIR   (DIR holds data/occupations.json and i18n/<lang>.json)");
        err.println("       build-data RAW SEED OUT   (RAW holds the BLS and O*NET tables, SEED the articles' figures)");
        err.println("       own-words-index REF OUT   (REF holds O*NET's Occupation Data.txt and Task Statements.txt)");
        return 2;
    }

    static int buildData(Path raw, Path seed, Path output, PrintStream out, PrintStream err) {
        try {
            DatasetBuilder.Result result = DatasetBuilder.build(raw, seed);
            result.notes().forEach(n -> out.println("note: " + n));
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, OccupationsFileWriter.write(result.catalog()), StandardCharsets.UTF_8);
            out.printf(Locale.ROOT, "%d occupations written to %s%n", result.catalog().size(), output);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("error: the dataset could not be built: " + e.getMessage());
            return 1;
        }
    }

    static int ownWordsIndex(Path reference, Path output, PrintStream out, PrintStream err) {
        try {
            OwnWordsIndex index = OwnWordsIndex.build(reference);
            index.write(output);
            out.printf(Locale.ROOT, "%d runs of %d words indexed in %s%n", index.size(), OwnWordsIndex.RUN, output);
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("error: the index could not be built: " + e.getMessage());
            return 1;
        }
    }

    static int validate(Path root, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(root)) {
            err.println("error: " + root + " is not a folder");
            return 2;
        }
        long start = System.nanoTime();
        LoadResult result = DataLoader.load(DataFiles.directory(root));
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<Problem> errors = result.report().errors();
        List<Problem> warnings = result.report().warnings();
        errors.forEach(out::println);
        warnings.forEach(out::println);
        out.printf(Locale.ROOT, "%d occupations, %d sources, data version %s%n",
                result.catalog().size(), result.catalog().sources().size(), result.catalog().dataVersion());
        out.println("translations:");
        for (Language language : Language.values()) {
            Localization.Coverage c = result.localization().coverage(language);
            out.printf(Locale.ROOT, "  %s %-9s %5.1f%% (%d of %d texts)%n", language.code(), language.endonym(),
                    c.share() * 100, c.translated(), c.total());
            c.missingKeys().forEach(k -> out.println("      missing: " + k));
        }
        WorkTextCoverage coverage = new WorkTextCoverage(result);
        coverage.print(out);
        List<String> textErrors = coverage.errors();
        textErrors.forEach(out::println);
        out.printf(Locale.ROOT, "%d errors, %d warnings (checked in %d ms)%n",
                errors.size() + textErrors.size(), warnings.size(), millis);
        return errors.isEmpty() && textErrors.isEmpty() ? 0 : 1;
    }
}

package org.careerexplorer.data;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random and mutated files never crash the loader: it always returns a result and a report. */
class LoaderPropertiesTest {

    private static final String ORIGINAL = load();

    private static String load() {
        try {
            return InMemoryFiles.ofArticles().text(InMemoryFiles.OCCUPATIONS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LoadResult loadWith(String occupations) {
        try {
            return DataLoader.load(InMemoryFiles.ofArticles().with(InMemoryFiles.OCCUPATIONS, occupations));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 200)
    void randomTextNeverCrashesTheLoader(@ForAll String content) {
        LoadResult result = loadWith(content);
        assertNotNull(result.catalog());
        assertTrue(result.report().hasErrors(), "random text is not a valid occupations file");
    }

    @Property(tries = 300)
    void mutatedFilesNeverCrashTheLoader(@ForAll("mutations") String content) {
        LoadResult result = loadWith(content);
        assertNotNull(result.catalog());
        // Whatever loaded is internally consistent: every related code resolves.
        result.catalog().occupations().forEach(o -> o.related().forEach(r ->
                assertTrue(result.catalog().byCode(r.code()).isPresent(), r.code())));
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, ORIGINAL.length() - 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 40);
        Arbitrary<String> insert = Arbitraries.oneOf(
                Arbitraries.of("", "\"", "{", "}", "[", "]", ",", ":", "null", "-1", "0", "1e999", "\"x\"", "true",
                        "\"high-school\"", "\"99-9999\"", "{}", "[]"),
                Arbitraries.strings().ofMaxLength(6));
        return net.jqwik.api.Combinators.combine(position, length, insert).as((at, cut, text) -> {
            int end = Math.min(ORIGINAL.length(), at + cut);
            return ORIGINAL.substring(0, at) + text + ORIGINAL.substring(end);
        });
    }
}

package org.careerexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Data files held in memory, starting from a copy of the bundled ones, for tests that break one thing. */
final class InMemoryFiles implements DataFiles {

    static final String OCCUPATIONS = "data/occupations.json";

    private final Map<String, byte[]> files = new HashMap<>();

    /**
     * The ten occupations of the source articles as the hand-made seed had them in November 2026
     * ({@code src/test/resources/bad-input/occupations.json}, in the seed's hand layout then) as the
     * occupations file, and the bundled locale files: a small, stable file to break in tests.
     */
    static InMemoryFiles ofArticles() throws IOException {
        InMemoryFiles copy = new InMemoryFiles();
        try (InputStream in = InMemoryFiles.class.getResourceAsStream("/bad-input/occupations.json")) {
            copy.files.put(OCCUPATIONS, in.readAllBytes());
        }
        for (String file : new String[] {"i18n/en.json", "i18n/de.json", "i18n/el.json", "i18n/lv.json", "i18n/et.json"}) {
            DataFiles.bundled().read(file).ifPresent(bytes -> copy.files.put(file, bytes));
        }
        return copy;
    }

    String text(String file) {
        return new String(files.get(file), StandardCharsets.UTF_8);
    }

    InMemoryFiles with(String file, String content) {
        files.put(file, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    InMemoryFiles withBytes(String file, byte[] content) {
        files.put(file, content);
        return this;
    }

    /** Replaces the first occurrence of {@code target} in {@code file}; fails if it is not there. */
    InMemoryFiles replace(String file, String target, String replacement) {
        String content = text(file);
        if (!content.contains(target)) {
            throw new IllegalArgumentException(file + " does not contain " + target);
        }
        return with(file, content.replaceFirst(java.util.regex.Pattern.quote(target),
                java.util.regex.Matcher.quoteReplacement(replacement)));
    }

    InMemoryFiles without(String file) {
        files.remove(file);
        return this;
    }

    @Override
    public Optional<byte[]> read(String relativePath) {
        return Optional.ofNullable(files.get(relativePath));
    }

    @Override
    public String describe() {
        return "test files";
    }
}

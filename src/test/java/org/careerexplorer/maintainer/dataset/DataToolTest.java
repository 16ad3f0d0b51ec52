package org.careerexplorer.maintainer.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataToolTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return DataTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bundledResourcesAreValid() {
        assertEquals(0, run("validate", "resources"), output());
        assertTrue(output().contains("0 errors"), output());
        assertTrue(output().lines().anyMatch(l -> l.matches("\\s*de Deutsch\\s+100\\.0% .*")), output());
    }

    @Test
    void errorsAreListedAndExitNonZero(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(dir.resolve("i18n"));
        Files.copy(Path.of("resources/i18n/en.json"), dir.resolve("i18n/en.json"));
        Files.writeString(dir.resolve("i18n/de.json"), "{\"language\": {\"name\": \"Deutsch\"}, \"app\": {\"title\": \"Career Explorer\"}}");
        Files.writeString(dir.resolve("data/occupations.json"),
                "{\"formatVersion\": 1, \"sources\": [], \"occupations\": [{\"code\": \"43-405\"}]}");
        assertEquals(1, run("validate", dir.toString()));
        String text = output();
        // The code's value starts in column 62 of the file's one line.
        assertTrue(text.contains("error: data/occupations.json $.occupations[0].code (line 1, column 62): \"43-405\" is not a SOC code"),
                text);
        assertTrue(text.contains("error: i18n/el.json: file not found"), text);
        assertTrue(text.contains("de Deutsch"), text);
        assertTrue(text.contains("missing: app.tagline"), text);
    }

    @Test
    void wrongArgumentsPrintUsage() {
        assertEquals(2, run("check"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage:"));
    }
}

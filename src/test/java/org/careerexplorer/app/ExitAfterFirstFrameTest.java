package org.careerexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real app, started in a JVM of its own on the headless platform, exits 0 after its first frame. */
class ExitAfterFirstFrameTest {

    @TempDir
    Path config;

    private Process start(String mainClass, String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CONFIG_HOME", config.toString());
        return builder.start();
    }

    @Test
    void appExitsWithZeroAfterItsFirstFrameWithDataLoaded() throws Exception {
        Process app = start("org.careerexplorer.app.AppLauncher", "--exit-after-first-frame");
        assertTrue(app.waitFor(90, TimeUnit.SECONDS), "the app did not exit");
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, app.exitValue(), output);
        assertTrue(output.matches("(?s).*first frame after \\d+ ms; 831 occupations; heap in use \\d+ MB.*"), output);
    }

    @Test
    void bareWindowBaselineExitsTheSameWay() throws Exception {
        Process bare = start("org.careerexplorer.maintainer.startup.BareWindow");
        assertTrue(bare.waitFor(60, TimeUnit.SECONDS), "the bare window did not exit");
        String output = new String(bare.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bare.exitValue(), output);
        assertTrue(output.contains("first frame after"), output);
    }
}

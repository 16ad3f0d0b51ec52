package org.careerexplorer.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.careerexplorer.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaults() {
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void savedChoicesComeBack() {
        new SettingsStore(dir).save(Settings.defaults().withLanguage(Language.LATVIAN).withTheme(Theme.DARK));
        Settings loaded = new SettingsStore(dir).load().settings();
        assertEquals(Optional.of(Language.LATVIAN), loaded.language());
        assertEquals(Theme.DARK, loaded.theme());
    }

    @Test
    void corruptFileIsMovedAsideAndReported() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "{\"language\": \"de\", ");
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertEquals(Settings.defaults(), loaded.settings());
        SettingsStore.Notice notice = loaded.notice().orElseThrow();
        assertEquals(SettingsStore.Notice.Kind.UNREADABLE_MOVED, notice.kind());
        Path backup = notice.backup().orElseThrow();
        assertEquals("{\"language\": \"de\", ", Files.readString(backup));
        assertTrue(backup.getFileName().toString().matches("settings\\.json\\.\\d{8}-\\d{6}\\.bak"), backup.toString());
    }

    @Test
    void emptyFileGivesDefaultsWithoutFuss() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "");
        SettingsStore.Loaded loaded = new SettingsStore(dir).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertTrue(loaded.notice().isEmpty());
    }

    @Test
    void shortlistKeepsItsOrderAndCodesTheDataLacks() {
        SettingsStore store = new SettingsStore(dir);
        store.save(Settings.defaults().withStarred("43-4051", true).withStarred("99-9999", true)
                .withStarred("27-3031", true).withStarred("43-4051", false));
        assertEquals(java.util.List.of("99-9999", "27-3031"), new SettingsStore(dir).load().settings().shortlist());
    }

    @Test
    void unwritableFolderGivesANoticeAndTheAppKeepsItsChoices() throws IOException {
        // A file where the folder should be: nobody, not even root, can create the folder.
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "x");
        SettingsStore store = new SettingsStore(blocked.resolve("career-explorer"));
        Optional<SettingsStore.Notice> notice = store.save(Settings.defaults().withTheme(Theme.DARK));
        assertEquals(SettingsStore.Notice.Kind.NOT_SAVED, notice.orElseThrow().kind());
        assertEquals(Settings.defaults(), store.load().settings());
    }

    @Test
    void readOnlyFolderGivesANotice() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root may write into read-only folders");
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Optional<SettingsStore.Notice> notice = new SettingsStore(dir).save(Settings.defaults());
            assertEquals(SettingsStore.Notice.Kind.NOT_SAVED, notice.orElseThrow().kind());
        } finally {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void twoWritersAtOnceNeverLeaveATruncatedFile() throws Exception {
        SettingsStore first = new SettingsStore(dir);
        SettingsStore second = new SettingsStore(dir);
        Settings light = Settings.defaults().withLanguage(Language.GERMAN).withStarred("43-4051", true);
        Settings dark = Settings.defaults().withLanguage(Language.GREEK).withTheme(Theme.DARK);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.Future<?> a = pool.submit(() -> {
            start.await();
            for (int i = 0; i < 200; i++) {
                first.save(light);
            }
            return null;
        });
        java.util.concurrent.Future<?> b = pool.submit(() -> {
            start.await();
            for (int i = 0; i < 200; i++) {
                second.save(dark);
                // Every read in between sees a whole file, one writer's or the other's.
                Settings seen = new SettingsStore(dir).load().settings();
                assertTrue(seen.equals(light) || seen.equals(dark), seen.toString());
            }
            return null;
        });
        start.countDown();
        a.get();
        b.get();
        pool.shutdown();
        Settings last = new SettingsStore(dir).load().settings();
        assertTrue(last.equals(light) || last.equals(dark), last.toString());
        try (var files = Files.list(dir)) {
            assertEquals(java.util.List.of(dir.resolve("settings.json")), files.toList(), "no temporary file is left");
        }
        second.save(dark);
        assertEquals(dark, new SettingsStore(dir).load().settings(), "the last writer wins");
    }

    @Test
    void fieldsOfANewerVersionAreKept() throws IOException {
        // A later version wrote fields this one does not know: saving must carry them over untouched.
        Files.writeString(dir.resolve("settings.json"), "{\"language\": \"et\", \"shortlist\": [\"43-4051\"],"
                + " \"window\": {\"width\": 1400, \"maximized\": false}, \"recentSearches\": [\"nurse\", \"Bäcker\"]}");
        SettingsStore store = new SettingsStore(dir);
        store.save(store.load().settings().withTheme(Theme.DARK));
        com.google.gson.JsonObject saved = com.google.gson.JsonParser.parseString(
                Files.readString(dir.resolve("settings.json"))).getAsJsonObject();
        assertEquals(com.google.gson.JsonParser.parseString("{\"width\": 1400, \"maximized\": false}"), saved.get("window"));
        assertEquals(com.google.gson.JsonParser.parseString("[\"nurse\", \"Bäcker\"]"), saved.get("recentSearches"));
        assertEquals("dark", saved.get("theme").getAsString());
        assertEquals("et", saved.get("language").getAsString());
    }
}

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
    void fieldsOfANewerVersionAreKept() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "{\"language\": \"et\", \"shortlist\": [\"43-4051\"]}");
        SettingsStore store = new SettingsStore(dir);
        store.save(store.load().settings().withTheme(Theme.DARK));
        String saved = Files.readString(dir.resolve("settings.json"));
        assertTrue(saved.contains("\"shortlist\"") && saved.contains("43-4051") && saved.contains("\"dark\""), saved);
    }
}

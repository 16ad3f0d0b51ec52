package org.careerexplorer.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.careerexplorer.i18n.Language;

/**
 * Keeps {@link Settings} in {@code settings.json} under {@code $XDG_CONFIG_HOME/career-explorer/}
 * (by default {@code ~/.config/career-explorer/}). Writes are atomic (a temporary file, then a
 * move); fields this version does not know are kept; a file that cannot be read is moved aside,
 * never overwritten.
 */
public final class SettingsStore {

    static final String FILE_NAME = "settings.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Path directory;
    private JsonObject lastRead = new JsonObject();
    /** False while an unreadable file could not be moved aside: it is not to be overwritten. */
    private boolean mayOverwrite = true;

    public SettingsStore(Path directory) {
        this.directory = directory;
    }

    /** The store in the user's configuration folder, following the XDG base directory rules. */
    public static SettingsStore forCurrentUser() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return new SettingsStore(base.resolve("career-explorer"));
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    /** The settings, and what to tell the user if something had to be done about the file. */
    public record Loaded(Settings settings, Optional<Notice> notice) {
    }

    /**
     * Something the user should hear about once.
     *
     * @param kind   what happened
     * @param file   the settings file
     * @param backup where an unreadable file was moved, if it was
     * @param detail the underlying problem, in the system's words
     */
    public record Notice(Kind kind, Path file, Optional<Path> backup, String detail) {

        public enum Kind {
            /** The file could not be read and was moved to {@code backup}. */
            UNREADABLE_MOVED,
            /** The file could not be read and could not be moved either; it is left alone. */
            UNREADABLE_KEPT,
            /** Settings could not be written. */
            NOT_SAVED
        }
    }

    public synchronized Loaded load() {
        Path file = file();
        if (!Files.exists(file)) {
            return new Loaded(Settings.defaults(), Optional.empty());
        }
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            if (content.isBlank()) {
                // Nothing to lose: start with defaults, and the next save writes a full file.
                return new Loaded(Settings.defaults(), Optional.empty());
            }
            JsonElement root = JsonParser.parseString(content);
            if (!root.isJsonObject()) {
                throw new JsonParseException("expected a JSON object");
            }
            lastRead = root.getAsJsonObject();
            return new Loaded(fromJson(lastRead), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Loaded(Settings.defaults(), Optional.of(moveAside(file, e)));
        }
    }

    /** Saves atomically; returns what to tell the user if that was not possible. */
    public synchronized Optional<Notice> save(Settings settings) {
        if (!mayOverwrite) {
            return Optional.of(new Notice(Notice.Kind.NOT_SAVED, file(), Optional.empty(),
                    "the unreadable settings file is kept as it is"));
        }
        JsonObject root = lastRead.deepCopy();
        if (settings.language().isPresent()) {
            root.addProperty("language", settings.language().get().code());
        } else {
            root.remove("language");
        }
        root.addProperty("theme", settings.theme().name().toLowerCase(Locale.ROOT));
        JsonArray shortlist = new JsonArray();
        settings.shortlist().forEach(shortlist::add);
        root.add("shortlist", shortlist);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, FILE_NAME, ".tmp");
            try {
                Files.writeString(temporary, GSON.toJson(root) + "\n", StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file(), StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            lastRead = root;
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of(new Notice(Notice.Kind.NOT_SAVED, file(), Optional.empty(), describe(e)));
        }
    }

    private static Settings fromJson(JsonObject root) {
        Optional<Language> language = string(root, "language").flatMap(Language::fromCode);
        Theme theme = string(root, "theme").filter(t -> t.equalsIgnoreCase("dark")).map(t -> Theme.DARK).orElse(Theme.LIGHT);
        List<String> shortlist = new ArrayList<>();
        JsonElement codes = root.get("shortlist");
        if (codes != null && codes.isJsonArray()) {
            codes.getAsJsonArray().forEach(c -> {
                if (c.isJsonPrimitive() && c.getAsJsonPrimitive().isString() && !shortlist.contains(c.getAsString())) {
                    shortlist.add(c.getAsString());
                }
            });
        }
        return new Settings(language, theme, shortlist);
    }

    private static Optional<String> string(JsonObject root, String field) {
        JsonElement value = root.get(field);
        return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                ? Optional.of(value.getAsString()) : Optional.empty();
    }

    private Notice moveAside(Path file, Exception problem) {
        Path backup = directory.resolve(FILE_NAME + "." + LocalDateTime.now().format(STAMP) + ".bak");
        try {
            Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
            return new Notice(Notice.Kind.UNREADABLE_MOVED, file, Optional.of(backup), describe(problem));
        } catch (IOException | SecurityException e) {
            mayOverwrite = false;
            return new Notice(Notice.Kind.UNREADABLE_KEPT, file, Optional.empty(), describe(problem));
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

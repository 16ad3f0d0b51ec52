package org.careerexplorer.testing;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.careerexplorer.data.DataFiles;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.settings.SettingsStore;

/**
 * The small, stable data that view-model and UI tests run on, so that a routine rebuild of the
 * bundled dataset breaks none of them. In {@code src/test/resources/fixture/}:
 * <ul>
 *   <li>{@code data/occupations.json}: the ten occupations of the source articles as the bundled data had
 *       them in November 2026 (links to occupations outside the fixture left out), and three made-up
 *       ones for edge cases: 11-9990 with top-coded pay, 47-9990 without a projection, 27-2990 paid by
 *       the hour only;</li>
 *   <li>{@code i18n/<lang>.json}: those thirteen occupations' texts.</li>
 * </ul>
 * The texts of the user interface are the bundled ones: they are what the UI tests check.
 */
public final class Fixture {

    /** Codes of the made-up occupations. */
    public static final String TOP_CODED = "11-9990";
    public static final String NO_PROJECTION = "47-9990";
    public static final String HOURLY_ONLY = "27-2990";
    /** Every occupation in the fixture. */
    public static final int SIZE = 13;

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static LoadResult loaded;

    private Fixture() {
    }

    /** The fixture, loaded once (the data is immutable). */
    public static synchronized LoadResult data() {
        if (loaded == null) {
            loaded = DataLoader.load(files());
        }
        return loaded;
    }

    /**
     * The shared state of a window over the fixture, in {@code language}, with its settings in
     * {@code settingsFolder} (a test's own folder, so that no test sees another's settings).
     */
    public static AppState state(Path settingsFolder, Language language) {
        return new AppState(data(), new SettingsStore(settingsFolder), Locale.ENGLISH, Optional.of(language));
    }

    /** The fixture's occupations file, and the bundled locale files with the fixture's occupation texts. */
    public static DataFiles files() {
        return new DataFiles() {
            @Override
            public Optional<byte[]> read(String relativePath) throws IOException {
                Optional<byte[]> own = resource("/fixture/" + relativePath);
                if (!relativePath.startsWith("i18n/") || own.isEmpty()) {
                    return own;
                }
                Optional<byte[]> bundled = DataFiles.bundled().read(relativePath);
                if (bundled.isEmpty()) {
                    return Optional.empty();
                }
                JsonObject texts = parse(bundled.get());
                texts.add("occupation", parse(own.get()).get("occupation"));
                return Optional.of(GSON.toJson(texts).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public String describe() {
                return "test fixture";
            }
        };
    }

    private static Optional<byte[]> resource(String path) {
        try (InputStream in = Fixture.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonObject parse(byte[] json) {
        return JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
    }
}

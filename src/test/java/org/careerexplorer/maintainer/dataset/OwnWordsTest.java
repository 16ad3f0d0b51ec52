package org.careerexplorer.maintainer.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.Occupation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No text about an occupation shares a run of eight words with O*NET's descriptions or task
 * statements (data/raw/onet27/own-words-index.bin, made from them with the own-words-index tool):
 * our texts are written from O*NET's facts, in our own words. The index holds English runs, so the
 * English texts are checked directly, and the German, Greek, Latvian and Estonian ones through
 * meaning-for-meaning English renderings of them (data/own-words/back-translations-*.json, made as
 * docs/writing/backtranslate.py says): a text translated from O*NET's wording, rendered back for its
 * meaning, shares O*NET's runs again.
 */
class OwnWordsTest {

    private static final Path INDEX = Path.of("data/raw/onet27/own-words-index.bin");
    private static final LoadResult BUNDLED = DataLoader.loadBundled();
    private static OwnWordsIndex index;

    @BeforeAll
    static void readIndex() throws IOException {
        index = OwnWordsIndex.read(INDEX);
        assertTrue(index.size() > 100_000, "the index of O*NET 27.0's wording: " + index.size());
    }

    @Test
    void noEnglishTextCopiesOnetsWording() {
        Map<String, String> texts = texts(Language.ENGLISH);
        assertTrue(texts.size() > 100, "texts checked: " + texts.size());
        List<String> copied = new ArrayList<>();
        texts.forEach((key, text) -> index.sharedRuns(text).forEach(run -> copied.add(key + ": \"" + run + "\" in: " + text)));
        assertEquals(List.of(), copied);
    }

    /**
     * Every text has a rendering of its current wording, and no rendering shares a run of eight words
     * with O*NET. A text changed since its rendering needs a new one.
     */
    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"GERMAN", "GREEK", "LATVIAN", "ESTONIAN"})
    void noTextInAnotherLanguageFollowsOnetsWording(Language language) throws IOException {
        Path file = Path.of("data/own-words/back-translations-" + language.code() + ".json");
        JsonNode renderings = Files.exists(file) ? new ObjectMapper().readTree(file.toFile()).path("texts") : NullNode.getInstance();
        List<String> unrendered = new ArrayList<>();
        List<String> copied = new ArrayList<>();
        Map<String, String> texts = texts(language);
        texts.forEach((key, text) -> {
            JsonNode rendering = renderings.path(key);
            if (!rendering.path("of").asText().equals(digest(text))) {
                unrendered.add(key);
            } else {
                String english = rendering.path("en").asText();
                index.sharedRuns(english).forEach(run -> copied.add(key + ": \"" + run + "\" in the rendering: " + english));
            }
        });
        assertTrue(texts.size() > 10_000, "texts checked: " + texts.size());
        assertEquals(List.of(), copied);
        assertEquals(List.of(), unrendered, unrendered.size() + " texts have no rendering of their current wording"
                + " (docs/writing/backtranslate.py makes them)");
    }

    /** Every text about an occupation in {@code language}'s own file, by key (list items as key.index). */
    private static Map<String, String> texts(Language language) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Occupation o : BUNDLED.catalog().occupations()) {
            String prefix = "occupation." + o.code();
            for (String field : BUNDLED.localization().childKeys(language, prefix)) {
                collect(language, prefix + "." + field, texts);
            }
        }
        return texts;
    }

    private static void collect(Language language, String key, Map<String, String> into) {
        if (BUNDLED.localization().has(language, key)) {
            List<String> list = BUNDLED.localization().list(language, key);
            if (list.isEmpty()) {
                into.put(key, BUNDLED.localization().text(language, key));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    into.put(key + "." + i, list.get(i));
                }
            }
        } else {
            for (String child : BUNDLED.localization().childKeys(language, key)) {
                collect(language, key + "." + child, into);
            }
        }
    }

    /** The first 16 hex digits of the text's SHA-256, as backtranslate.py writes them. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}

package org.careerexplorer.maintainer.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.Occupation;
import org.junit.jupiter.api.Test;

/**
 * No text about an occupation shares a run of eight words with O*NET's descriptions or task
 * statements (data/raw/onet27/own-words-index.bin, made from them with the own-words-index tool):
 * our texts are written from O*NET's facts, in our own words. The index holds English runs, so the
 * English texts are checked here; the other languages are written from the facts, not translated
 * from O*NET, which their second readers check.
 */
class OwnWordsTest {

    private static final Path INDEX = Path.of("data/raw/onet27/own-words-index.bin");

    @Test
    void noTextCopiesOnetsWording() throws IOException {
        OwnWordsIndex index = OwnWordsIndex.read(INDEX);
        assertTrue(index.size() > 100_000, "the index of O*NET 27.0's wording: " + index.size());
        LoadResult bundled = DataLoader.loadBundled();
        List<String> copied = new ArrayList<>();
        int texts = 0;
        for (Occupation o : bundled.catalog().occupations()) {
            String prefix = "occupation." + o.code() + ".";
            for (String field : bundled.localization().childKeys(Language.ENGLISH, "occupation." + o.code())) {
                for (String key : keysBelow(bundled, prefix + field)) {
                    for (String text : textsOf(bundled, key)) {
                        texts++;
                        index.sharedRuns(text).forEach(run -> copied.add(key + ": \"" + run + "\" in: " + text));
                    }
                }
            }
        }
        assertTrue(texts > 100, "texts checked: " + texts);
        assertEquals(List.of(), copied);
    }

    /** The key itself where it holds a text or a list, else every key below it (skills, pros, cons). */
    private static List<String> keysBelow(LoadResult data, String key) {
        if (data.localization().has(Language.ENGLISH, key)) {
            return List.of(key);
        }
        List<String> keys = new ArrayList<>();
        for (String child : data.localization().childKeys(Language.ENGLISH, key)) {
            keys.addAll(keysBelow(data, key + "." + child));
        }
        return keys;
    }

    private static List<String> textsOf(LoadResult data, String key) {
        List<String> list = data.localization().list(Language.ENGLISH, key);
        return list.isEmpty() ? data.localization().find(Language.ENGLISH, key).map(t -> List.of(t.text())).orElse(List.of()) : list;
    }
}

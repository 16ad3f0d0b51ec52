package org.careerexplorer.maintainer.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index finds a run of eight words it holds, whatever the case and punctuation, and nothing shorter. */
class OwnWordsIndexTest {

    private static final String REFERENCE = "Greet the visitors of a made-up museum and answer their questions about the opening hours.";

    @Test
    void findsRunsOfEightWordsAndNoShorterOnes() {
        OwnWordsIndex index = OwnWordsIndex.of(List.of(REFERENCE));
        assertEquals(List.of("visitors of a made up museum and answer"),
                index.sharedRuns("They welcome VISITORS of a made-up museum, and answer every call."));
        assertEquals(List.of(), index.sharedRuns("visitors of a made up museum and"), "seven words are no copy");
        assertEquals(List.of(), index.sharedRuns("They welcome the guests of a museum and answer their questions."));
    }

    @Test
    void readsBackWhatItWrote(@TempDir Path dir) throws IOException {
        OwnWordsIndex index = OwnWordsIndex.of(List.of(REFERENCE));
        index.write(dir.resolve("index.bin"));
        OwnWordsIndex read = OwnWordsIndex.read(dir.resolve("index.bin"));
        assertEquals(index.size(), read.size());
        assertEquals(index.sharedRuns(REFERENCE), read.sharedRuns(REFERENCE));
        assertEquals(REFERENCE.split(" ").length - OwnWordsIndex.RUN + 2, read.sharedRuns(REFERENCE).size(),
                "every run of the text itself (made-up counts as two words)");
    }
}

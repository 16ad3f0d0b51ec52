package org.careerexplorer.maintainer.dataset;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Every run of {@value #RUN} consecutive words in O*NET's occupation descriptions and task statements,
 * kept only as 48-bit hashes: enough to tell whether one of our texts shares such a run with O*NET's
 * wording, without a sentence of O*NET's in the project. Our texts are written from O*NET's facts in
 * our own words; the test that holds them to it reads this index.
 */
public final class OwnWordsIndex {

    /** Words in a row that count as copied wording. */
    public static final int RUN = 8;
    private static final int MAGIC = 0x4f574931; // "OWI1"
    private static final long MASK = (1L << 48) - 1;

    private final long[] hashes;

    private OwnWordsIndex(long[] sortedHashes) {
        this.hashes = sortedHashes;
    }

    /** The index of the texts in O*NET's {@code Occupation Data.txt} (Description) and {@code Task Statements.txt} (Task). */
    public static OwnWordsIndex build(Path referenceFolder) throws IOException {
        TreeSet<Long> all = new TreeSet<>();
        addColumn(referenceFolder.resolve("Occupation Data.txt"), "Description", all);
        addColumn(referenceFolder.resolve("Task Statements.txt"), "Task", all);
        return new OwnWordsIndex(all.stream().mapToLong(Long::longValue).toArray());
    }

    /** An index of these texts, for tests. */
    static OwnWordsIndex of(List<String> texts) {
        TreeSet<Long> all = new TreeSet<>();
        texts.forEach(t -> all.addAll(runHashes(t)));
        return new OwnWordsIndex(all.stream().mapToLong(Long::longValue).toArray());
    }

    private static void addColumn(Path tabSeparated, String column, TreeSet<Long> into) throws IOException {
        CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).build();
        try (CSVParser parser = CSVParser.parse(tabSeparated, StandardCharsets.UTF_8, format)) {
            for (CSVRecord row : parser) {
                into.addAll(runHashes(row.get(column)));
            }
        }
    }

    public void write(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(MAGIC);
            out.writeInt(hashes.length);
            for (long hash : hashes) {
                out.writeShort((int) (hash >>> 32));
                out.writeInt((int) hash);
            }
        }
    }

    public static OwnWordsIndex read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + " is not an index of O*NET's wording");
            }
            long[] hashes = new long[in.readInt()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = ((long) in.readUnsignedShort() << 32) | (in.readInt() & 0xffffffffL);
            }
            return new OwnWordsIndex(hashes);
        }
    }

    public int size() {
        return hashes.length;
    }

    /** The runs of {@value #RUN} words of {@code text} that O*NET's wording has too, in the order of the text. */
    public List<String> sharedRuns(String text) {
        List<String> words = words(text);
        List<String> shared = new ArrayList<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            if (Arrays.binarySearch(hashes, hash(words, i)) >= 0) {
                shared.add(String.join(" ", words.subList(i, i + RUN)));
            }
        }
        return shared;
    }

    /** Lower-case words of letters and digits; apostrophes vanish ("customer's" is "customers"). */
    static List<String> words(String text) {
        String plain = text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
        return Arrays.stream(plain.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static List<Long> runHashes(String text) {
        List<String> words = words(text);
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(hash(words, i));
        }
        return runs;
    }

    /** FNV-1a over the run's words, joined by spaces, cut to 48 bits. */
    private static long hash(List<String> words, int from) {
        long hash = 0xcbf29ce484222325L;
        for (int w = from; w < from + RUN; w++) {
            String word = words.get(w);
            for (int i = 0; i < word.length(); i++) {
                hash = (hash ^ word.charAt(i)) * 0x100000001b3L;
            }
            hash = (hash ^ ' ') * 0x100000001b3L;
        }
        return hash & MASK;
    }
}

package org.careerexplorer.maintainer.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the BLS and O*NET tables, and their ways of writing numbers: thousands separators,
 * {@code *} or {@code —} for "not available", {@code #} or {@code >=$239,200} for top-coded values.
 */
final class RawTables {

    /** BLS top-codes wages at these amounts: the true value is at least this much. */
    static final double TOP_CODED_HOURLY = 115.00;
    static final double TOP_CODED_ANNUAL = 239_200;

    private RawTables() {
    }

    /** A table's rows as maps from column name to text. */
    static List<Map<String, String>> read(Path file, char delimiter) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setQuote(delimiter == '\t' ? null : '"').setIgnoreEmptyLines(true).get();
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = new StringReader(content); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
        }
        return rows;
    }

    /** A figure as a table writes it. */
    record Figure(OptionalDouble value, boolean topCoded) {
        static final Figure NOT_AVAILABLE = new Figure(OptionalDouble.empty(), false);
    }

    /**
     * Parses a figure: "32,460" is 32460; "*", "**", "—" and "" are not available; "#" and
     * ">=$239,200" are top-coded at {@code topCodedAt}.
     */
    static Figure figure(String text, double topCodedAt) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.equals("*") || value.equals("**") || value.equals("\u2014") || value.equals("-")) {
            return Figure.NOT_AVAILABLE;
        }
        if (value.equals("#")) {
            return new Figure(OptionalDouble.of(topCodedAt), true);
        }
        if (value.startsWith(">=")) {
            return new Figure(OptionalDouble.of(number(value.substring(2))), true);
        }
        return new Figure(OptionalDouble.of(number(value)), false);
    }

    /** A plain number with optional "$" and thousands separators; anything else is an error in the table. */
    static double number(String text) {
        String digits = text.strip().replace("$", "").replace(",", "");
        if (!digits.matches("-?\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("not a number: \"" + text + "\"");
        }
        return Double.parseDouble(digits);
    }
}

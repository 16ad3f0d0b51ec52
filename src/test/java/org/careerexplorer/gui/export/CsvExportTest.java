package org.careerexplorer.gui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.export.CsvExport;
import org.careerexplorer.gui.text.FactPhrases;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exported sheet, read back: every figure with its year and source, in UTF-8 that spreadsheets recognise. */
class CsvExportTest {

    private static final LoadResult DATA = Fixture.data();

    @TempDir
    Path dir;

    private List<CSVRecord> export(Language language, String... codes) throws IOException {
        List<Occupation> occupations = java.util.Arrays.stream(codes).map(c -> DATA.catalog().byCode(c).orElseThrow()).toList();
        Path file = dir.resolve("export.csv");
        CsvExport.write(file, occupations, new CsvLabels(new FactPhrases(DATA.localization(), DATA.catalog().reference(), language)));
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 byte-order mark");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read());
            return CSVParser.parse(in, CSVFormat.DEFAULT).getRecords();
        }
    }

    @Test
    void everyFigureHasItsYearMonthAndSource() throws IOException {
        List<CSVRecord> rows = export(Language.ENGLISH, "43-4051");
        assertEquals(List.of("SOC code", "Occupation", "Measure", "Detail", "Period", "Value", "Unit", "Year", "Month",
                "Source", "Note"), rows.get(0).toList());
        assertTrue(rows.stream().anyMatch(r -> r.toList().equals(List.of("43-4051", "Customer service representative", "Wage",
                "Median", "Annual", "39680", "USD", "2023", "5",
                "Occupational Employment and Wage Statistics, May 2023 (U.S. Bureau of Labor Statistics, 2023)", ""))));
        assertTrue(rows.stream().anyMatch(r -> r.get(5).equals("29869") && r.get(7).equals("2008")
                && r.get(10).equals("computed from the hourly figure at 2,080 hours a year")));
        assertTrue(rows.stream().anyMatch(r -> r.get(2).equals("Projected employment change") && r.get(3).equals("2016-2026")
                && r.get(5).equals("5") && r.get(10).equals("As fast as average")));
        assertTrue(rows.stream().anyMatch(r -> r.get(2).equals("Employment") && r.get(5).equals("2785000") && r.get(7).equals("2016")));
        assertTrue(rows.stream().allMatch(r -> r.size() == 11));
    }

    @Test
    void aComparisonHoldsBothOccupationsInTheDisplayLanguage() throws IOException {
        List<CSVRecord> rows = export(Language.GREEK, "43-4051", "27-3031");
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("Υπάλληλος εξυπηρέτησης πελατών")));
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("Ειδικός δημοσίων σχέσεων") && r.get(5).equals("66750")));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("27-3031") && r.get(7).equals("2008") && r.get(5).equals("51280")));
    }

    @Test
    void topCodedFiguresSayAtLeast() throws IOException {
        List<CSVRecord> rows = export(Language.ENGLISH, Fixture.TOP_CODED);
        CSVRecord p90 = rows.stream().filter(r -> r.get(3).equals("Top 10%") && r.get(4).equals("Annual") && r.get(7).equals("2023"))
                .findFirst().orElseThrow();
        assertEquals("239200", p90.get(5));
        assertTrue(p90.get(10).startsWith("at least"), p90.get(10));
    }
}

package org.careerexplorer.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.Source;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;

/**
 * Writes occupations' figures to CSV: one row per figure, each with its year, month and source.
 * UTF-8 with a byte-order mark, so that LibreOffice and Excel recognise Greek, Latvian and Estonian
 * letters; numbers are plain (a dot before decimals, no thousands separator), so that spreadsheets
 * read them as numbers.
 */
public final class CsvExport {

    /** Column headings and words for the sheet, in the display language. */
    public interface Labels {
        List<String> header();

        String title(String code);

        String statistic(WageStatistic statistic);

        String period(PayPeriod period);

        /** "wage", "employment", "projected growth %", "annual openings", "education", … */
        String measure(String id);

        /** "computed from the hourly figure", "at least" … or "" */
        String note(WageValue value, PayPeriod period);

        /** An enum value or similar shown as text, e.g. an education level. */
        String label(String group, String id);
    }

    private CsvExport() {
    }

    /** The rows, without the header, for {@code occupations} in the given order. */
    public static List<List<String>> rows(List<Occupation> occupations, Labels labels) {
        List<List<String>> rows = new ArrayList<>();
        for (Occupation o : occupations) {
            String title = labels.title(o.code());
            Function<List<String>, List<String>> row = rest -> {
                List<String> cells = new ArrayList<>(List.of(o.code(), title));
                cells.addAll(rest);
                return cells;
            };
            for (WageObservation w : o.wages()) {
                for (PayPeriod period : PayPeriod.values()) {
                    for (WageStatistic statistic : WageStatistic.values()) {
                        w.value(period, statistic).ifPresent(v -> rows.add(row.apply(List.of(labels.measure("wage"),
                                labels.statistic(statistic), labels.period(period), number(v.amount()), "USD",
                                Integer.toString(w.year()), w.month().isPresent() ? Integer.toString(w.month().getAsInt()) : "",
                                source(w.source()), labels.note(v, period)))));
                    }
                }
            }
            o.employment().forEach(e -> rows.add(row.apply(List.of(labels.measure("employment"), "", "",
                    Long.toString(e.count()), labels.measure("jobs"), Integer.toString(e.year()), "", source(e.source()), ""))));
            o.projections().forEach(p -> {
                String years = p.startYear() + "-" + p.endYear();
                p.growthPercent().ifPresent(g -> rows.add(row.apply(List.of(labels.measure("growth"), years, "",
                        number(g), "%", Integer.toString(p.startYear()), "", source(p.source()),
                        p.category().map(c -> labels.label("growth", c.id())).orElse("")))));
                p.annualOpenings().ifPresent(n -> rows.add(row.apply(List.of(labels.measure("openings"), years, "",
                        number(n), labels.measure("perYear"), Integer.toString(p.startYear()), "", source(p.source()), ""))));
            });
            o.education().forEach(e -> rows.add(row.apply(List.of(labels.measure("education"),
                    labels.label("education.level", e.level().id()), "", "", "", Integer.toString(e.year()), "",
                    source(e.source()), ""))));
            o.training().ifPresent(t -> rows.add(row.apply(List.of(labels.measure("training"),
                    labels.label("training.onTheJob", t.onTheJob().id()), labels.label("training.experience", t.experience().id()),
                    "", "", Integer.toString(t.source().year()), "", source(t.source()), ""))));
            o.jobZone().ifPresent(z -> rows.add(row.apply(List.of(labels.measure("jobZone"), "", "",
                    Integer.toString(z.zone()), "1-5", Integer.toString(z.source().year()), "", source(z.source()), ""))));
            o.hollandCode().ifPresent(h -> rows.add(row.apply(List.of(labels.measure("holland"), h.code(), "", "", "",
                    Integer.toString(h.source().year()), "", source(h.source()), ""))));
        }
        return rows;
    }

    /** Writes the sheet to {@code file} (through a temporary file, so a failed export leaves no half file). */
    public static void write(Path file, List<Occupation> occupations, Labels labels) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                out.write('\uFEFF');
                printer.printRecord(labels.header());
                for (List<String> row : rows(occupations, labels)) {
                    printer.printRecord(row);
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String source(Source source) {
        return source.name() + " (" + source.publisher() + ", " + source.year() + ")";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}

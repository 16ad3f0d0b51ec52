package org.careerexplorer.gui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.careerexplorer.export.CsvExport;
import org.careerexplorer.gui.state.DialogService;
import org.careerexplorer.gui.text.FactPhrases;
import org.careerexplorer.model.Occupation;

/** The export and print commands of a window: ask where, do it, and say how it went. */
public final class ExportCommands {

    private final DialogService dialogs;

    public ExportCommands(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** Every figure of {@code occupations}, with its year and source, as a CSV sheet in the display language. */
    public void exportCsv(List<Occupation> occupations, String title, FactPhrases phrases) {
        askFile(title, ".csv", "CSV", "*.csv", phrases).ifPresent(file -> save(file, phrases,
                () -> CsvExport.write(file, occupations, new CsvLabels(phrases))));
    }

    /** The chart as a PNG at twice its size on screen. */
    public void exportPng(Node chart, String title, FactPhrases phrases) {
        askFile(title, ".png", "PNG", "*.png", phrases).ifPresent(file -> save(file, phrases,
                () -> ChartImages.writePng(chart, file)));
    }

    /** Prints a sheet laid out for paper; says so only if there is no printer or printing failed. */
    public void print(Region sheet, FactPhrases phrases) {
        switch (dialogs.print(sheet)) {
            case NO_PRINTER -> dialogs.showInformation(phrases.text("export.noPrinter"));
            case FAILED -> dialogs.showError(phrases.text("export.printFailed"));
            case PRINTED, CANCELLED -> {
                // Printed, or cancelled by the user: nothing to say.
            }
        }
    }

    /** A file name without characters that file systems refuse. */
    static String fileName(String title) {
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|]+", "-").strip();
        return cleaned.isEmpty() ? "career-explorer" : cleaned;
    }

    private Optional<Path> askFile(String title, String extension, String kind, String pattern, FactPhrases phrases) {
        return dialogs.askFileToSave(phrases.text("export.chooseFile"), fileName(title) + extension, kind, pattern);
    }

    /** Something that writes a file. */
    private interface FileWriting {
        void run() throws IOException;
    }

    private void save(Path file, FactPhrases phrases, FileWriting writing) {
        try {
            writing.run();
            dialogs.showInformation(phrases.format("export.saved", file));
        } catch (IOException | RuntimeException e) {
            dialogs.showError(phrases.format("export.failed", file, e.getMessage()));
        }
    }
}

package org.careerexplorer.gui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.careerexplorer.export.CsvExport;
import org.careerexplorer.gui.util.FactTexts;
import org.careerexplorer.model.Occupation;

/** The export and print commands: ask where, do it, and say how it went. */
public final class ExportActions {

    private ExportActions() {
    }

    public static void exportCsv(Window owner, List<Occupation> occupations, String suggestedName, FactTexts texts) {
        chooseFile(owner, suggestedName + ".csv", "CSV", "*.csv", texts).ifPresent(file -> {
            try {
                CsvExport.write(file, occupations, new CsvLabels(texts));
                inform(owner, texts.format("export.saved", file), Alert.AlertType.INFORMATION, texts);
            } catch (IOException | RuntimeException e) {
                inform(owner, texts.format("export.failed", file, e.getMessage()), Alert.AlertType.ERROR, texts);
            }
        });
    }

    public static void exportPng(Window owner, Node chart, String suggestedName, FactTexts texts) {
        chooseFile(owner, suggestedName + ".png", "PNG", "*.png", texts).ifPresent(file -> {
            try {
                ChartImages.writePng(chart, file);
                inform(owner, texts.format("export.saved", file), Alert.AlertType.INFORMATION, texts);
            } catch (IOException | RuntimeException e) {
                inform(owner, texts.format("export.failed", file, e.getMessage()), Alert.AlertType.ERROR, texts);
            }
        });
    }

    public static void print(Window owner, Region sheet, FactTexts texts) {
        switch (Printing.print(sheet, owner)) {
            case NO_PRINTER -> inform(owner, texts.text("export.noPrinter"), Alert.AlertType.INFORMATION, texts);
            case FAILED -> inform(owner, texts.text("export.printFailed"), Alert.AlertType.ERROR, texts);
            default -> {
                // Printed, or cancelled by the user: nothing to say.
            }
        }
    }

    /** A file name without characters that file systems refuse. */
    public static String fileName(String title) {
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|]+", "-").strip();
        return cleaned.isEmpty() ? "career-explorer" : cleaned;
    }

    private static Optional<Path> chooseFile(Window owner, String name, String kind, String pattern, FactTexts texts) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.text("export.chooseFile"));
        chooser.setInitialFileName(fileName(name));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static void inform(Window owner, String message, Alert.AlertType type, FactTexts texts) {
        Alert alert = new Alert(type, message);
        alert.setHeaderText(null);
        alert.setTitle(texts.text("app.title"));
        alert.initOwner(owner);
        alert.show();
    }
}

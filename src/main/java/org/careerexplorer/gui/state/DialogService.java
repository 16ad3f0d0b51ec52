package org.careerexplorer.gui.state;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.layout.Region;

/**
 * Every alert, file chooser, dialog and secondary window opens through here, so that the controllers
 * and commands that ask for them stay testable with a recording double. Call on the FX thread.
 */
public interface DialogService {

    /** What became of a print request. */
    enum PrintOutcome { PRINTED, CANCELLED, NO_PRINTER, FAILED }

    void showInformation(String message);

    void showError(String message);

    /** A warning with a title and a headline, e.g. settings that could not be saved. */
    void showWarning(String title, String header, String message);

    /** A long text to read and copy from, e.g. the problems found in the data. */
    void showText(String title, String header, String text);

    /**
     * Asks where to save a file.
     *
     * @param kind    what the files are called in the chooser's filter, e.g. "CSV"
     * @param pattern the filter's pattern, e.g. "*.csv"
     * @return the chosen file, or empty if the user cancelled
     */
    Optional<Path> askFileToSave(String title, String suggestedName, String kind, String pattern);

    /** Shows the print dialog and prints {@code sheet}, laid out for paper, over as many pages as it needs. */
    PrintOutcome print(Region sheet);

    /** Opens a window comparing these occupations (between {@link Comparison#MIN} and {@link Comparison#MAX}). */
    void showComparison(List<String> codes);

    void showAbout();
}

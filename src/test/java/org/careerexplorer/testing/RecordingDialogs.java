package org.careerexplorer.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.layout.Region;
import org.careerexplorer.gui.state.DialogService;

/**
 * A dialog service that shows nothing and remembers what it was asked, for tests. It answers file
 * choosers with {@link #answerFileChooser(Path)} (cancel by default) and print requests with
 * {@link #answerPrint(PrintOutcome)} (cancelled by default).
 */
public final class RecordingDialogs implements DialogService {

    /** One call: which method, and its texts or codes. */
    public record Call(String kind, List<String> texts) {
    }

    private final List<Call> calls = new ArrayList<>();
    private final List<Region> printed = new ArrayList<>();
    private Optional<Path> fileAnswer = Optional.empty();
    private PrintOutcome printAnswer = PrintOutcome.CANCELLED;

    public RecordingDialogs answerFileChooser(Path file) {
        fileAnswer = Optional.of(file);
        return this;
    }

    public RecordingDialogs answerPrint(PrintOutcome outcome) {
        printAnswer = outcome;
        return this;
    }

    /** Every call so far, in order. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls of one kind: "information", "error", "warning", "text", "file", "print", "comparison", "about". */
    public List<Call> calls(String kind) {
        return calls.stream().filter(c -> c.kind().equals(kind)).toList();
    }

    /** The sheets handed to print. */
    public List<Region> printed() {
        return List.copyOf(printed);
    }

    @Override
    public void showInformation(String message) {
        calls.add(new Call("information", List.of(message)));
    }

    @Override
    public void showError(String message) {
        calls.add(new Call("error", List.of(message)));
    }

    @Override
    public void showWarning(String title, String header, String message) {
        calls.add(new Call("warning", List.of(title, header, message)));
    }

    @Override
    public void showText(String title, String header, String text) {
        calls.add(new Call("text", List.of(title, header, text)));
    }

    @Override
    public Optional<Path> askFileToSave(String title, String suggestedName, String kind, String pattern) {
        calls.add(new Call("file", List.of(title, suggestedName, kind, pattern)));
        return fileAnswer;
    }

    @Override
    public PrintOutcome print(Region sheet) {
        calls.add(new Call("print", List.of()));
        printed.add(sheet);
        return printAnswer;
    }

    @Override
    public void showComparison(List<String> codes) {
        calls.add(new Call("comparison", codes));
    }

    @Override
    public void showAbout() {
        calls.add(new Call("about", List.of()));
    }
}

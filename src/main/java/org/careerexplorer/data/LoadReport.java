package org.careerexplorer.data;

import java.util.ArrayList;
import java.util.List;

/** Everything the loader found wrong, in the order it found it. */
public final class LoadReport {

    private final List<Problem> problems = new ArrayList<>();

    public LoadReport() {
    }

    void error(String file, String location, String message) {
        problems.add(new Problem(Problem.Severity.ERROR, file, location, message));
    }

    void warning(String file, String location, String message) {
        problems.add(new Problem(Problem.Severity.WARNING, file, location, message));
    }

    /** Appends another report's problems, in their order. */
    void addAll(LoadReport other) {
        problems.addAll(other.problems);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }
}

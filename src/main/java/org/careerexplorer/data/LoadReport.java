package org.careerexplorer.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything the loader found wrong, in the order it found it. */
public final class LoadReport {

    private final List<Problem> problems = new ArrayList<>();

    public LoadReport() {
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    /** A problem with the whole file, which has no place in it. */
    void fileError(String file, String message) {
        add(new Problem(Problem.Severity.ERROR, file, "", Optional.empty(), message));
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

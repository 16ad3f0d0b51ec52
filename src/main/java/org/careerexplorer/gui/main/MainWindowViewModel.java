package org.careerexplorer.gui.main;

import java.util.Optional;
import org.careerexplorer.data.Problem;
import org.careerexplorer.gui.explorer.ExplorerViewModel;
import org.careerexplorer.gui.occupation.OccupationViewModel;
import org.careerexplorer.gui.shortlist.ShortlistViewModel;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.state.DialogService;

/**
 * The main window's view-models: the browser, the detail and the shortlist, over the shared state.
 * They live as long as the window, across language switches, which rebuild only the views.
 */
public final class MainWindowViewModel {

    private final AppState state;
    private final DialogService dialogs;
    private final ExplorerViewModel explorer;
    private final OccupationViewModel occupation;
    private final ShortlistViewModel shortlist;

    /** @param startOccupation the occupation to open first; the first in the list if empty or unknown */
    public MainWindowViewModel(AppState state, DialogService dialogs, Optional<String> startOccupation) {
        this.state = state;
        this.dialogs = dialogs;
        this.explorer = new ExplorerViewModel(state);
        this.occupation = new OccupationViewModel(state);
        this.shortlist = new ShortlistViewModel(state, dialogs);
        startOccupation.filter(code -> state.data().catalog().byCode(code).isPresent())
                .or(() -> explorer.visibleOccupations().stream().findFirst().map(first -> first.code()))
                .ifPresent(state.navigation()::open);
    }

    public AppState state() {
        return state;
    }

    public ExplorerViewModel explorer() {
        return explorer;
    }

    public OccupationViewModel occupation() {
        return occupation;
    }

    public ShortlistViewModel shortlist() {
        return shortlist;
    }

    /** A one-line status of the data: all loaded, or how many problems. */
    public String dataStatus() {
        int problems = state.data().report().problems().size();
        return problems == 0 ? state.text("browse.problems.none") : state.format("browse.problems.some", problems);
    }

    public boolean hasDataProblems() {
        return !state.data().report().problems().isEmpty();
    }

    /** Lists every problem found in the data, or says there is none. */
    public void showDataProblems() {
        String details = String.join("\n", state.data().report().problems().stream().map(Problem::toString).toList());
        dialogs.showText(state.text("browse.problems.dialogTitle"), hasDataProblems()
                ? state.text("browse.problems.dialogHeader") : state.text("browse.problems.none"), details);
    }
}

package org.careerexplorer.gui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.careerexplorer.gui.export.PrintSheet;

/** A comparison laid out for paper: the year note, the chart, and one column per occupation. */
final class CompareSheet {

    private CompareSheet() {
    }

    static VBox of(CompareViewModel vm, Node chart) {
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(vm.columns());
        List<List<String>> rows = vm.rows().stream().map(row -> {
            List<String> cells = new ArrayList<>(List.of(row.label()));
            cells.addAll(row.values());
            return cells;
        }).toList();
        return new PrintSheet().title(vm.text("compare.title")).text(vm.yearNoteProperty().get()).picture(chart)
                .table(header, rows, true).small(vm.footer()).sheet();
    }
}

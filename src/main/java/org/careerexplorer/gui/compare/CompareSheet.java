package org.careerexplorer.gui.compare;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.careerexplorer.gui.export.PrintSheet;

/** A comparison laid out for paper: the year note, the chart, and one column per occupation. */
final class CompareSheet {

    private CompareSheet() {
    }

    static VBox of(CompareViewModel vm, Node chart) {
        return new PrintSheet().title(vm.text("compare.title")).text(vm.yearNoteProperty().get()).picture(chart)
                .table("", vm.columns(), vm.rows().stream().map(CompareRow::label).toList(),
                        vm.rows().stream().map(CompareRow::values).toList(), true)
                .small(vm.footer()).sheet();
    }
}

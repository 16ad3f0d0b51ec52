package org.careerexplorer.gui.occupation;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.careerexplorer.gui.export.PrintSheet;

/** The open occupation laid out for paper: title, summary, key facts, pros and cons, pay, education, related jobs, sources. */
public final class OccupationSheet {

    private OccupationSheet() {
    }

    /** @param chart the wage chart as shown, printed as a picture */
    public static VBox of(OccupationViewModel vm, Node chart) {
        PrintSheet sheet = new PrintSheet().title(vm.titleProperty().get()).text(vm.subtitleProperty().get())
                .text(vm.summaryProperty().get())
                .pairs(vm.facts().stream().map(OccupationViewModel.FactItem::label).toList(),
                        vm.facts().stream().map(OccupationViewModel.FactItem::value).toList())
                .prosAndCons(vm.text("detail.pros"), vm.pros(), vm.text("detail.cons"), vm.cons());
        if (!vm.wageRows().isEmpty()) {
            List<String> header = new ArrayList<>(List.of(vm.text("wage.table.statistic")));
            header.addAll(vm.wageColumns());
            List<List<String>> rows = vm.wageRows().stream().map(row -> {
                List<String> cells = new ArrayList<>(List.of(row.statistic()));
                cells.addAll(row.values());
                return cells;
            }).toList();
            sheet.heading(vm.text("detail.pay")).picture(chart).table(header, rows, false)
                    .small(vm.wageCaptionProperty().get());
        }
        if (!vm.educationTextProperty().get().isEmpty()) {
            sheet.heading(vm.text("detail.education")).text(vm.educationTextProperty().get());
        }
        if (!vm.relatedJobs().isEmpty()) {
            sheet.heading(vm.text("detail.related")).text(String.join(" \u00b7 ",
                    vm.relatedJobs().stream().map(r -> r.title() + " (" + r.medianPay().text() + ")").toList()));
        }
        return sheet.heading(vm.text("detail.sources")).small(String.join("\n", vm.sources())).small(vm.footer()).sheet();
    }
}

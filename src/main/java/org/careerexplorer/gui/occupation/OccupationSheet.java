package org.careerexplorer.gui.occupation;

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
                .text(vm.summaryProperty().get());
        if (!vm.duties().isEmpty()) {
            sheet.heading(vm.text("detail.duties")).text(String.join("\n", vm.duties().stream().map(d -> "\u2022 " + d).toList()));
        }
        sheet
                .pairs(vm.facts().stream().map(OccupationViewModel.FactItem::label).toList(),
                        vm.facts().stream().map(OccupationViewModel.FactItem::value).toList())
                .prosAndCons(vm.text("detail.pros"), vm.pros(), vm.text("detail.cons"), vm.cons());
        if (!vm.wageRows().isEmpty()) {
            sheet.heading(vm.text("detail.pay")).picture(chart)
                    .table(vm.text("wage.table.statistic"), vm.wageColumns(), vm.wageRows().stream().map(WageRow::statistic).toList(),
                            vm.wageRows().stream().map(WageRow::values).toList(), false)
                    .small(vm.wageCaptionProperty().get());
        }
        if (!vm.educationTextProperty().get().isEmpty()) {
            sheet.heading(vm.text("detail.education")).text(vm.educationTextProperty().get());
            if (!vm.educationLevelNoteProperty().get().isEmpty()) {
                sheet.small(vm.educationLevelNoteProperty().get());
            }
        }
        if (!vm.relatedJobs().isEmpty()) {
            sheet.heading(vm.text("detail.related")).text(String.join(" \u00b7 ",
                    vm.relatedJobs().stream().map(r -> r.title() + " (" + r.medianPay().text() + ")").toList()));
        }
        return sheet.heading(vm.text("detail.sources")).small(String.join("\n", vm.sources())).small(vm.footer()).sheet();
    }
}

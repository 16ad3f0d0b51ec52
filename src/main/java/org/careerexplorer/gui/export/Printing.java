package org.careerexplorer.gui.export;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;
import org.careerexplorer.gui.state.DialogService.PrintOutcome;

/**
 * Prints a sheet laid out for paper: scaled to the printable width and cut into as many pages as
 * it needs, rather than a screenshot squeezed onto one page.
 */
public final class Printing {

    private Printing() {
    }

    public static PrintOutcome print(Region sheet, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return PrintOutcome.NO_PRINTER;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return PrintOutcome.CANCELLED;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        double width = layout.getPrintableWidth();
        double pageHeight = layout.getPrintableHeight();
        Group holder = layOut(sheet, width);
        double height = sheet.getHeight();
        int pages = Math.max(1, (int) Math.ceil(height / pageHeight));
        for (int page = 0; page < pages; page++) {
            showPage(sheet, page * pageHeight, width, pageHeight);
            if (!job.printPage(layout, holder)) {
                job.cancelJob();
                return PrintOutcome.FAILED;
            }
        }
        return job.endJob() ? PrintOutcome.PRINTED : PrintOutcome.FAILED;
    }

    /** Gives the sheet the page's width and its own height, styled as on screen. */
    public static Group layOut(Region sheet, double width) {
        Group holder = new Group(sheet);
        new Scene(holder);
        sheet.applyCss();
        double height = sheet.prefHeight(width);
        sheet.resize(width, height);
        sheet.layout();
        return holder;
    }

    /** Shows one page-high slice of the sheet, from {@code top} down, at the page's origin. */
    public static void showPage(Region sheet, double top, double width, double pageHeight) {
        sheet.setClip(new Rectangle(0, top, width, pageHeight));
        sheet.setTranslateY(-top);
    }
}

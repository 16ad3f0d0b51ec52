package org.careerexplorer.gui.occupation;


/** A row of the related-jobs table; each column sorts by the number behind its text. */
public record RelatedJobRow(String code, String title, SortableText medianPay, SortableText education,
                            SortableText difference) {
}

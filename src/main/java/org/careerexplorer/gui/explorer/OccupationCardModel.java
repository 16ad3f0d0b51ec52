package org.careerexplorer.gui.explorer;

import java.text.CollationKey;
import java.util.OptionalDouble;
import org.careerexplorer.model.EducationLevel;

/**
 * One occupation as the browser shows and filters it, in one language.
 *
 * @param summaryLine  the first sentence of the written summary, empty where none is written
 * @param searchKey    title, English title and code, folded for matching (see {@link SearchText})
 * @param medianAnnual the headline pay's amount ({@code Occupation.headlinePay()}), for sorting
 * @param education    typical entry-level education, null if not known
 * @param growth       latest projected growth in percent, for sorting
 * @param titleKey     the title's collation key in the display language: sorting by it is fast
 */
public record OccupationCardModel(String code, String title, boolean titleFallback, String summaryLine, SearchText searchKey,
                                  String payText, OptionalDouble medianAnnual, EducationLevel education,
                                  String educationText, String outlookText, OptionalDouble growth,
                                  CollationKey titleKey) {
}

package org.careerexplorer.gui.explorer;

/** One row of the occupation list: the code and the title in the current language. */
public record OccupationItem(String code, String title, boolean titleIsFallback) {
}

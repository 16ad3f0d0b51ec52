package org.careerexplorer.gui.controls;

import java.util.List;

/**
 * What the wage chart draws, without JavaFX chart types: one series per year, one bar per statistic.
 *
 * @param name the series' name, e.g. "May 2018"
 */
public record WageBarModel(String name, List<Bar> bars) {

    /** One bar: its category (the statistic's label), value, label and tooltip. */
    public record Bar(String category, double value, String valueText, String tooltip, boolean computed) {
    }
}

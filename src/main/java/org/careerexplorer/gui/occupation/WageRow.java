package org.careerexplorer.gui.occupation;

import java.util.List;

/** A row of the wage table: a statistic and its value in each year shown. */
public record WageRow(String statistic, List<String> values) {
}

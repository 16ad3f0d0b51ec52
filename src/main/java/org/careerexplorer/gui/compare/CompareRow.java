package org.careerexplorer.gui.compare;

import java.util.List;

/** A row of the comparison: what is compared, and one value per occupation. */
public record CompareRow(String label, List<String> values) {
}

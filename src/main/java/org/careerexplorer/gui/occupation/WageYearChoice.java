package org.careerexplorer.gui.occupation;

/** An entry of the year picker: one year, or all years side by side ({@code year} null). */
public record WageYearChoice(Integer year, String label) {

    public boolean allYears() {
        return year == null;
    }

    @Override
    public String toString() {
        return label;
    }
}

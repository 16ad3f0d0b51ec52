package org.careerexplorer.gui.shortlist;

/** A starred occupation as the shortlist shows it. */
public record ShortlistItem(String code, String title, String payText) {

    @Override
    public String toString() {
        return title;
    }
}

package org.careerexplorer.gui.explorer;

import org.careerexplorer.model.JsonId;

/** How the occupation list is ordered. */
public enum SortOrder implements JsonId {
    TITLE("title"),
    MEDIAN_PAY("pay"),
    EDUCATION("education"),
    GROWTH("growth");

    private final String id;

    SortOrder(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}

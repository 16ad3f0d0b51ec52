package org.careerexplorer.settings;

/** The colour scheme of the window. */
public enum Theme {
    LIGHT, DARK
}

package org.careerexplorer.gui.main;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import org.careerexplorer.settings.Theme;

/** Applies the light or dark AtlantaFX theme, and the {@code :dark} pseudo-class our own sheet uses. */
public final class Themes {

    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private Themes() {
    }

    public static void apply(Theme theme, Parent root) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
        root.pseudoClassStateChanged(DARK, theme == Theme.DARK);
    }
}

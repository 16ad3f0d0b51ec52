package org.careerexplorer.gui.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NavigationTest {

    private final Navigation navigation = new Navigation();

    @Test
    void backAndForwardWorkAsInABrowser() {
        navigation.open("a");
        assertFalse(navigation.canGoBackProperty().get());
        navigation.open("b");
        navigation.open("c");
        navigation.goBack();
        assertEquals("b", navigation.currentProperty().get());
        assertTrue(navigation.canGoForwardProperty().get());
        navigation.goBack();
        assertEquals("a", navigation.currentProperty().get());
        assertFalse(navigation.canGoBackProperty().get());
        navigation.goForward();
        assertEquals("b", navigation.currentProperty().get());
        navigation.open("d"); // a new page drops what was ahead
        assertFalse(navigation.canGoForwardProperty().get());
        navigation.goBack();
        assertEquals("b", navigation.currentProperty().get());
    }

    @Test
    void openingTheCurrentOccupationAgainAddsNoHistory() {
        navigation.open("a");
        navigation.open("a");
        assertFalse(navigation.canGoBackProperty().get());
    }
}

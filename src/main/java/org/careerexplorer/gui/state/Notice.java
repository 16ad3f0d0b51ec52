package org.careerexplorer.gui.state;

import java.util.List;

/**
 * Something the user must hear about, such as settings that could not be saved. It keeps its text
 * keys rather than the text, so that it is worded in the language shown when it appears.
 *
 * @param titleKey   the window title's text key
 * @param headerKey  the headline's text key
 * @param messageKey the message's text key; its {@code %0}, {@code %1}… are the arguments
 */
public record Notice(String titleKey, String headerKey, String messageKey, List<Object> arguments) {

    public Notice {
        arguments = List.copyOf(arguments);
    }
}

package org.careerexplorer.i18n;

/**
 * A text and the language it is actually in: when a translation is missing, English stands in
 * and {@link #isFallback()} says so, so that the view can mark it.
 */
public record LocalizedText(String text, Language language, boolean isFallback) {
}

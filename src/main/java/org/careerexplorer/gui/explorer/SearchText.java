package org.careerexplorer.gui.explorer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for searching: lower case, without accents, so "kundenservice" finds "Kundenservice" and "υπαλληλος" finds "Υπάλληλος". */
final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace('ς', 'σ');
    }
}

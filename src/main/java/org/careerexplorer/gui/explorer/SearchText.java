package org.careerexplorer.gui.explorer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text folded for searching (lower case, without accents, so "kundenservice" finds "Kundenservice"
 * and "υπαλληλος" finds "Υπάλληλος"), with a signature of the characters and character pairs in it.
 * A text can only contain a query whose signature bits it has too: that test, two AND operations,
 * rules out most texts before any is scanned, which keeps a keystroke fast on 50,000 occupations
 * even before the JIT compiler's best code (see FilterBenchmark).
 *
 * @param folded the folded text
 * @param chars  one bit per character: exact for a–z and 0–9, shared by other characters
 * @param pairs  one bit per pair of neighbouring characters, shared
 */
public record SearchText(String folded, long chars, long pairs) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Bits 0–35 belong to a–z and 0–9 alone; the other 28 are shared by all other characters. */
    private static final int EXACT_BITS = 36;

    public static SearchText of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String folded = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replace('ς', 'σ');
        long chars = 0;
        long pairs = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            chars |= 1L << charBit(c);
            if (i > 0) {
                pairs |= 1L << ((folded.charAt(i - 1) * 31 + c) & 63);
            }
        }
        return new SearchText(folded, chars, pairs);
    }

    boolean isEmpty() {
        return folded.isEmpty();
    }

    boolean contains(SearchText query) {
        return query.isIn(chars, pairs, folded);
    }

    /** Whether a text with these signature bits and this folded text contains this query. */
    boolean isIn(long textChars, long textPairs, String textFolded) {
        return (textChars & chars) == chars && (textPairs & pairs) == pairs && textFolded.contains(folded);
    }

    private static int charBit(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        } else if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return EXACT_BITS + c % (64 - EXACT_BITS);
    }
}

package org.careerexplorer.gui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** The signature only saves work: matching must be exactly "the folded text contains the folded query". */
class SearchTextTest {

    @Example
    void foldsCaseAccentsAndFinalSigma() {
        assertEquals("υπαλληλοσ εξυπηρετησησ", SearchText.of("Υπάλληλος Εξυπηρέτησης").folded());
        assertEquals("kundenberater/in", SearchText.of("Kundenberater/in").folded());
        assertEquals("klientu apkalposanas specialists", SearchText.of("Klientu apkalpošanas speciālists").folded());
    }

    @Example
    void findsWordsAnywhereAndNothingElse() {
        SearchText text = SearchText.of("Customer service representative\n43-4051");
        assertTrue(text.contains(SearchText.of("SERVICE rep")));
        assertTrue(text.contains(SearchText.of("43-40")));
        assertTrue(text.contains(SearchText.of("")));
        assertFalse(text.contains(SearchText.of("services")));
        assertFalse(text.contains(SearchText.of("43-41")));
    }

    @Property(tries = 2000)
    void matchesExactlyWhenTheFoldedTextContainsTheFoldedQuery(@ForAll("texts") String text, @ForAll("queries") String query) {
        SearchText folded = SearchText.of(text);
        SearchText foldedQuery = SearchText.of(query);
        assertEquals(folded.folded().contains(foldedQuery.folded()), folded.contains(foldedQuery), text + " / " + query);
    }

    @Property(tries = 1000)
    void everyPieceOfATextMatchesIt(@ForAll("texts") String text, @ForAll int start, @ForAll int length) {
        String folded = SearchText.of(text).folded();
        int from = Math.floorMod(start, folded.length() + 1);
        int to = from + Math.floorMod(length, folded.length() - from + 1);
        assertTrue(SearchText.of(text).contains(SearchText.of(folded.substring(from, to))), folded + " / " + from + ".." + to);
    }

    /** Titles from a small alphabet, so that queries often nearly match: Latin, accented, Greek, digits. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abcesnt -ÄäöšēΣσςάυλ0123").ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.strings().withChars("abcesnt -ÄäöšēΣσςάυλ0123").ofMaxLength(6);
    }
}

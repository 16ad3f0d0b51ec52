package org.careerexplorer.i18n;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class LocalizationTest {

    private final Localization localization = new Localization(Map.of(
            Language.ENGLISH, Map.of("app.title", "Career Explorer", "browse.count", "%0 of %1 occupations",
                    "occupation.43-4051.duties", List.of("Answer questions", "Take orders"), "only.english", "English only"),
            Language.GERMAN, Map.of("app.title", "Berufe entdecken", "browse.count", "%0 von %1 Berufen",
                    "occupation.43-4051.duties", List.of("Fragen beantworten"))));

    @Test
    void ownTextIsNotAFallback() {
        LocalizedText text = localization.find(Language.GERMAN, "app.title").orElseThrow();
        assertEquals("Berufe entdecken", text.text());
        assertFalse(text.isFallback());
    }

    @Test
    void missingTextFallsBackToEnglishVisibly() {
        LocalizedText text = localization.find(Language.GERMAN, "only.english").orElseThrow();
        assertEquals("English only", text.text());
        assertEquals(Language.ENGLISH, text.language());
        assertTrue(text.isFallback());
        // A language without any file also gets English.
        assertEquals("English only", localization.text(Language.LATVIAN, "only.english"));
    }

    @Test
    void unknownKeyIsShownInBracketsNotBlank() {
        assertEquals("[no.such.key]", localization.text(Language.GERMAN, "no.such.key"));
    }

    @Test
    void formatFillsPlaceholders() {
        assertEquals("3 von 10 Berufen", localization.format(Language.GERMAN, "browse.count", 3, 10));
    }

    @Test
    void listsAreTranslatedAsAWhole() {
        assertEquals(List.of("Fragen beantworten"), localization.list(Language.GERMAN, "occupation.43-4051.duties"));
        assertEquals(List.of("Answer questions", "Take orders"), localization.list(Language.GREEK, "occupation.43-4051.duties"));
    }

    @Test
    void bundleServesFxmlWithEnglishFallback() {
        ResourceBundle bundle = localization.bundle(Language.GERMAN);
        assertEquals("Berufe entdecken", bundle.getString("app.title"));
        assertEquals("English only", bundle.getString("only.english"));
        assertArrayEquals(new String[] {"Fragen beantworten"}, bundle.getStringArray("occupation.43-4051.duties"));
        assertTrue(bundle.keySet().contains("only.english"));
    }

    @Test
    void coverageCountsMissingKeys() {
        Localization.Coverage coverage = localization.coverage(Language.GERMAN);
        assertEquals(3, coverage.translated());
        assertEquals(4, coverage.total());
        assertEquals(List.of("only.english"), coverage.missingKeys());
    }

    @Test
    void systemLocaleChoosesTheLanguageOrEnglish() {
        assertEquals(Language.GREEK, Language.forLocale(Locale.forLanguageTag("el-GR")));
        assertEquals(Language.ESTONIAN, Language.forLocale(Locale.forLanguageTag("et-EE")));
        assertEquals(Language.ENGLISH, Language.forLocale(Locale.FRANCE));
    }
}

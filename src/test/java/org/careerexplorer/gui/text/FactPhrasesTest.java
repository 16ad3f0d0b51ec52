package org.careerexplorer.gui.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.FigureRef;
import org.careerexplorer.model.FigureRefSamples;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.Quantity;
import org.careerexplorer.model.Source;
import org.careerexplorer.testing.Fixture;
import org.careerexplorer.testing.RecordSamples;
import org.junit.jupiter.api.Test;

/** Every kind of figure and of quantity has its wording, in every language: a kind added later fails here until it has. */
class FactPhrasesTest {

    private static final LoadResult DATA = Fixture.data();
    private static final Map<Class<?>, List<?>> VALUES = Map.of(int.class, List.of(2024),
            long.class, List.of(341_700L), double.class, List.of(3.5, 48_060.0), boolean.class, List.of(false, true));

    @Test
    void everyKindOfFigureIsWorded() throws ReflectiveOperationException {
        Source source = new Source("s", "Survey", "Publisher", 2018, Optional.empty(), Optional.empty());
        Occupation withEveryFigure = FigureRefSamples.occupationWithEveryFigure(source, List.of());
        for (Language language : Language.values()) {
            FactPhrases phrases = new FactPhrases(DATA.localization(), DATA.catalog().reference(), language);
            for (FigureRef figure : FigureRefSamples.allKinds()) {
                String text = phrases.figure(withEveryFigure, figure);
                assertTrue(!text.isBlank() && !text.contains("["), language + " " + figure + ": " + text);
            }
        }
    }

    @Test
    void everyEducationLevelIsExplainedForReadersOfEachLanguage() {
        for (Language language : Language.values()) {
            FactPhrases phrases = new FactPhrases(DATA.localization(), DATA.catalog().reference(), language);
            for (EducationLevel level : EducationLevel.values()) {
                assertTrue(DATA.localization().has(language, TextKeys.of("education.levelNote", level)), language + " " + level);
                String note = phrases.educationLevelNote(level);
                assertTrue(note.startsWith(phrases.format("detail.educationLevelNote", phrases.education(level), "")), note);
            }
        }
        // The point of the German note: a US high school diploma is not the Abitur.
        FactPhrases german = new FactPhrases(DATA.localization(), DATA.catalog().reference(), Language.GERMAN);
        assertTrue(german.educationLevelNote(EducationLevel.HIGH_SCHOOL).contains("kein Abitur"));
    }

    @Test
    void everyKindOfQuantityIsWorded() {
        for (Language language : Language.values()) {
            FactPhrases phrases = new FactPhrases(DATA.localization(), DATA.catalog().reference(), language);
            for (Class<?> kind : Quantity.class.getPermittedSubclasses()) {
                for (Object quantity : RecordSamples.of(kind, VALUES)) {
                    String text = phrases.quantity((Quantity) quantity);
                    assertTrue(!text.isBlank() && !text.contains("["), language + " " + quantity + ": " + text);
                }
            }
        }
    }
}

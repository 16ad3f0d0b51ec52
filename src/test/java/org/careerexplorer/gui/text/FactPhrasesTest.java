package org.careerexplorer.gui.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.FigureRef;
import org.careerexplorer.model.FigureRefSamples;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.Quantity;
import org.careerexplorer.model.Source;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;
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
    void aTopCodedMedianIsAtLeastItsFigureNeverMoreThanAtLeast() {
        Source survey = new Source("oews", "Occupational Employment and Wage Statistics", "BLS", 2023, Optional.empty(), Optional.empty());
        WageObservation may2023 = new WageObservation(2023, OptionalInt.of(5), survey, Optional.empty(),
                Map.of(PayPeriod.ANNUAL, Map.of(WageStatistic.P10, WageValue.published(90_000), WageStatistic.P25, WageValue.published(150_000),
                        WageStatistic.MEDIAN, new WageValue(239_200, false, true))));
        Occupation chiefs = new Occupation("11-1011", List.of(), Optional.empty(), List.of(may2023), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty());
        Map<Language, String> expected = Map.of(
                Language.ENGLISH, "Half of the workers earned at least $239,200 a year in May 2023.",
                Language.GERMAN, "Im Mai 2023 verdiente die Hälfte der Beschäftigten mindestens 239.200\u00a0$ pro Jahr.");
        for (Language language : Language.values()) {
            String summary = new FactPhrases(DATA.localization(), DATA.catalog().reference(), language).composedSummary(chiefs);
            for (String doubled : List.of("more than at least", "mehr als mindestens", "πάνω από τουλάχιστον",
                    "vairāk nekā vismaz", "rohkem kui vähemalt")) {
                assertFalse(summary.contains(doubled), summary);
            }
            if (expected.containsKey(language)) {
                assertTrue(summary.contains(expected.get(language)), summary);
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

package org.careerexplorer.gui.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.FigureRef;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.Quantity;
import org.careerexplorer.testing.Fixture;
import org.careerexplorer.testing.RecordSamples;
import org.junit.jupiter.api.Test;

/** Every kind of figure and of quantity has its wording, in every language: a kind added later fails here until it has. */
class FactPhrasesTest {

    private static final LoadResult DATA = Fixture.data();
    private static final Map<Class<?>, List<?>> VALUES = Map.of(int.class, List.of(2016, 2023, 2024, 2034),
            long.class, List.of(341_700L), double.class, List.of(3.5, 48_060.0), boolean.class, List.of(false, true));

    @Test
    void everyKindOfFigureIsWorded() {
        Occupation customerService = DATA.catalog().byCode("43-4051").orElseThrow();
        for (Language language : Language.values()) {
            FactPhrases phrases = new FactPhrases(DATA.localization(), DATA.catalog().reference(), language);
            for (Class<?> kind : FigureRef.class.getPermittedSubclasses()) {
                // Every kind is worded; those this occupation has, in words that are not a missing key.
                List<String> texts = RecordSamples.of(kind, VALUES).stream()
                        .map(figure -> phrases.figure(customerService, (FigureRef) figure)).toList();
                assertTrue(texts.stream().anyMatch(t -> !t.isEmpty()), language + " " + kind.getSimpleName());
                assertFalse(texts.stream().anyMatch(t -> t.contains("[")), language + " " + texts);
            }
        }
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

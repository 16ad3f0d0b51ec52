package org.careerexplorer.gui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.careerexplorer.data.LoadReport;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.controls.WageBarModel;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.OccupationCatalog;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.Source;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;
import org.careerexplorer.settings.SettingsStore;
import org.careerexplorer.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareViewModelTest {

    private static final LoadResult DATA = Fixture.data();

    @TempDir
    Path settings;

    private static List<String> values(CompareViewModel vm, int row) {
        return vm.rows().get(row).values();
    }

    @Test
    void customerServiceAgainstPublicRelationsInTheSameYear() {
        CompareViewModel vm = new CompareViewModel(Fixture.state(settings, Language.ENGLISH), List.of("43-4051", "27-3031"));
        assertEquals("All figures: May 2023, US dollars per year.", vm.yearNoteProperty().get());
        assertEquals(List.of("Customer service representative", "Public relations specialist"), vm.columns());
        assertEquals(List.of("$29,560", "$34,780", "$39,680", "$48,480", "$61,250"),
                vm.chartSeries().get(0).bars().stream().map(WageBarModel.Bar::valueText).toList());
        assertEquals("$66,750", vm.chartSeries().get(1).bars().get(2).valueText());
        assertEquals("What the work involves", vm.rows().get(0).label());
        assertTrue(values(vm, 0).get(1).startsWith("Public relations specialists shape how the public sees an organisation."),
                values(vm, 0).toString());
        assertEquals(List.of("$39,680 (May 2023)", "$66,750 (May 2023)"), values(vm, 1));
        assertEquals("Median pay compared with Customer service representative", vm.rows().get(2).label());
        assertEquals(List.of("\u2013", "+$27,070 (+68.2%)"), values(vm, 2));
        assertEquals(List.of("\u2013", "+4 steps"), values(vm, 4));
        vm.periodProperty().set(PayPeriod.HOURLY);
        assertEquals("$19.08", vm.chartSeries().get(0).bars().get(2).valueText());
        assertEquals(List.of("\u2013", "+$13.01 (+68.2%)"), values(vm, 2));
    }

    @Test
    void readsWellInEveryLanguage() {
        AppState state = Fixture.state(settings, Language.ENGLISH);
        CompareViewModel vm = new CompareViewModel(state, List.of("43-4051", "27-3031"));
        for (Language each : Language.values()) {
            state.chooseLanguage(each);
            assertTrue(vm.rows().stream().allMatch(r -> !r.label().startsWith("[")), each + " " + vm.rows());
            assertTrue(!vm.yearNoteProperty().get().startsWith("["), each + " " + vm.yearNoteProperty().get());
        }
    }

    @Test
    void differentYearsAreNamedNeverMixedSilently() {
        Source source = new Source("s", "Survey", "Publisher", 2017, Optional.empty(), Optional.empty());
        Occupation early = occupation("43-4051", 2008, 30_000, source);
        Occupation late = occupation("27-3031", 2017, 60_000, source);
        LoadResult data = new LoadResult(new OccupationCatalog("test", List.of(early, late), List.of(source), Optional.empty()),
                DATA.localization(), new LoadReport());
        CompareViewModel vm = new CompareViewModel(new AppState(data, new SettingsStore(settings), Locale.ENGLISH,
                Optional.of(Language.ENGLISH)), List.of("43-4051", "27-3031"));
        assertEquals("No year has figures for all of these occupations, so each shows its latest (US dollars per year): "
                + "Customer service representative: May 2008; Public relations specialist: May 2017.", vm.yearNoteProperty().get());
        assertEquals(List.of("Customer service representative (May 2008)", "Public relations specialist (May 2017)"),
                vm.chartSeries().stream().map(WageBarModel::name).toList());
        assertEquals("+$30,000 (+100%) (May 2017 vs. May 2008)", values(vm, 2).get(1));
    }

    @Test
    void needsTwoKnownOccupations() {
        assertThrows(IllegalArgumentException.class, () -> new CompareViewModel(Fixture.state(settings, Language.ENGLISH),
                List.of("43-4051", "99-9999")));
    }

    private static Occupation occupation(String code, int year, double median, Source source) {
        WageObservation wages = new WageObservation(year, OptionalInt.of(5), source, Optional.empty(),
                Map.of(PayPeriod.ANNUAL, Map.of(WageStatistic.MEDIAN, WageValue.published(median))));
        return new Occupation(code, List.of(), Optional.empty(), List.of(wages), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }
}

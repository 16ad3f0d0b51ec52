package org.careerexplorer.gui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.careerexplorer.gui.controls.WageBarModel;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.state.Comparison;
import org.careerexplorer.gui.text.FactPhrases;
import org.careerexplorer.gui.text.ProConItem;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.ProCon;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;

/**
 * Two to four occupations side by side: one wage chart for the same statistics and year, their
 * facts, and the differences to the first one spelled out. Where no year has figures for all of
 * them, each shows its latest and the view says which years those are.
 */
public final class CompareViewModel {

    private final AppState state;
    private final List<Occupation> occupations;
    private final ObjectProperty<PayPeriod> period = new SimpleObjectProperty<>(this, "period", PayPeriod.ANNUAL);
    private final ReadOnlyStringWrapper yearNote = new ReadOnlyStringWrapper(this, "yearNote", "");
    private final ObservableList<WageBarModel> chartSeries = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    /** Follows the window's language: released by {@link #dispose()}, when the comparison's window closes. */
    private final Subscription followsLanguage;

    /** @param codes the occupations, in order; the first is the one the others are measured against */
    public CompareViewModel(AppState state, List<String> codes) {
        this.state = state;
        this.occupations = codes.stream().distinct().flatMap(c -> state.data().catalog().byCode(c).stream())
                .limit(Comparison.MAX).toList();
        if (occupations.size() < Comparison.MIN) {
            throw new IllegalArgumentException("need " + Comparison.MIN + " to " + Comparison.MAX
                    + " known occupations, got " + codes);
        }
        period.subscribe((old, now) -> refresh());
        followsLanguage = state.languageProperty().subscribe((old, now) -> refresh());
        refresh();
    }

    /** Stops following the window's language, so that a closed comparison can go. */
    public void dispose() {
        followsLanguage.unsubscribe();
    }

    public List<Occupation> occupations() {
        return occupations;
    }

    public ObjectProperty<PayPeriod> periodProperty() {
        return period;
    }

    /** Which year (or years) the figures are from. */
    public ReadOnlyStringProperty yearNoteProperty() {
        return yearNote.getReadOnlyProperty();
    }

    /** One series per occupation. */
    public ObservableList<WageBarModel> chartSeries() {
        return chartSeries;
    }

    /** The occupations' titles, as column headings. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<CompareRow> rows() {
        return rows;
    }

    public String text(String key) {
        return state.text(key);
    }

    public String axisNumber(double value) {
        return state.phrases().formats().axisNumber(value);
    }

    /** Texts and formats in the display language. */
    public FactPhrases texts() {
        return state.phrases();
    }

    /** The foot of a printed sheet: app, data version and date. */
    public String footer() {
        return state.printFooter();
    }

    /**
     * The latest year in which every occupation has a full distribution, or else a median; empty if
     * there is no such year.
     */
    Optional<Integer> commonYear() {
        Optional<Integer> full = latestCommon(true);
        return full.isPresent() ? full : latestCommon(false);
    }

    private Optional<Integer> latestCommon(boolean fullDistribution) {
        return occupations.get(0).wages().stream().map(WageObservation::year).sorted((a, b) -> b - a)
                .filter(year -> occupations.stream().allMatch(o -> o.wagesFor(year)
                        .map(w -> (!fullDistribution || w.hasFullDistribution())
                                && w.valueOrConverted(PayPeriod.ANNUAL, WageStatistic.MEDIAN).isPresent())
                        .orElse(false)))
                .findFirst();
    }

    /** The observation each occupation shows: the common year's, or its own latest full one. */
    List<WageObservation> shownObservations() {
        Optional<Integer> common = commonYear();
        return occupations.stream().map(o -> common.flatMap(o::wagesFor).or(o::latestFullDistribution).orElse(null)).toList();
    }

    private void refresh() {
        FactPhrases texts = state.phrases();
        PayPeriod shownPeriod = period.get();
        List<WageObservation> shown = shownObservations();
        boolean sameYear = commonYear().isPresent();
        List<String> titles = occupations.stream().map(o -> texts.title(o.code()).text()).toList();
        if (sameYear) {
            yearNote.set(texts.format("compare.commonYear", texts.when(shown.get(0)), texts.per(shownPeriod)));
        } else {
            List<String> each = new ArrayList<>();
            for (int i = 0; i < occupations.size(); i++) {
                each.add(titles.get(i) + ": " + (shown.get(i) == null ? texts.text("related.unknown") : texts.when(shown.get(i))));
            }
            yearNote.set(texts.format("compare.mixedYears", String.join("; ", each), texts.per(shownPeriod)));
        }

        List<WageBarModel> series = new ArrayList<>();
        for (int i = 0; i < occupations.size(); i++) {
            WageObservation w = shown.get(i);
            List<WageBarModel.Bar> bars = new ArrayList<>();
            if (w != null) {
                for (WageStatistic statistic : WageStatistic.values()) {
                    if (!statistic.isPercentile()) {
                        continue;
                    }
                    Optional<WageValue> value = w.valueOrConverted(shownPeriod, statistic);
                    if (value.isPresent()) {
                        String money = texts.money(value.get(), shownPeriod);
                        bars.add(new WageBarModel.Bar(texts.statistic(statistic), value.get().amount(), money,
                                titles.get(i) + "\n" + texts.statistic(statistic) + ": " + money + " (" + texts.when(w) + ")",
                                value.get().computed()));
                    }
                }
            }
            // The year goes into the legend whenever the years differ, so nobody reads them as one.
            series.add(new WageBarModel(sameYear || w == null ? titles.get(i) : titles.get(i) + " (" + texts.when(w) + ")", bars));
        }
        chartSeries.setAll(series);
        columns.setAll(titles);
        rows.setAll(rows(texts, shown, shownPeriod));
    }

    private List<CompareRow> rows(FactPhrases texts, List<WageObservation> shown, PayPeriod shownPeriod) {
        List<CompareRow> table = new ArrayList<>();
        table.add(row(texts, "compare.row.summary", i -> texts.summary(occupations.get(i))));
        List<Optional<WageValue>> medians = shown.stream()
                .map(w -> w == null ? Optional.<WageValue>empty() : w.valueOrConverted(shownPeriod, WageStatistic.MEDIAN)).toList();
        table.add(row(texts, "compare.row.pay", i -> medians.get(i)
                .map(m -> texts.money(m, shownPeriod) + " (" + texts.when(shown.get(i)) + ")").orElse(texts.text("related.unknown"))));
        String first = texts.title(occupations.get(0).code()).text();
        table.add(new CompareRow(texts.format("compare.row.payDifference", first), values(i -> {
            if (i == 0) {
                return "\u2013";
            }
            if (medians.get(0).isEmpty() || medians.get(i).isEmpty()) {
                return texts.text("related.unknown");
            }
            double base = medians.get(0).get().amount();
            double delta = medians.get(i).get().amount() - base;
            String text = texts.format("compare.payDifferenceValue", texts.formats().moneyDifference(delta, shownPeriod),
                    texts.formats().percentChange(delta / base * 100));
            return shown.get(i).year() == shown.get(0).year() ? text
                    : texts.format("related.differenceYears", text, texts.when(shown.get(i)), texts.when(shown.get(0)));
        })));
        table.add(row(texts, "compare.row.education", i -> occupations.get(i).typicalEducation()
                .map(e -> texts.education(e.level())).orElse(texts.text("related.unknown"))));
        table.add(new CompareRow(texts.format("compare.row.educationSteps", first), values(i -> {
            if (i == 0) {
                return "\u2013";
            }
            var own = occupations.get(i).typicalEducation();
            var base = occupations.get(0).typicalEducation();
            if (own.isEmpty() || base.isEmpty()) {
                return texts.text("related.unknown");
            }
            int steps = own.get().level().ordinal() - base.get().level().ordinal();
            return texts.format(Math.abs(steps) == 1 ? "compare.step" : "compare.steps",
                    (steps > 0 ? "+" : steps < 0 ? "\u2212" : "±") + Math.abs(steps));
        })));
        table.add(row(texts, "compare.row.training", i -> occupations.get(i).training()
                .map(t -> texts.training(t.onTheJob())).orElse(texts.text("related.unknown"))));
        table.add(row(texts, "compare.row.outlook", i -> occupations.get(i).latestProjection()
                .map(texts::outlook).orElse(texts.text("related.unknown"))));
        table.add(row(texts, "compare.row.employment", i -> occupations.get(i).latestEmployment()
                .map(e -> texts.format("detail.fact.employmentValue", texts.formats().integer(e.count()), e.year()))
                .orElse(texts.text("related.unknown"))));
        table.add(row(texts, "compare.row.holland", i -> occupations.get(i).hollandCode()
                .map(h -> h.code()).orElse(texts.text("related.unknown"))));
        table.add(row(texts, "compare.row.pros", i -> bullets(texts.prosAndCons(occupations.get(i), ProCon.Kind.PRO))));
        table.add(row(texts, "compare.row.cons", i -> bullets(texts.prosAndCons(occupations.get(i), ProCon.Kind.CON))));
        return table;
    }

    private CompareRow row(FactPhrases texts, String labelKey, IntFunction<String> value) {
        return new CompareRow(texts.text(labelKey), values(value));
    }

    private List<String> values(IntFunction<String> value) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < occupations.size(); i++) {
            values.add(value.apply(i));
        }
        return values;
    }

    private static String bullets(List<ProConItem> items) {
        return items.stream().map(p -> "\u2022 " + p.text()).collect(Collectors.joining("\n"));
    }
}

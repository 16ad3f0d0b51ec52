package org.careerexplorer.gui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.occupation.OccupationViewModel;
import org.careerexplorer.gui.occupation.ProConItem;
import org.careerexplorer.gui.controls.WageBarModel;
import org.careerexplorer.gui.util.FactTexts;
import org.careerexplorer.i18n.Language;
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

    public static final int MIN = 2;
    public static final int MAX = 4;

    private final LoadResult data;
    private final ReadOnlyObjectProperty<Language> language;
    private final List<Occupation> occupations;
    private final ObjectProperty<PayPeriod> period = new SimpleObjectProperty<>(this, "period", PayPeriod.ANNUAL);
    private final ReadOnlyStringWrapper yearNote = new ReadOnlyStringWrapper(this, "yearNote", "");
    private final ObservableList<WageBarModel> chartSeries = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();

    /** @param codes the occupations, in order; the first is the one the others are measured against */
    public CompareViewModel(LoadResult data, ReadOnlyObjectProperty<Language> language, List<String> codes) {
        this.data = data;
        this.language = language;
        this.occupations = codes.stream().distinct().flatMap(c -> data.catalog().byCode(c).stream()).limit(MAX).toList();
        if (occupations.size() < MIN) {
            throw new IllegalArgumentException("need " + MIN + " to " + MAX + " known occupations, got " + codes);
        }
        period.addListener((obs, old, now) -> refresh());
        language.addListener((obs, old, now) -> refresh());
        refresh();
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
        return data.localization().text(language.get(), key);
    }

    public String axisNumber(double value) {
        return new FactTexts(data.localization(), language.get()).formats().axisNumber(value);
    }

    /**
     * The latest year in which every occupation has at least three percentiles, or else a median;
     * empty if there is no such year.
     */
    Optional<Integer> commonYear() {
        Optional<Integer> full = latestCommon(3);
        return full.isPresent() ? full : latestCommon(1);
    }

    private Optional<Integer> latestCommon(int percentiles) {
        return occupations.get(0).wages().stream().map(WageObservation::year).sorted((a, b) -> b - a)
                .filter(year -> occupations.stream().allMatch(o -> o.wagesFor(year)
                        .map(w -> percentiles(w) >= percentiles && w.valueOrConverted(PayPeriod.ANNUAL, WageStatistic.MEDIAN).isPresent())
                        .orElse(false)))
                .findFirst();
    }

    private static long percentiles(WageObservation w) {
        return w.statistics().stream().filter(WageStatistic::isPercentile).count();
    }

    /** The observation each occupation shows: the common year's, or its own latest full one. */
    List<WageObservation> shownObservations() {
        Optional<Integer> common = commonYear();
        return occupations.stream().map(o -> common.flatMap(o::wagesFor).or(() -> ownLatest(o)).orElse(null)).toList();
    }

    private static Optional<WageObservation> ownLatest(Occupation o) {
        WageObservation best = null;
        for (WageObservation w : o.wages()) {
            if (best == null || percentiles(w) >= Math.min(3, percentiles(best))) {
                best = w;
            }
        }
        return Optional.ofNullable(best);
    }

    private void refresh() {
        FactTexts texts = new FactTexts(data.localization(), language.get());
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

    private List<CompareRow> rows(FactTexts texts, List<WageObservation> shown, PayPeriod shownPeriod) {
        List<CompareRow> table = new ArrayList<>();
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
        table.add(row(texts, "compare.row.pros", i -> bullets(OccupationViewModel.prosAndCons(data, occupations.get(i),
                ProCon.Kind.PRO, texts))));
        table.add(row(texts, "compare.row.cons", i -> bullets(OccupationViewModel.prosAndCons(data, occupations.get(i),
                ProCon.Kind.CON, texts))));
        return table;
    }

    private CompareRow row(FactTexts texts, String labelKey, IntFunction<String> value) {
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

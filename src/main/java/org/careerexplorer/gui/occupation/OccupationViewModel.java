package org.careerexplorer.gui.occupation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerexplorer.gui.controls.WageBarModel;
import org.careerexplorer.gui.state.AppState;
import org.careerexplorer.gui.text.FactPhrases;
import org.careerexplorer.gui.text.ProConItem;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.ProCon;
import org.careerexplorer.model.Source;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;

/**
 * Everything the occupation detail shows, as text in the display language: facts, texts, pros and
 * cons with their figures, the wage chart and table for the chosen year and pay period, and the
 * related jobs.
 */
public final class OccupationViewModel {

    private final AppState state;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper summaryComposed = new ReadOnlyBooleanWrapper(this, "summaryComposed");
    private final ReadOnlyStringWrapper educationText = new ReadOnlyStringWrapper(this, "educationText", "");
    private final ReadOnlyStringWrapper educationLevelNote = new ReadOnlyStringWrapper(this, "educationLevelNote", "");
    private final ReadOnlyStringWrapper workEnvironment = new ReadOnlyStringWrapper(this, "workEnvironment", "");
    private final ReadOnlyStringWrapper schedule = new ReadOnlyStringWrapper(this, "schedule", "");
    private final ReadOnlyStringWrapper interests = new ReadOnlyStringWrapper(this, "interests", "");
    private final ReadOnlyStringWrapper personalityTypes = new ReadOnlyStringWrapper(this, "personalityTypes", "");
    private final ReadOnlyStringWrapper workValues = new ReadOnlyStringWrapper(this, "workValues", "");
    private final ReadOnlyStringWrapper wageCaption = new ReadOnlyStringWrapper(this, "wageCaption", "");
    private final ObservableList<FactItem> facts = FXCollections.observableArrayList();
    private final ObservableList<String> duties = FXCollections.observableArrayList();
    private final ObservableList<SkillItem> skills = FXCollections.observableArrayList();
    private final ObservableList<ProConItem> pros = FXCollections.observableArrayList();
    private final ObservableList<ProConItem> cons = FXCollections.observableArrayList();
    private final ObservableList<String> employerExpectations = FXCollections.observableArrayList();
    private final ObservableList<String> howToGetJob = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<WageYearChoice> wageYears = FXCollections.observableArrayList();
    private final ObjectProperty<WageYearChoice> wageYear = new SimpleObjectProperty<>(this, "wageYear");
    private final ObjectProperty<PayPeriod> wagePeriod = new SimpleObjectProperty<>(this, "wagePeriod", PayPeriod.ANNUAL);
    private final ObservableList<WageBarModel> wageSeries = FXCollections.observableArrayList();
    private final ObservableList<String> wageColumns = FXCollections.observableArrayList();
    private final ObservableList<WageRow> wageRows = FXCollections.observableArrayList();
    private final ObservableList<RelatedJobRow> relatedJobs = FXCollections.observableArrayList();
    private boolean refreshing;

    /** A labelled fact of the facts panel, e.g. "Typical education" – "High school diploma…". */
    public record FactItem(String label, String value) {
    }

    /** Shows the state's open occupation, in its language; lives as long as the state. */
    public OccupationViewModel(AppState state) {
        this.state = state;
        state.languageProperty().subscribe((old, now) -> refresh(true));
        state.navigation().currentProperty().subscribe((old, now) -> refresh(false));
        wageYear.subscribe((old, now) -> {
            if (!refreshing) {
                refreshWages();
            }
        });
        wagePeriod.subscribe((old, now) -> refreshWages());
        refresh(false);
    }

    private Optional<Occupation> occupation() {
        return state.navigation().current().flatMap(code -> state.data().catalog().byCode(code));
    }

    /** The open occupation, for export. */
    public Optional<Occupation> currentOccupation() {
        return occupation();
    }

    /** Texts and formats in the display language. */
    public FactPhrases texts() {
        return state.phrases();
    }

    /** The foot of a printed sheet: app, data version and date. */
    public String footer() {
        return state.printFooter();
    }

    /** Rebuilds every text; on a language change the chosen year and period stay. */
    private void refresh(boolean keepWageChoice) {
        refreshing = true;
        try {
            Integer chosenYear = keepWageChoice && wageYear.get() != null ? wageYear.get().year() : null;
            boolean wasAllYears = keepWageChoice && wageYear.get() != null && wageYear.get().allYears();
            Optional<Occupation> current = occupation();
            FactPhrases texts = texts();
            if (current.isEmpty()) {
                clear(texts);
                return;
            }
            Occupation o = current.get();
            String code = o.code();
            title.set(texts.title(code).text());
            subtitle.set(texts.format("detail.code", code));
            // A hand-written summary wins; otherwise one is composed from the facts, and marked as such.
            summary.set(texts.summary(o));
            summaryComposed.set(texts.writtenSummary(code).isEmpty());
            educationText.set(joinNonBlank(text(code, "education"), text(code, "educationDetails")));
            educationLevelNote.set(o.typicalEducation().map(e -> texts.educationLevelNote(e.level())).orElse(""));
            workEnvironment.set(text(code, "workEnvironment"));
            schedule.set(text(code, "schedule"));
            facts.setAll(facts(o, texts));
            duties.setAll(list(code, "duties"));
            skills.setAll(state.data().localization().childKeys(state.language(), TextKeys.occupation(code, "skills")).stream()
                    .map(id -> new SkillItem(text(code, "skills." + id + ".name"), text(code, "skills." + id + ".text")))
                    .toList());
            pros.setAll(texts.prosAndCons(o, ProCon.Kind.PRO));
            cons.setAll(texts.prosAndCons(o, ProCon.Kind.CON));
            employerExpectations.setAll(list(code, "employerExpectations"));
            howToGetJob.setAll(list(code, "howToGetJob"));
            interests.set(o.hollandCode().map(h -> h.code() + " \u2013 " + h.code().chars()
                    .mapToObj(c -> texts.interest((char) c)).collect(Collectors.joining(", "))).orElse(""));
            personalityTypes.set(o.personalityTypes().map(p -> String.join(", ", p.types())).orElse(""));
            workValues.set(o.workValues().map(v -> v.values().stream().map(x -> texts.label("workValue", x))
                    .collect(Collectors.joining(", "))).orElse(""));
            List<String> sourceLines = new ArrayList<>(sourcesOf(o).stream().map(texts::source).toList());
            o.textBasis().ifPresent(basis -> sourceLines.add(texts.format("source.textBasis", texts.source(basis))));
            sources.setAll(sourceLines);
            relatedJobs.setAll(related(o, texts));

            List<WageYearChoice> years = new ArrayList<>();
            o.wages().forEach(w -> years.add(new WageYearChoice(w.year(), texts.when(w))));
            if (o.wages().size() > 1) {
                years.add(new WageYearChoice(null, texts.text("wage.allYears")));
            }
            wageYears.setAll(years);
            wageYear.set(years.stream().filter(y -> wasAllYears ? y.allYears() : chosenYear != null && chosenYear.equals(y.year()))
                    .findFirst().orElse(defaultYear(o, years)));
        } finally {
            refreshing = false;
        }
        refreshWages();
    }

    /** The latest year with a full distribution, so that the chart opens on more than a lone median. */
    private static WageYearChoice defaultYear(Occupation o, List<WageYearChoice> years) {
        return o.latestFullDistribution().flatMap(w -> years.stream()
                .filter(y -> !y.allYears() && y.year() == w.year()).findFirst()).orElse(null);
    }

    private void clear(FactPhrases texts) {
        title.set(texts.text("detail.noSelection"));
        summaryComposed.set(false);
        Stream.of(subtitle, summary, educationText, educationLevelNote, workEnvironment, schedule, interests,
                personalityTypes, workValues, wageCaption).forEach(p -> p.set(""));
        Stream.of(facts, duties, skills, pros, cons, employerExpectations, howToGetJob, sources, relatedJobs, wageYears,
                wageSeries, wageColumns, wageRows).forEach(List::clear);
        wageYear.set(null);
    }

    private List<FactItem> facts(Occupation o, FactPhrases texts) {
        List<FactItem> items = new ArrayList<>();
        o.headlinePay().ifPresent(m -> items.add(new FactItem(texts.text("detail.fact.pay"), texts.yearlyPay(m))));
        o.typicalEducation().ifPresent(e -> items.add(new FactItem(texts.text("detail.fact.education"),
                texts.education(e.level()) + " (" + e.year() + ")")));
        o.training().ifPresent(t -> {
            items.add(new FactItem(texts.text("detail.fact.training"), texts.training(t.onTheJob())));
            items.add(new FactItem(texts.text("detail.fact.experience"), texts.experience(t.experience())));
        });
        o.latestEmployment().ifPresent(e -> items.add(new FactItem(texts.text("detail.fact.employment"),
                texts.format("detail.fact.employmentValue", texts.formats().integer(e.count()), e.year()))));
        o.latestProjection().ifPresent(p -> items.add(new FactItem(texts.text("detail.fact.outlook"), texts.outlook(p))));
        o.latestProjection().filter(p -> p.annualOpenings().isPresent()).ifPresent(p -> items.add(new FactItem(
                texts.text("detail.fact.openings"), texts.formats().integer(Math.round(p.annualOpenings().getAsDouble())))));
        o.jobZone().ifPresent(z -> items.add(new FactItem(texts.text("detail.fact.jobZone"),
                texts.format("detail.fact.jobZoneValue", z.zone(), texts.jobZone(z.zone())))));
        items.add(new FactItem(texts.text("detail.fact.group"), texts.group(o.majorGroup())));
        return items;
    }

    private List<RelatedJobRow> related(Occupation o, FactPhrases texts) {
        Optional<Occupation.YearlyFigure> own = o.headlinePay();
        List<RelatedJobRow> rows = new ArrayList<>();
        for (var link : o.related()) {
            Occupation other = state.data().catalog().byCode(link.code()).orElse(null);
            if (other == null) {
                continue;
            }
            Optional<Occupation.YearlyFigure> pay = other.headlinePay();
            SortableText payText = pay.map(m -> SortableText.of(m.value().amount(), texts.format("related.payValue",
                    texts.money(m.value(), PayPeriod.ANNUAL), m.observation().year())))
                    .orElse(SortableText.unknown(texts.text("related.unknown")));
            SortableText education = other.typicalEducation()
                    .map(e -> SortableText.of(e.level().ordinal(), texts.education(e.level())))
                    .orElse(SortableText.unknown(texts.text("related.unknown")));
            SortableText difference = SortableText.unknown(texts.text("related.unknown"));
            if (pay.isPresent() && own.isPresent()) {
                double delta = pay.get().value().amount() - own.get().value().amount();
                String text = texts.formats().moneyDifference(delta, PayPeriod.ANNUAL);
                int theirYear = pay.get().observation().year();
                int ownYear = own.get().observation().year();
                if (theirYear != ownYear) {
                    // Never compare figures of different years silently.
                    text = texts.format("related.differenceYears", text, theirYear, ownYear);
                }
                difference = SortableText.of(delta, text);
            }
            rows.add(new RelatedJobRow(other.code(), texts.title(other.code()).text(), payText, education, difference));
        }
        return rows;
    }

    private void refreshWages() {
        Optional<Occupation> current = occupation();
        WageYearChoice choice = wageYear.get();
        if (current.isEmpty() || choice == null) {
            wageSeries.clear();
            wageColumns.clear();
            wageRows.clear();
            wageCaption.set(current.isPresent() ? texts().text("wage.none") : "");
            return;
        }
        FactPhrases texts = texts();
        PayPeriod period = wagePeriod.get();
        List<WageObservation> shown = choice.allYears() ? current.get().wages()
                : current.get().wagesFor(choice.year()).map(List::of).orElse(List.of());

        List<WageBarModel> series = new ArrayList<>();
        boolean anyComputed = false;
        for (WageObservation observation : shown) {
            List<WageBarModel.Bar> bars = new ArrayList<>();
            for (WageStatistic statistic : observation.statistics()) {
                if (!statistic.isPercentile()) {
                    continue;
                }
                WageValue value = observation.valueOrConverted(period, statistic).orElseThrow();
                anyComputed |= value.computed();
                String money = texts.money(value, period);
                String tooltip = texts.format("wage.tooltip", texts.statistic(statistic), money, texts.per(period),
                        texts.when(observation), observation.source().name())
                        + (value.computed() ? "\n* " + texts.text(computedKey(period)) : "");
                bars.add(new WageBarModel.Bar(texts.statistic(statistic), value.amount(), money, tooltip, value.computed()));
            }
            series.add(new WageBarModel(texts.when(observation), bars));
        }

        Set<WageStatistic> statistics = new TreeSet<>();
        shown.forEach(o -> statistics.addAll(o.statistics()));
        wageColumns.setAll(shown.stream().map(texts::when).toList());
        wageRows.setAll(statistics.stream().map(statistic -> new WageRow(texts.statistic(statistic), shown.stream()
                .map(o -> o.valueOrConverted(period, statistic).map(v -> texts.money(v, period)).orElse("\u2013"))
                .toList())).toList());
        boolean computedInTable = shown.stream().anyMatch(o -> statistics.stream()
                .anyMatch(s -> o.valueOrConverted(period, s).map(WageValue::computed).orElse(false)));
        wageSeries.setAll(series);

        String sourceList = shown.stream().map(o -> texts.source(o.source())).distinct().collect(Collectors.joining("; "));
        String caption = texts.format("wage.caption", texts.per(period), sourceList);
        if (anyComputed || computedInTable) {
            caption += "\n* " + texts.text(computedKey(period));
        }
        wageCaption.set(caption);
    }

    private static String computedKey(PayPeriod period) {
        return period == PayPeriod.ANNUAL ? "wage.computed.annual" : "wage.computed.hourly";
    }

    private static List<Source> sourcesOf(Occupation o) {
        Set<Source> all = new LinkedHashSet<>();
        o.education().forEach(e -> all.add(e.source()));
        o.training().ifPresent(t -> all.add(t.source()));
        o.wages().forEach(w -> all.add(w.source()));
        o.employment().forEach(e -> all.add(e.source()));
        o.projections().forEach(p -> all.add(p.source()));
        o.hollandCode().ifPresent(h -> all.add(h.source()));
        o.personalityTypes().ifPresent(p -> all.add(p.source()));
        o.workValues().ifPresent(v -> all.add(v.source()));
        o.related().forEach(r -> all.add(r.source()));
        return all.stream().sorted(Comparator.comparingInt(Source::year).thenComparing(Source::name)).toList();
    }

    private String text(String code, String field) {
        return state.data().localization().find(state.language(), TextKeys.occupation(code, field)).map(t -> t.text()).orElse("");
    }

    private List<String> list(String code, String field) {
        return state.data().localization().list(state.language(), TextKeys.occupation(code, field));
    }

    private static String joinNonBlank(String first, String second) {
        return Stream.of(first, second).filter(s -> !s.isBlank()).collect(Collectors.joining("\n\n"));
    }

    // Properties, for binding.

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty subtitleProperty() { return subtitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** True where no summary is written and the one shown is put together from the figures. */
    public ReadOnlyBooleanProperty summaryComposedProperty() { return summaryComposed.getReadOnlyProperty(); }
    public ReadOnlyStringProperty educationTextProperty() { return educationText.getReadOnlyProperty(); }
    /** What the typical entry level means outside the US, under the route in. */
    public ReadOnlyStringProperty educationLevelNoteProperty() { return educationLevelNote.getReadOnlyProperty(); }
    public ReadOnlyStringProperty workEnvironmentProperty() { return workEnvironment.getReadOnlyProperty(); }
    public ReadOnlyStringProperty scheduleProperty() { return schedule.getReadOnlyProperty(); }
    public ReadOnlyStringProperty interestsProperty() { return interests.getReadOnlyProperty(); }
    public ReadOnlyStringProperty personalityTypesProperty() { return personalityTypes.getReadOnlyProperty(); }
    public ReadOnlyStringProperty workValuesProperty() { return workValues.getReadOnlyProperty(); }
    /** Unit, source and year of the wage figures, and what the * mark means where it is used. */
    public ReadOnlyStringProperty wageCaptionProperty() { return wageCaption.getReadOnlyProperty(); }
    public ObservableList<FactItem> facts() { return facts; }
    public ObservableList<String> duties() { return duties; }
    public ObservableList<SkillItem> skills() { return skills; }
    public ObservableList<ProConItem> pros() { return pros; }
    public ObservableList<ProConItem> cons() { return cons; }
    public ObservableList<String> employerExpectations() { return employerExpectations; }
    public ObservableList<String> howToGetJob() { return howToGetJob; }
    public ObservableList<String> sources() { return sources; }
    /** The years with wage figures, and "all years" where there are several. */
    public ObservableList<WageYearChoice> wageYears() { return wageYears; }
    public ObjectProperty<WageYearChoice> wageYearProperty() { return wageYear; }
    public ObjectProperty<PayPeriod> wagePeriodProperty() { return wagePeriod; }
    /** The bars to draw: one series per year shown. */
    public ObservableList<WageBarModel> wageSeries() { return wageSeries; }
    /** The wage table's value columns: one per year shown. */
    public ObservableList<String> wageColumns() { return wageColumns; }
    public ObservableList<WageRow> wageRows() { return wageRows; }
    public ObservableList<RelatedJobRow> relatedJobs() { return relatedJobs; }

    public String text(String key) {
        return state.text(key);
    }

    /** A tick label of the chart's value axis, in the display language's number format. */
    public String axisNumber(double value) {
        return texts().formats().axisNumber(value);
    }
}

package org.careerexplorer.gui.occupation;

import java.time.LocalDate;
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
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.careerexplorer.data.LoadResult;
import org.careerexplorer.gui.controls.WageBarModel;
import org.careerexplorer.gui.util.FactTexts;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.ProCon;
import org.careerexplorer.model.ProsAndConsRules;
import org.careerexplorer.model.Source;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;
import org.careerexplorer.gui.util.SortableText;

/**
 * Everything the occupation detail shows, as text in the display language: facts, texts, pros and
 * cons with their figures, the wage chart and table for the chosen year and pay period, and the
 * related jobs.
 */
public final class OccupationViewModel {

    private final LoadResult data;
    private final ObjectProperty<Language> language;
    private final ReadOnlyObjectProperty<String> currentCode;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper educationText = new ReadOnlyStringWrapper(this, "educationText", "");
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
    private FactTexts texts;

    /** A labelled fact of the facts panel, e.g. "Typical education" – "High school diploma…". */
    public record FactItem(String label, String value) {
    }

    public OccupationViewModel(LoadResult data, ObjectProperty<Language> language, ReadOnlyObjectProperty<String> currentCode) {
        this.data = data;
        this.language = language;
        this.currentCode = currentCode;
        language.addListener((obs, old, now) -> refresh(true));
        currentCode.addListener((obs, old, now) -> refresh(false));
        wageYear.addListener((obs, old, now) -> {
            if (!refreshing) {
                refreshWages();
            }
        });
        wagePeriod.addListener((obs, old, now) -> refreshWages());
        refresh(false);
    }

    private Optional<Occupation> occupation() {
        return Optional.ofNullable(currentCode.get()).flatMap(code -> data.catalog().byCode(code));
    }

    /** The open occupation, for export. */
    public Optional<Occupation> currentOccupation() {
        return occupation();
    }

    /** Texts and formats in the display language (made again only when the language changes). */
    public FactTexts texts() {
        if (texts == null || texts.language() != language.get()) {
            texts = new FactTexts(data.localization(), language.get());
        }
        return texts;
    }

    /** The foot of a printed sheet: app, data version and date. */
    public String footer() {
        return texts().format("export.footer", data.catalog().dataVersion(),
                texts().formats().date(LocalDate.now()));
    }

    /** Rebuilds every text; on a language change the chosen year and period stay. */
    private void refresh(boolean keepWageChoice) {
        refreshing = true;
        try {
            Integer chosenYear = keepWageChoice && wageYear.get() != null ? wageYear.get().year() : null;
            boolean wasAllYears = keepWageChoice && wageYear.get() != null && wageYear.get().allYears();
            Optional<Occupation> current = occupation();
            FactTexts texts = texts();
            if (current.isEmpty()) {
                clear(texts);
                return;
            }
            Occupation o = current.get();
            String code = o.code();
            title.set(texts.title(code).text());
            subtitle.set(texts.format("detail.code", code));
            // A hand-written summary wins; otherwise one is composed from the facts.
            summary.set(Optional.of(text(code, "summary")).filter(t -> !t.isEmpty())
                    .orElseGet(() -> texts.composedSummary(o, data.catalog().reference())));
            educationText.set(joinNonBlank(text(code, "education"), text(code, "educationDetails")));
            workEnvironment.set(text(code, "workEnvironment"));
            schedule.set(text(code, "schedule"));
            facts.setAll(facts(o, texts));
            duties.setAll(list(code, "duties"));
            skills.setAll(data.localization().childKeys(language.get(), TextKeys.occupation(code, "skills")).stream()
                    .map(id -> new SkillItem(text(code, "skills." + id + ".name"), text(code, "skills." + id + ".text")))
                    .toList());
            pros.setAll(prosAndCons(data, o, ProCon.Kind.PRO, texts));
            cons.setAll(prosAndCons(data, o, ProCon.Kind.CON, texts));
            employerExpectations.setAll(list(code, "employerExpectations"));
            howToGetJob.setAll(list(code, "howToGetJob"));
            interests.set(o.hollandCode().map(h -> h.code() + " \u2013 " + h.code().chars()
                    .mapToObj(c -> texts.text("holland." + (char) c)).collect(Collectors.joining(", "))).orElse(""));
            personalityTypes.set(o.personalityTypes().map(p -> String.join(", ", p.types())).orElse(""));
            workValues.set(o.workValues().map(v -> v.values().stream().map(x -> texts.label("workValue", x))
                    .collect(Collectors.joining(", "))).orElse(""));
            sources.setAll(sourcesOf(o).stream().map(texts::source).toList());
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

    /**
     * The latest year with a full distribution (at least three percentiles), so that the chart opens
     * on more than a lone median; the latest year where no year has one.
     */
    private static WageYearChoice defaultYear(Occupation o, List<WageYearChoice> years) {
        Integer year = null;
        for (WageObservation w : o.wages()) {
            if (w.statistics().stream().filter(WageStatistic::isPercentile).count() >= 3 || year == null) {
                year = w.year();
            }
        }
        Integer chosen = year;
        return years.stream().filter(y -> !y.allYears() && y.year().equals(chosen)).findFirst().orElse(null);
    }

    private void clear(FactTexts texts) {
        title.set(texts.text("detail.noSelection"));
        Stream.of(subtitle, summary, educationText, workEnvironment, schedule, interests, personalityTypes, workValues,
                wageCaption).forEach(p -> p.set(""));
        Stream.of(facts, duties, skills, pros, cons, employerExpectations, howToGetJob, sources, relatedJobs, wageYears,
                wageSeries, wageColumns, wageRows).forEach(List::clear);
        wageYear.set(null);
    }

    private List<FactItem> facts(Occupation o, FactTexts texts) {
        List<FactItem> items = new ArrayList<>();
        o.latestMedianAnnualWage().ifPresent(m -> items.add(new FactItem(texts.text("detail.fact.pay"),
                texts.format("browse.card.pay", texts.money(m.value(), PayPeriod.ANNUAL), texts.when(m.observation())))));
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
                texts.format("detail.fact.jobZoneValue", z.zone(), texts.text("jobZone." + z.zone())))));
        items.add(new FactItem(texts.text("detail.fact.group"), texts.group(o.majorGroup())));
        return items;
    }

    /** The hand-written pros (or cons) first, then those the rules derive from the figures. */
    public static List<ProConItem> prosAndCons(LoadResult data, Occupation o, ProCon.Kind kind, FactTexts texts) {
        List<ProConItem> all = new ArrayList<>();
        String group = kind == ProCon.Kind.PRO ? "pros." : "cons.";
        (kind == ProCon.Kind.PRO ? o.pros() : o.cons()).forEach(p -> all.add(new ProConItem(
                data.localization().find(texts.language(), TextKeys.occupation(o.code(), group + p.id()))
                        .map(t -> t.text()).orElse(""),
                p.figure().map(f -> texts.figure(o, f)).orElse(""))));
        ProsAndConsRules.derive(o, data.catalog().reference()).stream().filter(f -> f.kind() == kind)
                .forEach(f -> all.add(new ProConItem(texts.finding(f), texts.figure(o, f.figure()))));
        return all;
    }

    private List<RelatedJobRow> related(Occupation o, FactTexts texts) {
        Optional<Occupation.YearlyFigure> own = o.latestMedianAnnualWage();
        List<RelatedJobRow> rows = new ArrayList<>();
        for (var link : o.related()) {
            Occupation other = data.catalog().byCode(link.code()).orElse(null);
            if (other == null) {
                continue;
            }
            Optional<Occupation.YearlyFigure> pay = other.latestMedianAnnualWage();
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
        FactTexts texts = texts();
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
        return data.localization().find(language.get(), TextKeys.occupation(code, field)).map(t -> t.text()).orElse("");
    }

    private List<String> list(String code, String field) {
        return data.localization().list(language.get(), TextKeys.occupation(code, field));
    }

    private static String joinNonBlank(String first, String second) {
        return Stream.of(first, second).filter(s -> !s.isBlank()).collect(Collectors.joining("\n\n"));
    }

    // Properties, for binding.

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty subtitleProperty() { return subtitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty educationTextProperty() { return educationText.getReadOnlyProperty(); }
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
        return data.localization().text(language.get(), key);
    }

    /** A tick label of the chart's value axis, in the display language's number format. */
    public String axisNumber(double value) {
        return texts().formats().axisNumber(value);
    }
}

package org.careerexplorer.gui.text;

import java.text.BreakIterator;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.Localization;
import org.careerexplorer.i18n.LocalizedText;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.FigureRef;
import org.careerexplorer.model.GrowthCategory;
import org.careerexplorer.model.JsonId;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.OnTheJobTraining;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.ProCon;
import org.careerexplorer.model.Projection;
import org.careerexplorer.model.ProsAndConsRules;
import org.careerexplorer.model.Quantity;
import org.careerexplorer.model.Reference;
import org.careerexplorer.model.Source;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;
import org.careerexplorer.model.WorkExperience;

/**
 * How the app words the model's facts in one language: labels of levels and categories, pay with
 * its date, outlooks, sources, the pros and cons with the figures they rest on, and the summary
 * composed for occupations that have no written one. Made once per language (see
 * {@code AppState.phrases}), with the number formats of that language.
 */
public final class FactPhrases {

    private final Localization localization;
    private final Optional<Reference> reference;
    private final Language language;
    private final LocaleFormats formats;

    /** @param reference the all-occupations figures that derived pros and cons and summaries compare with */
    public FactPhrases(Localization localization, Optional<Reference> reference, Language language) {
        this.localization = localization;
        this.reference = reference;
        this.language = language;
        this.formats = new LocaleFormats(language);
    }

    public Language language() {
        return language;
    }

    public LocaleFormats formats() {
        return formats;
    }

    public String text(String key) {
        return localization.text(language, key);
    }

    public String format(String key, Object... arguments) {
        return localization.format(language, key, arguments);
    }

    /** The occupation's title, or its code if even English lacks one. */
    public LocalizedText title(String code) {
        return localization.find(language, TextKeys.title(code)).orElse(new LocalizedText(code, language, true));
    }

    /** The English title, searched as well as the translated one. */
    public String englishTitle(String code) {
        return localization.find(Language.ENGLISH, TextKeys.title(code)).map(LocalizedText::text).orElse(code);
    }

    public String education(EducationLevel level) {
        return text(TextKeys.of("education.level", level));
    }

    /** What a US education level means to a reader of this language: a US high school diploma is not the Abitur. */
    public String educationLevelNote(EducationLevel level) {
        return format("detail.educationLevelNote", education(level), text(TextKeys.of("education.levelNote", level)));
    }

    /** "$39,680 a year (May 2023)": a yearly pay figure as cards, tiles and the shortlist show it. */
    public String yearlyPay(Occupation.YearlyFigure pay) {
        return format("browse.card.pay", money(pay.value(), PayPeriod.ANNUAL), when(pay.observation()));
    }

    /** The occupation's headline pay as {@link #yearlyPay} words it, or that none is known. */
    public String headlinePay(Occupation o) {
        return o.headlinePay().map(this::yearlyPay).orElse(text("browse.card.noPay"));
    }

    public String training(OnTheJobTraining training) {
        return text(TextKeys.of("training.onTheJob", training));
    }

    public String experience(WorkExperience experience) {
        return text(TextKeys.of("training.experience", experience));
    }

    public String growth(GrowthCategory category) {
        return text(TextKeys.of("growth", category));
    }

    public String statistic(WageStatistic statistic) {
        return text(TextKeys.of("wage.statistic", statistic));
    }

    /** The pay period as a label: "Annual". */
    public String period(PayPeriod period) {
        return text(TextKeys.of("wage.period", period));
    }

    /** The pay period inside a sentence: "per year". */
    public String per(PayPeriod period) {
        return text(TextKeys.of("wage.per", period));
    }

    public String label(String group, JsonId value) {
        return text(TextKeys.of(group, value));
    }

    /** "May 2018", or "2018" where the month is not known. */
    public String when(WageObservation observation) {
        if (observation.month().isEmpty()) {
            return Integer.toString(observation.year());
        }
        String month = Month.of(observation.month().getAsInt()).getDisplayName(TextStyle.FULL_STANDALONE, language.locale());
        return month + " " + observation.year();
    }

    /** For example "+5% · 2016–2026 · As fast as average". */
    public String outlook(Projection projection) {
        StringBuilder text = new StringBuilder();
        projection.growthPercent().ifPresent(p -> text.append(formats.percentChange(p)).append(" · "));
        text.append(projection.startYear()).append('\u2013').append(projection.endYear());
        projection.category().ifPresent(c -> text.append(" · ").append(growth(c)));
        return text.toString();
    }

    /** A money amount, with "at least" for top-coded figures and a mark for computed ones. */
    public String money(WageValue value, PayPeriod period) {
        String amount = formats.money(value.amount(), period);
        if (value.topCoded()) {
            amount = format("wage.atLeast", amount);
        }
        return value.computed() ? amount + " *" : amount;
    }

    /** "Occupational Outlook Handbook, 2018-19 Edition (U.S. Bureau of Labor Statistics, 2018)". */
    public String source(Source source) {
        String text = source.name() + " (" + source.publisher() + ", " + source.year() + ")";
        return source.visited().map(v -> text + " \u2013 " + format("source.visited", formats.date(v))).orElse(text);
    }

    /** A value quoted by a derived pro or con, formatted for the display language. */
    public String quantity(Quantity quantity) {
        if (quantity instanceof Quantity.AnnualPay p) {
            String money = formats.money(p.dollars(), PayPeriod.ANNUAL);
            return p.atLeast() ? format("wage.atLeast", money) : money;
        } else if (quantity instanceof Quantity.Percent p) {
            return formats.percentChange(p.percent());
        } else if (quantity instanceof Quantity.Count c) {
            return formats.integer(c.count());
        } else if (quantity instanceof Quantity.Ratio r) {
            return r.atLeast() ? format("wage.atLeast", formats.decimal(r.value())) : formats.decimal(r.value());
        } else if (quantity instanceof Quantity.Year y) {
            return Integer.toString(y.year());
        } else if (quantity instanceof Quantity.Education e) {
            return education(e.level());
        }
        throw new IllegalArgumentException("unknown quantity " + quantity);
    }

    /** The text of a derived pro or con, from its rule's template. */
    public String finding(ProsAndConsRules.Finding finding) {
        return format(TextKeys.of("rules", finding.rule()), finding.values().stream().map(this::quantity).toArray());
    }

    /** The name of an SOC major group in the display language, e.g. "Office and administrative support". */
    public String group(String majorGroup) {
        return text("group." + majorGroup);
    }

    /** One of Holland's six interests by its letter, e.g. "Enterprising" for E. */
    public String interest(char hollandLetter) {
        return text("holland." + hollandLetter);
    }

    /** An O*NET job zone's short description, e.g. "some preparation" for 2. */
    public String jobZone(int zone) {
        return text("jobZone." + zone);
    }

    /** The occupation's written summary (in English where the display language lacks it), if it has one. */
    public Optional<String> writtenSummary(String code) {
        return localization.find(language, TextKeys.summary(code)).map(LocalizedText::text).filter(t -> !t.isBlank());
    }

    /** The written summary, or one composed from the figures where none is written. */
    public String summary(Occupation o) {
        return writtenSummary(o.code()).orElseGet(() -> composedSummary(o));
    }

    /** The first sentence of the written summary, as a card's subtitle; empty where none is written. */
    public String summaryLine(String code) {
        return writtenSummary(code).map(this::firstSentence).orElse("");
    }

    private String firstSentence(String text) {
        BreakIterator sentences = BreakIterator.getSentenceInstance(language.locale());
        sentences.setText(text);
        int end = sentences.next();
        return (end == BreakIterator.DONE ? text : text.substring(0, end)).strip();
    }

    /**
     * A short summary composed from the facts, one sentence per fact that is known, for
     * occupations that have no hand-written summary.
     */
    public String composedSummary(Occupation o) {
        List<String> sentences = new ArrayList<>();
        sentences.add(format("summary.group", group(o.majorGroup())));
        // A top-coded median is already "at least $239,200": "more than" it would say more than the survey does.
        o.headlinePay().ifPresent(pay -> sentences.add(format(pay.value().topCoded() ? "summary.payAtLeast" : "summary.pay",
                money(pay.value(), PayPeriod.ANNUAL), when(pay.observation()))));
        o.typicalEducation().ifPresent(e -> sentences.add(format("summary.education", education(e.level()))));
        o.latestProjection().filter(p -> p.growthPercent().isPresent()).ifPresent(p -> {
            String all = reference.filter(r -> r.growth().covers(p.startYear(), p.endYear()))
                    .flatMap(r -> Optional.ofNullable(r.growth().growthPercent().isPresent()
                            ? formats.percentChange(r.growth().growthPercent().getAsDouble()) : null))
                    .map(a -> format("summary.growthAverage", a)).orElse("");
            sentences.add(format("summary.growth", formats.percentChange(p.growthPercent().getAsDouble()),
                    p.startYear(), p.endYear(), all).strip());
            p.annualOpenings().ifPresent(n -> sentences.add(format("summary.openings", formats.integer(Math.round(n)))));
        });
        return String.join(" ", sentences);
    }

    /** The figure a pro or con rests on, in words, or empty text if the occupation lacks it. */
    public String figure(Occupation occupation, FigureRef figure) {
        if (figure instanceof FigureRef.Education) {
            return occupation.typicalEducation().map(e -> format("figure.education", education(e.level()),
                    e.source().name(), e.year())).orElse("");
        } else if (figure instanceof FigureRef.TrainingNeeded) {
            return occupation.training().map(t -> format("figure.training", training(t.onTheJob()), t.source().name()))
                    .orElse("");
        } else if (figure instanceof FigureRef.EmploymentCount c) {
            return occupation.employment().stream().filter(e -> e.year() == c.year()).findFirst()
                    .map(e -> format("figure.employment", formats.integer(e.count()), e.year(), e.source().name()))
                    .orElse("");
        } else if (figure instanceof FigureRef.Outlook o) {
            return occupation.projections().stream().filter(p -> p.covers(o.startYear(), o.endYear())).findFirst()
                    .map(p -> format("figure.projection", outlook(p), p.source().name())).orElse("");
        } else if (figure instanceof FigureRef.Openings o) {
            return occupation.projections().stream().filter(p -> p.covers(o.startYear(), o.endYear())
                    && p.annualOpenings().isPresent()).findFirst()
                    .map(p -> format("figure.openings", formats.integer(Math.round(p.annualOpenings().getAsDouble())),
                            p.startYear(), p.endYear(), p.source().name())).orElse("");
        } else if (figure instanceof FigureRef.Wage w) {
            return occupation.wagesFor(w.year()).flatMap(obs -> obs.value(w.period(), w.statistic())
                    .map(v -> format("figure.wage", statistic(w.statistic()), money(v, w.period()), per(w.period()),
                            when(obs), obs.source().name()))).orElse("");
        }
        // Java 17 has no switch over a sealed type's records: a kind added to FigureRef must be worded here.
        throw new IllegalArgumentException("no wording for the kind of figure " + figure);
    }

    /**
     * The occupation's pros (or cons) as shown: the written ones first, then those the rules derive
     * from its figures, each with the figure it rests on in words.
     */
    public List<ProConItem> prosAndCons(Occupation o, ProCon.Kind kind) {
        List<ProConItem> all = new ArrayList<>();
        String group = kind == ProCon.Kind.PRO ? "pros." : "cons.";
        (kind == ProCon.Kind.PRO ? o.pros() : o.cons()).forEach(p -> all.add(new ProConItem(
                localization.find(language, TextKeys.occupation(o.code(), group + p.id())).map(LocalizedText::text).orElse(""),
                p.figure().map(f -> figure(o, f)).orElse(""))));
        ProsAndConsRules.derive(o, reference).stream().filter(f -> f.kind() == kind)
                .forEach(f -> all.add(new ProConItem(finding(f), figure(o, f.figure()))));
        return all;
    }
}

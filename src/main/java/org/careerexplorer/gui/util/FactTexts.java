package org.careerexplorer.gui.util;

import java.time.Month;
import java.time.format.TextStyle;
import org.careerexplorer.i18n.Language;
import org.careerexplorer.i18n.LocalizedText;
import org.careerexplorer.i18n.Localization;
import org.careerexplorer.i18n.TextKeys;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.FigureRef;
import org.careerexplorer.model.GrowthCategory;
import org.careerexplorer.model.JsonId;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.OnTheJobTraining;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.Projection;
import org.careerexplorer.model.Source;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;
import org.careerexplorer.model.WorkExperience;

/** Turns the model's facts into text in one language: labels of levels, pay with its date, outlooks. */
public final class FactTexts {

    private final Localization localization;
    private final Language language;
    private final Formats formats;

    public FactTexts(Localization localization, Language language) {
        this.localization = localization;
        this.language = language;
        this.formats = new Formats(language);
    }

    public Language language() {
        return language;
    }

    public Formats formats() {
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

    public String period(PayPeriod period) {
        return text(TextKeys.of("wage.period", period));
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
        } else if (figure instanceof FigureRef.Wage w) {
            return occupation.wagesFor(w.year()).flatMap(obs -> obs.value(w.period(), w.statistic())
                    .map(v -> format("figure.wage", statistic(w.statistic()), money(v, w.period()), period(w.period()),
                            when(obs), obs.source().name()))).orElse("");
        }
        return "";
    }
}

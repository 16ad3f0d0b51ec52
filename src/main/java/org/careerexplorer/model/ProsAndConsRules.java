package org.careerexplorer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Derives advantages and drawbacks of an occupation from its figures, so that every occupation
 * gets them, in every language, on the same grounds. The rules, in order:
 * <ol>
 *   <li><b>Pay</b> (median annual wage against the median of all occupations, same year only):
 *       at least {@value #WELL_ABOVE}× is a pro "pay-well-above-median"; at least 1× a pro
 *       "pay-above-median"; below {@value #WELL_BELOW}× a con "pay-well-below-median"; otherwise a
 *       con "pay-below-median".</li>
 *   <li><b>Growth</b> (the latest projection against all occupations over the same years): faster
 *       than average is a pro "grows-faster-than-average"; from 0 up to average a con
 *       "grows-slower-than-average"; below 0 a con "employment-declines".</li>
 *   <li><b>Openings</b>: at least {@value #MANY_OPENINGS} a year is a pro "many-openings"; fewer than
 *       {@value #FEW_OPENINGS} a con "few-openings".</li>
 *   <li><b>Education</b>: no formal credential and no work experience required is a pro
 *       "low-entry-barrier"; a master's degree or more a con "long-education".</li>
 *   <li><b>Pay spread</b> (annual p90 against p10, latest year with both): at least
 *       {@value #WIDE_SPREAD}× is a pro "wide-pay-range" (room to earn more with experience); at most
 *       {@value #NARROW_SPREAD}× a con "narrow-pay-range".</li>
 * </ol>
 * A rule is skipped where the figures are missing, and where a hand-written pro or con already
 * rests on the same figure.
 */
public final class ProsAndConsRules {

    static final double WELL_ABOVE = 1.25;
    static final double WELL_BELOW = 0.8;
    static final long MANY_OPENINGS = 10_000;
    static final long FEW_OPENINGS = 1_000;
    static final double WIDE_SPREAD = 3.0;
    static final double NARROW_SPREAD = 1.8;

    private ProsAndConsRules() {
    }

    /** The rules' outcomes; the id names the outcome's text in the locale files ({@code rules.<id>}). */
    public enum Rule implements JsonId {
        PAY_WELL_ABOVE_MEDIAN("pay-well-above-median"),
        PAY_ABOVE_MEDIAN("pay-above-median"),
        PAY_BELOW_MEDIAN("pay-below-median"),
        PAY_WELL_BELOW_MEDIAN("pay-well-below-median"),
        GROWS_FASTER_THAN_AVERAGE("grows-faster-than-average"),
        GROWS_SLOWER_THAN_AVERAGE("grows-slower-than-average"),
        EMPLOYMENT_DECLINES("employment-declines"),
        MANY_OPENINGS("many-openings"),
        FEW_OPENINGS("few-openings"),
        LOW_ENTRY_BARRIER("low-entry-barrier"),
        LONG_EDUCATION("long-education"),
        WIDE_PAY_RANGE("wide-pay-range"),
        NARROW_PAY_RANGE("narrow-pay-range");

        private final String id;

        Rule(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    /**
     * A derived advantage or drawback: the rule's outcome, the figure it rests on, and the values its
     * text quotes, in order.
     */
    public record Finding(Rule rule, ProCon.Kind kind, FigureRef figure, List<Quantity> values) {
    }

    public static List<Finding> derive(Occupation occupation, Optional<Reference> reference) {
        List<Finding> findings = new ArrayList<>();
        reference.ifPresent(r -> {
            pay(occupation, r).ifPresent(findings::add);
            growth(occupation, r).ifPresent(findings::add);
        });
        openings(occupation).ifPresent(findings::add);
        education(occupation).ifPresent(findings::add);
        spread(occupation).ifPresent(findings::add);
        return findings.stream().filter(f -> occupation.prosAndCons().stream()
                .noneMatch(p -> p.figure().map(fig -> sameFigure(fig, f.figure())).orElse(false))).toList();
    }

    private static Optional<Finding> pay(Occupation o, Reference r) {
        int year = r.medianAnnualWage().year();
        return o.wagesFor(year).flatMap(w -> w.value(PayPeriod.ANNUAL, WageStatistic.MEDIAN)).map(median -> {
            double ratio = median.amount() / r.medianAnnualWage().value();
            Rule rule;
            ProCon.Kind kind;
            if (ratio >= WELL_ABOVE) {
                rule = Rule.PAY_WELL_ABOVE_MEDIAN;
                kind = ProCon.Kind.PRO;
            } else if (ratio >= 1) {
                rule = Rule.PAY_ABOVE_MEDIAN;
                kind = ProCon.Kind.PRO;
            } else if (ratio < WELL_BELOW) {
                rule = Rule.PAY_WELL_BELOW_MEDIAN;
                kind = ProCon.Kind.CON;
            } else {
                rule = Rule.PAY_BELOW_MEDIAN;
                kind = ProCon.Kind.CON;
            }
            return new Finding(rule, kind, new FigureRef.Wage(year, PayPeriod.ANNUAL, WageStatistic.MEDIAN),
                    List.of(new Quantity.AnnualPay(median.amount(), median.topCoded()),
                            new Quantity.AnnualPay(r.medianAnnualWage().value(), false),
                            new Quantity.Year(year)));
        });
    }

    private static Optional<Finding> growth(Occupation o, Reference r) {
        Projection all = r.growth();
        return o.projections().stream().filter(p -> p.covers(all.startYear(), all.endYear())).findFirst()
                .filter(p -> p.growthPercent().isPresent() && all.growthPercent().isPresent())
                .map(p -> {
                    double growth = p.growthPercent().getAsDouble();
                    double average = all.growthPercent().getAsDouble();
                    Rule rule = growth > average ? Rule.GROWS_FASTER_THAN_AVERAGE
                            : growth >= 0 ? Rule.GROWS_SLOWER_THAN_AVERAGE : Rule.EMPLOYMENT_DECLINES;
                    ProCon.Kind kind = growth > average ? ProCon.Kind.PRO : ProCon.Kind.CON;
                    return new Finding(rule, kind, new FigureRef.Outlook(p.startYear(), p.endYear()),
                            List.of(new Quantity.Percent(growth), new Quantity.Percent(average),
                                    new Quantity.Year(p.startYear()), new Quantity.Year(p.endYear())));
                });
    }

    private static Optional<Finding> openings(Occupation o) {
        return o.latestProjection().filter(p -> p.annualOpenings().isPresent()).flatMap(p -> {
            long openings = Math.round(p.annualOpenings().getAsDouble());
            List<Quantity> values = List.of(new Quantity.Count(openings), new Quantity.Year(p.startYear()),
                    new Quantity.Year(p.endYear()));
            FigureRef figure = new FigureRef.Openings(p.startYear(), p.endYear());
            if (openings >= MANY_OPENINGS) {
                return Optional.of(new Finding(Rule.MANY_OPENINGS, ProCon.Kind.PRO, figure, values));
            } else if (openings < FEW_OPENINGS) {
                return Optional.of(new Finding(Rule.FEW_OPENINGS, ProCon.Kind.CON, figure, values));
            }
            return Optional.empty();
        });
    }

    private static Optional<Finding> education(Occupation o) {
        return o.typicalEducation().flatMap(e -> {
            List<Quantity> values = List.of(new Quantity.Education(e.level()));
            // Easy only where nothing is asked first: no credential, and no work experience either.
            boolean noExperience = o.training().map(t -> t.experience() == WorkExperience.NONE).orElse(false);
            if (e.level() == EducationLevel.NO_FORMAL_CREDENTIAL && noExperience) {
                return Optional.of(new Finding(Rule.LOW_ENTRY_BARRIER, ProCon.Kind.PRO, new FigureRef.Education(), values));
            } else if (EducationLevel.MASTER.isReachedWith(e.level())) {
                return Optional.of(new Finding(Rule.LONG_EDUCATION, ProCon.Kind.CON, new FigureRef.Education(), values));
            }
            return Optional.empty();
        });
    }

    private static Optional<Finding> spread(Occupation o) {
        for (int i = o.wages().size() - 1; i >= 0; i--) {
            WageObservation w = o.wages().get(i);
            Optional<WageValue> low = w.value(PayPeriod.ANNUAL, WageStatistic.P10);
            Optional<WageValue> high = w.value(PayPeriod.ANNUAL, WageStatistic.P90);
            if (low.isPresent() && high.isPresent()) {
                double ratio = high.get().amount() / low.get().amount();
                boolean topCoded = high.get().topCoded();
                List<Quantity> values = List.of(new Quantity.AnnualPay(low.get().amount(), low.get().topCoded()),
                        new Quantity.AnnualPay(high.get().amount(), topCoded), new Quantity.Ratio(ratio, topCoded),
                        new Quantity.Year(w.year()));
                FigureRef figure = new FigureRef.Wage(w.year(), PayPeriod.ANNUAL, WageStatistic.P90);
                if (ratio >= WIDE_SPREAD) {
                    return Optional.of(new Finding(Rule.WIDE_PAY_RANGE, ProCon.Kind.PRO, figure, values));
                } else if (ratio <= NARROW_SPREAD && !topCoded) {
                    return Optional.of(new Finding(Rule.NARROW_PAY_RANGE, ProCon.Kind.CON, figure, values));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Two links to the same kind of figure for the same period: one pro or con is enough. */
    private static boolean sameFigure(FigureRef stored, FigureRef derived) {
        if (stored instanceof FigureRef.Wage s && derived instanceof FigureRef.Wage d) {
            return s.year() == d.year();
        }
        return stored.equals(derived);
    }
}

package org.careerexplorer.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The locale-neutral facts about one occupation. Its texts (title, summary, duties…) are in the
 * locale files, keyed by {@link #code()}.
 *
 * @param code        US Standard Occupational Classification (SOC 2018) code, e.g. "43-4051"
 * @param education   typical entry-level education as given by each source, oldest first
 * @param wages       wage observations, oldest first
 * @param related     occupations worth a look, in the order the sources list them
 * @param officialTitle the title in the source's own (US English) wording, e.g. "Customer Service Representatives"
 * @param textBasis   what the texts about the work (summary, duties…) are based on, where that is a source
 *                    of its own; the texts themselves are in the locale files
 */
public record Occupation(
        String code,
        List<EducationRequirement> education,
        Optional<Training> training,
        List<WageObservation> wages,
        List<Employment> employment,
        List<Projection> projections,
        Optional<HollandCode> hollandCode,
        Optional<PersonalityTypes> personalityTypes,
        Optional<WorkValues> workValues,
        List<RelatedOccupation> related,
        List<ProCon> prosAndCons,
        Optional<String> officialTitle,
        Optional<JobZone> jobZone,
        Optional<Source> textBasis) {

    private static final Pattern SOC_CODE = Pattern.compile("\\d{2}-\\d{4}");

    public Occupation {
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("not a SOC code: " + code);
        }
        education = sortedCopy(education, Comparator.comparingInt(EducationRequirement::year));
        Objects.requireNonNull(training, "training");
        wages = sortedCopy(wages, Comparator.comparingInt(WageObservation::year));
        employment = sortedCopy(employment, Comparator.comparingInt(Employment::year));
        projections = sortedCopy(projections, Comparator.comparingInt(Projection::startYear));
        Objects.requireNonNull(hollandCode, "hollandCode");
        Objects.requireNonNull(personalityTypes, "personalityTypes");
        Objects.requireNonNull(workValues, "workValues");
        related = List.copyOf(related);
        prosAndCons = List.copyOf(prosAndCons);
        Objects.requireNonNull(officialTitle, "officialTitle");
        Objects.requireNonNull(jobZone, "jobZone");
        Objects.requireNonNull(textBasis, "textBasis");
    }

    /** An occupation whose texts name no source of their own. */
    public Occupation(String code, List<EducationRequirement> education, Optional<Training> training,
                      List<WageObservation> wages, List<Employment> employment, List<Projection> projections,
                      Optional<HollandCode> hollandCode, Optional<PersonalityTypes> personalityTypes,
                      Optional<WorkValues> workValues, List<RelatedOccupation> related, List<ProCon> prosAndCons,
                      Optional<String> officialTitle, Optional<JobZone> jobZone) {
        this(code, education, training, wages, employment, projections, hollandCode, personalityTypes, workValues,
                related, prosAndCons, officialTitle, jobZone, Optional.empty());
    }

    /** The SOC major group: the first two digits of the code, e.g. "43" for office and administrative support. */
    public String majorGroup() {
        return code.substring(0, 2);
    }

    /** Two digits, a hyphen, four digits. */
    public static boolean isValidCode(String code) {
        return code != null && SOC_CODE.matcher(code).matches();
    }

    /** The most recent typical entry-level education. */
    public Optional<EducationRequirement> typicalEducation() {
        return last(education);
    }

    /** The most recent wage observation. */
    public Optional<WageObservation> latestWages() {
        return last(wages);
    }

    /** The wage observation for {@code year}, if there is one. */
    public Optional<WageObservation> wagesFor(int year) {
        return wages.stream().filter(w -> w.year() == year).findFirst();
    }

    /**
     * The pay figure every view quotes first (card, tile, shortlist, related jobs, composed summary):
     * the median annual wage of the latest survey with a full distribution, the one the wage chart
     * opens on and compare and the pay rule use too, so that no two places quote different years.
     * Converted from the hourly median (and marked computed) where only that was published; the
     * latest median of any source where no survey has a full distribution.
     */
    public Optional<YearlyFigure> headlinePay() {
        return latestFullDistribution().flatMap(w -> w.valueOrConverted(PayPeriod.ANNUAL, WageStatistic.MEDIAN)
                .map(median -> new YearlyFigure(median, w))).or(this::latestMedianAnnualWage);
    }

    /**
     * The most recent median annual wage with its observation; converted from the hourly median
     * (and marked computed) where only that was published.
     */
    public Optional<YearlyFigure> latestMedianAnnualWage() {
        for (int i = wages.size() - 1; i >= 0; i--) {
            WageObservation observation = wages.get(i);
            Optional<WageValue> median = observation.valueOrConverted(PayPeriod.ANNUAL, WageStatistic.MEDIAN);
            if (median.isPresent()) {
                return Optional.of(new YearlyFigure(median.get(), observation));
            }
        }
        return Optional.empty();
    }

    /**
     * The latest wage observation with a full distribution (see
     * {@link WageObservation#hasFullDistribution()}), or the latest of all where none has one.
     */
    public Optional<WageObservation> latestFullDistribution() {
        return wages.stream().filter(WageObservation::hasFullDistribution).reduce((a, b) -> b).or(this::latestWages);
    }

    public Optional<Employment> latestEmployment() {
        return last(employment);
    }

    public Optional<Projection> latestProjection() {
        return last(projections);
    }

    public List<ProCon> pros() {
        return prosAndCons.stream().filter(p -> p.kind() == ProCon.Kind.PRO).toList();
    }

    public List<ProCon> cons() {
        return prosAndCons.stream().filter(p -> p.kind() == ProCon.Kind.CON).toList();
    }

    /** Whether the occupation has the figure that {@code figure} points at, so that a pro or con may rest on it. */
    public boolean has(FigureRef figure) {
        if (figure instanceof FigureRef.Education) {
            return typicalEducation().isPresent();
        } else if (figure instanceof FigureRef.TrainingNeeded) {
            return training.isPresent();
        } else if (figure instanceof FigureRef.EmploymentCount count) {
            return employment.stream().anyMatch(e -> e.year() == count.year());
        } else if (figure instanceof FigureRef.Outlook outlook) {
            return projections.stream().anyMatch(p -> p.covers(outlook.startYear(), outlook.endYear()));
        } else if (figure instanceof FigureRef.Openings openings) {
            return projections.stream().anyMatch(p -> p.covers(openings.startYear(), openings.endYear())
                    && p.annualOpenings().isPresent());
        } else if (figure instanceof FigureRef.Wage wage) {
            return wagesFor(wage.year()).flatMap(w -> w.value(wage.period(), wage.statistic())).isPresent();
        }
        throw new IllegalArgumentException("unknown kind of figure " + figure);
    }

    /** The same occupation with other related occupations. */
    public Occupation withRelated(List<RelatedOccupation> otherRelated) {
        return new Occupation(code, education, training, wages, employment, projections, hollandCode, personalityTypes,
                workValues, otherRelated, prosAndCons, officialTitle, jobZone, textBasis);
    }

    /** The same occupation with other pros and cons. */
    public Occupation withProsAndCons(List<ProCon> other) {
        return new Occupation(code, education, training, wages, employment, projections, hollandCode, personalityTypes,
                workValues, related, other, officialTitle, jobZone, textBasis);
    }

    /** The same occupation with its texts based on {@code basis}. */
    public Occupation withTextBasis(Optional<Source> basis) {
        return new Occupation(code, education, training, wages, employment, projections, hollandCode, personalityTypes,
                workValues, related, prosAndCons, officialTitle, jobZone, basis);
    }

    /** A wage figure together with the observation (year, source) it belongs to. */
    public record YearlyFigure(WageValue value, WageObservation observation) {
    }

    private static <T> List<T> sortedCopy(List<T> items, Comparator<T> order) {
        return items.stream().sorted(order).toList();
    }

    private static <T> Optional<T> last(List<T> items) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(items.size() - 1));
    }
}

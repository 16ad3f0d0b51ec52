package org.careerexplorer.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One instance of every kind of {@link FigureRef}, found by reflection, so that tests over all kinds
 * fail as soon as a kind is added that the code does not handle; and an occupation that has them all.
 */
public final class FigureRefSamples {

    /** The year every sample refers to: a wage, an employment count, the start of a projection. */
    public static final int YEAR = 2018;
    /** The end of the sample projection. */
    public static final int END_YEAR = YEAR + 10;
    public static final PayPeriod PERIOD = PayPeriod.ANNUAL;
    public static final WageStatistic STATISTIC = WageStatistic.MEDIAN;

    private FigureRefSamples() {
    }

    /**
     * Each permitted kind, built from its canonical constructor with the sample value of each parameter's
     * type; whole numbers are years, the first {@link #YEAR} and a second one {@link #END_YEAR}.
     */
    public static List<FigureRef> allKinds() throws ReflectiveOperationException {
        List<FigureRef> samples = new ArrayList<>();
        for (Class<?> kind : FigureRef.class.getPermittedSubclasses()) {
            Class<?>[] types = Arrays.stream(kind.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = kind.getDeclaredConstructor(types);
            Object[] values = new Object[types.length];
            int years = 0;
            for (int i = 0; i < types.length; i++) {
                values[i] = types[i] == int.class ? (years++ == 0 ? YEAR : END_YEAR) : sampleOf(types[i]);
            }
            samples.add((FigureRef) canonical.newInstance(values));
        }
        return samples;
    }

    /** An occupation (43-4051) with every kind of figure that the samples point at, all from {@code source}. */
    public static Occupation occupationWithEveryFigure(Source source, List<ProCon> prosAndCons) {
        return new Occupation("43-4051",
                List.of(new EducationRequirement(EducationLevel.HIGH_SCHOOL, YEAR, source)),
                Optional.of(new Training(OnTheJobTraining.SHORT_TERM, WorkExperience.NONE, source)),
                List.of(new WageObservation(YEAR, OptionalInt.empty(), source, Optional.empty(),
                        Map.of(PERIOD, Map.of(STATISTIC, WageValue.published(1000))))),
                List.of(new Employment(100, YEAR, source)),
                List.of(new Projection(YEAR, END_YEAR, OptionalDouble.of(2), Optional.empty(), OptionalDouble.of(10), source)),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), prosAndCons, Optional.empty(), Optional.empty());
    }

    private static Object sampleOf(Class<?> type) {
        if (type == PayPeriod.class) {
            return PERIOD;
        } else if (type == WageStatistic.class) {
            return STATISTIC;
        }
        throw new IllegalArgumentException("no sample value for a figure's " + type.getSimpleName() + "; add one here");
    }
}

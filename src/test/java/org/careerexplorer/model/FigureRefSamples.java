package org.careerexplorer.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One instance of every kind of {@link FigureRef}, found by reflection, so that tests over all kinds
 * fail as soon as a kind is added that the code does not handle.
 */
public final class FigureRefSamples {

    /** The year every sample refers to: a wage, an employment count, both ends of a projection. */
    public static final int YEAR = 2018;
    public static final PayPeriod PERIOD = PayPeriod.ANNUAL;
    public static final WageStatistic STATISTIC = WageStatistic.MEDIAN;

    private FigureRefSamples() {
    }

    /** Each permitted kind, built from its canonical constructor with the sample value of each parameter's type. */
    public static List<FigureRef> allKinds() throws ReflectiveOperationException {
        List<FigureRef> samples = new ArrayList<>();
        for (Class<?> kind : FigureRef.class.getPermittedSubclasses()) {
            Class<?>[] types = Arrays.stream(kind.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> canonical = kind.getDeclaredConstructor(types);
            Object[] values = Arrays.stream(types).map(FigureRefSamples::sampleOf).toArray();
            samples.add((FigureRef) canonical.newInstance(values));
        }
        return samples;
    }

    private static Object sampleOf(Class<?> type) {
        if (type == int.class) {
            return YEAR;
        } else if (type == PayPeriod.class) {
            return PERIOD;
        } else if (type == WageStatistic.class) {
            return STATISTIC;
        }
        throw new IllegalArgumentException("no sample value for a figure's " + type.getSimpleName()
                + "; add one here");
    }
}

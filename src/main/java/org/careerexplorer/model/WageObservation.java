package org.careerexplorer.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The wage statistics one source published for one occupation and one reference period.
 *
 * @param year       reference year of the figures
 * @param month      reference month (1-12) where known; BLS wage surveys refer to May
 * @param source     where the figures come from
 * @param sourceCode the occupation code the source used, where it differs from ours (older SOC versions)
 * @param values     the figures per pay period and statistic; only what the source gave
 */
public record WageObservation(int year, OptionalInt month, Source source, Optional<String> sourceCode,
                              Map<PayPeriod, Map<WageStatistic, WageValue>> values) {

    /** How many percentiles make a full distribution. */
    private static final int FULL_DISTRIBUTION = 3;

    public WageObservation {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceCode, "sourceCode");
        EnumMap<PayPeriod, Map<WageStatistic, WageValue>> copy = new EnumMap<>(PayPeriod.class);
        values.forEach((period, stats) -> {
            if (!stats.isEmpty()) {
                copy.put(period, Collections.unmodifiableMap(new EnumMap<>(stats)));
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** The figure as the data has it, published or marked computed; empty if not given for this period. */
    public Optional<WageValue> value(PayPeriod period, WageStatistic statistic) {
        return Optional.ofNullable(values.getOrDefault(period, Map.of()).get(statistic));
    }

    /**
     * The figure for {@code period}; where only the other period's figure exists, it is converted at
     * 2,080 hours a year and marked computed.
     */
    public Optional<WageValue> valueOrConverted(PayPeriod period, WageStatistic statistic) {
        return value(period, statistic).or(() -> value(period.other(), statistic).map(v -> v.convertedTo(period)));
    }

    /** The statistics available in either pay period (so in both, by conversion), in ascending order. */
    public Set<WageStatistic> statistics() {
        EnumMap<WageStatistic, Boolean> present = new EnumMap<>(WageStatistic.class);
        values.values().forEach(stats -> stats.keySet().forEach(s -> present.put(s, true)));
        return Collections.unmodifiableSet(present.keySet());
    }

    /**
     * At least three percentiles in either pay period: enough to show how pay spreads, not only a
     * lone median (the Employment Projections publish only medians).
     */
    public boolean hasFullDistribution() {
        return statistics().stream().filter(WageStatistic::isPercentile).count() >= FULL_DISTRIBUTION;
    }

    public boolean has(PayPeriod period) {
        return values.containsKey(period);
    }
}

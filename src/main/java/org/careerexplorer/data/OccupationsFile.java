package org.careerexplorer.data;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.WageStatistic;

/**
 * {@code data/occupations.json} as Jackson reads and writes it: each record is an object of the file,
 * each component one of its fields, named here and nowhere else, in the order the writer puts them.
 * A field that is absent is null. What each field may hold is said by {@code schema/occupations.schema.json},
 * which checks a file before it is bound to these records; {@link OnError} marks the parts that an
 * error skips on their own.
 */
record OccupationsFile(
        String $schema,
        @OnError("read as the format this app knows") Integer formatVersion,
        @OnError("ignored") String dataVersion,
        @OnError(value = "source skipped", whole = "no sources loaded") List<Source> sources,
        @OnError("reference left out") Reference reference,
        @OnError(value = "occupation skipped", whole = "no occupations loaded") List<Occupation> occupations) {

    /** An entry that names the source of its figures by the source's id. */
    interface Sourced {
        String source();
    }

    record Source(String id, String name, String publisher, Integer year, @OnError("date left out") String visited,
                  String note) {
    }

    record Reference(ReferenceFigure medianAnnualWage, Projection growth) {
    }

    record ReferenceFigure(Double value, Integer year, String source) implements Sourced {
    }

    record Occupation(
            String code,
            @OnError("official title left out") String officialTitle,
            @OnError("entry skipped") List<Education> education,
            @OnError("training left out") Training training,
            @OnError("observation skipped") List<Wage> wages,
            @OnError("entry skipped") List<Employment> employment,
            @OnError("projection skipped") List<Projection> projections,
            @OnError("job zone left out") JobZone jobZone,
            @OnError("Holland code left out") Holland holland,
            @OnError("personality types left out") PersonalityTypes personalityTypes,
            @OnError("work values left out") WorkValues workValues,
            @OnError("link skipped") List<Related> related,
            @OnError("pro or con skipped") List<ProCon> prosAndCons,
            @OnError("basis of the texts left out") TextBasis textBasis) {
    }

    /** What the occupation's texts about the work are based on. */
    record TextBasis(String source) implements Sourced {
    }

    record Education(String level, Integer year, String source) implements Sourced {
    }

    record Training(String onTheJob, String experience, String source) implements Sourced {
    }

    /** {@code computed} and {@code topCoded} list figures as markers such as {@code "annual.median"}. */
    record Wage(Integer year, Integer month, String source, String sourceCode, WageFigures hourly, WageFigures annual,
                List<String> computed, List<String> topCoded) implements Sourced {

        WageFigures figures(PayPeriod period) {
            return period == PayPeriod.HOURLY ? hourly : annual;
        }
    }

    /** One pay period's figures; the components are the statistics, in their order. */
    record WageFigures(Double p10, Double p25, Double median, Double p75, Double p90, Double mean) {

        /** The figures given, by statistic, in ascending order. */
        Map<WageStatistic, Double> byStatistic() {
            Map<WageStatistic, Double> figures = new EnumMap<>(WageStatistic.class);
            Double[] values = {p10, p25, median, p75, p90, mean};
            for (WageStatistic statistic : WageStatistic.values()) {
                if (values[statistic.ordinal()] != null) {
                    figures.put(statistic, values[statistic.ordinal()]);
                }
            }
            return figures;
        }

        /** The figures of {@code byStatistic}; null where there are none. */
        static WageFigures of(Map<WageStatistic, Double> byStatistic) {
            return byStatistic.isEmpty() ? null : new WageFigures(byStatistic.get(WageStatistic.P10),
                    byStatistic.get(WageStatistic.P25), byStatistic.get(WageStatistic.MEDIAN),
                    byStatistic.get(WageStatistic.P75), byStatistic.get(WageStatistic.P90),
                    byStatistic.get(WageStatistic.MEAN));
        }
    }

    record Employment(Long count, Integer year, String source) implements Sourced {
    }

    record Projection(Integer startYear, Integer endYear, Double growthPercent, String category, Double annualOpenings,
                      String source) implements Sourced {
    }

    record JobZone(Integer zone, String source) implements Sourced {
    }

    record Holland(String code, String source) implements Sourced {
    }

    record PersonalityTypes(List<String> types, String source) implements Sourced {
    }

    record WorkValues(List<String> values, String source) implements Sourced {
    }

    record Related(String code, String source) implements Sourced {
    }

    record ProCon(String id, String kind, @OnError("link to the figure left out") FigureLink figure) {
    }

    /** Which of the occupation's figures a pro or con rests on: its kind, and the fields that kind needs. */
    record FigureLink(String figure, Integer year, String period, String statistic, Integer startYear, Integer endYear) {

        static final String WAGE = "wage";
        static final String EMPLOYMENT = "employment";
        static final String PROJECTION = "projection";
        static final String OPENINGS = "openings";
        static final String EDUCATION = "education";
        static final String TRAINING = "training";
    }
}

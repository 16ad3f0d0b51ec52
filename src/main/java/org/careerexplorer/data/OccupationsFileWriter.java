package org.careerexplorer.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import org.careerexplorer.model.EducationRequirement;
import org.careerexplorer.model.Employment;
import org.careerexplorer.model.JsonId;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.OccupationCatalog;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.ProCon;
import org.careerexplorer.model.Projection;
import org.careerexplorer.model.Reference;
import org.careerexplorer.model.Source;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;

/**
 * Writes a catalog as {@code data/occupations.json}, the counterpart of {@link OccupationsFileReader}:
 * the model becomes {@link OccupationsFile} records, which Jackson turns into a tree for the
 * {@link CompactPrinter}. The output depends only on the catalog: the same catalog always gives the same bytes.
 */
public final class OccupationsFileWriter {

    /** Where the file finds its schema, for editors that check it while one types. */
    private static final String SCHEMA = "../schema/occupations.schema.json";

    private OccupationsFileWriter() {
    }

    public static String write(OccupationCatalog catalog) {
        OccupationsFile file = new OccupationsFile(SCHEMA, OccupationsFileReader.SUPPORTED_FORMAT, catalog.dataVersion(),
                catalog.sources().stream().map(OccupationsFileWriter::source).toList(),
                catalog.reference().map(OccupationsFileWriter::reference).orElse(null),
                catalog.occupations().stream().map(OccupationsFileWriter::occupation).toList());
        return CompactPrinter.print(JsonFormat.MAPPER.valueToTree(file)) + "\n";
    }

    private static OccupationsFile.Source source(Source s) {
        return new OccupationsFile.Source(s.id(), s.name(), s.publisher(), s.year(),
                s.visited().map(Object::toString).orElse(null), s.note().orElse(null));
    }

    private static OccupationsFile.Reference reference(Reference r) {
        Reference.Figure median = r.medianAnnualWage();
        return new OccupationsFile.Reference(
                new OccupationsFile.ReferenceFigure(median.value(), median.year(), median.source().id()),
                projection(r.growth()));
    }

    private static OccupationsFile.Occupation occupation(Occupation o) {
        return new OccupationsFile.Occupation(o.code(), o.officialTitle().orElse(null),
                listed(o.education(), OccupationsFileWriter::education),
                o.training().map(t -> new OccupationsFile.Training(t.onTheJob().id(), t.experience().id(), t.source().id()))
                        .orElse(null),
                listed(o.wages(), OccupationsFileWriter::wage),
                listed(o.employment(), OccupationsFileWriter::employment),
                listed(o.projections(), OccupationsFileWriter::projection),
                o.jobZone().map(z -> new OccupationsFile.JobZone(z.zone(), z.source().id())).orElse(null),
                o.hollandCode().map(h -> new OccupationsFile.Holland(h.code(), h.source().id())).orElse(null),
                o.personalityTypes().map(p -> new OccupationsFile.PersonalityTypes(p.types(), p.source().id())).orElse(null),
                o.workValues().map(v -> new OccupationsFile.WorkValues(v.values().stream().map(JsonId::id).toList(),
                        v.source().id())).orElse(null),
                listed(o.related(), r -> new OccupationsFile.Related(r.code(), r.source().id())),
                listed(o.prosAndCons(), OccupationsFileWriter::proCon),
                o.textBasis().map(b -> new OccupationsFile.TextBasis(b.id())).orElse(null));
    }

    private static OccupationsFile.Education education(EducationRequirement e) {
        return new OccupationsFile.Education(e.level().id(), e.year(), e.source().id());
    }

    private static OccupationsFile.Wage wage(WageObservation w) {
        Map<PayPeriod, Map<WageStatistic, Double>> amounts = new EnumMap<>(PayPeriod.class);
        List<String> computed = new ArrayList<>();
        List<String> topCoded = new ArrayList<>();
        for (PayPeriod period : PayPeriod.values()) {
            Map<WageStatistic, Double> figures = new EnumMap<>(WageStatistic.class);
            for (WageStatistic statistic : WageStatistic.values()) {
                w.value(period, statistic).ifPresent(value -> {
                    figures.put(statistic, value.amount());
                    markIf(value.computed(), period, statistic, computed);
                    markIf(value.topCoded(), period, statistic, topCoded);
                });
            }
            amounts.put(period, figures);
        }
        return new OccupationsFile.Wage(w.year(), integer(w.month()), w.source().id(), w.sourceCode().orElse(null),
                OccupationsFile.WageFigures.of(amounts.get(PayPeriod.HOURLY)),
                OccupationsFile.WageFigures.of(amounts.get(PayPeriod.ANNUAL)),
                listed(computed, Function.identity()), listed(topCoded, Function.identity()));
    }

    private static void markIf(boolean marked, PayPeriod period, WageStatistic statistic, List<String> markers) {
        if (marked) {
            markers.add(period.id() + "." + statistic.id());
        }
    }

    private static OccupationsFile.Employment employment(Employment e) {
        return new OccupationsFile.Employment(e.count(), e.year(), e.source().id());
    }

    private static OccupationsFile.Projection projection(Projection p) {
        return new OccupationsFile.Projection(p.startYear(), p.endYear(), number(p.growthPercent()),
                p.category().map(JsonId::id).orElse(null), number(p.annualOpenings()), p.source().id());
    }

    private static OccupationsFile.ProCon proCon(ProCon p) {
        return new OccupationsFile.ProCon(p.id(), p.kind().id(), p.figure().map(FigureLinks::toRecord).orElse(null));
    }

    /** Empty lists are left out of the file. */
    private static <T, R> List<R> listed(List<T> items, Function<T, R> toRecord) {
        return items.isEmpty() ? null : items.stream().map(toRecord).toList();
    }

    private static Double number(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static Integer integer(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}

package org.careerexplorer.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.networknt.schema.JsonNodePath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import org.careerexplorer.data.OccupationsFile.Sourced;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.EducationRequirement;
import org.careerexplorer.model.Employment;
import org.careerexplorer.model.FigureRef;
import org.careerexplorer.model.GrowthCategory;
import org.careerexplorer.model.HollandCode;
import org.careerexplorer.model.JobZone;
import org.careerexplorer.model.JsonId;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.OccupationCatalog;
import org.careerexplorer.model.OnTheJobTraining;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.PersonalityTypes;
import org.careerexplorer.model.ProCon;
import org.careerexplorer.model.Projection;
import org.careerexplorer.model.Reference;
import org.careerexplorer.model.RelatedOccupation;
import org.careerexplorer.model.Source;
import org.careerexplorer.model.Training;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;
import org.careerexplorer.model.WorkExperience;
import org.careerexplorer.model.WorkValue;
import org.careerexplorer.model.WorkValues;

/**
 * Reads {@code data/occupations.json} into the model. The schema checks the file first; each error
 * takes down only its own part ({@link SkipUnit}), and the rest is bound to {@link OccupationsFile}
 * and turned into the model here, with the checks a schema cannot make: references between entries,
 * duplicates, the order of percentiles, and the like.
 */
final class OccupationsFileReader {

    static final String FILE = "data/occupations.json";
    static final int SUPPORTED_FORMAT = 1;

    private static final SchemaCheck SCHEMA = SchemaCheck.load("/schema/occupations.schema.json");

    private static final JsonNodePath ROOT = JsonDocument.ROOT;
    private static final JsonNodePath FORMAT_VERSION = ROOT.append(FieldName.of(OccupationsFile::formatVersion));
    private static final JsonNodePath SOURCES = ROOT.append(FieldName.of(OccupationsFile::sources));
    private static final JsonNodePath REFERENCE = ROOT.append(FieldName.of(OccupationsFile::reference));
    private static final JsonNodePath OCCUPATIONS = ROOT.append(FieldName.of(OccupationsFile::occupations));
    private static final String SOURCE = FieldName.of(Sourced::source);
    private static final String ID = FieldName.of(OccupationsFile.Source::id);
    private static final String MEDIAN_ANNUAL_WAGE = FieldName.of(OccupationsFile.Reference::medianAnnualWage);
    private static final String GROWTH = FieldName.of(OccupationsFile.Reference::growth);
    private static final String EDUCATION = FieldName.of(OccupationsFile.Occupation::education);
    private static final String TRAINING = FieldName.of(OccupationsFile.Occupation::training);
    private static final String WAGES = FieldName.of(OccupationsFile.Occupation::wages);
    private static final String EMPLOYMENT = FieldName.of(OccupationsFile.Occupation::employment);
    private static final String PROJECTIONS = FieldName.of(OccupationsFile.Occupation::projections);
    private static final String JOB_ZONE = FieldName.of(OccupationsFile.Occupation::jobZone);
    private static final String HOLLAND = FieldName.of(OccupationsFile.Occupation::holland);
    private static final String PERSONALITY_TYPES = FieldName.of(OccupationsFile.Occupation::personalityTypes);
    private static final String WORK_VALUES = FieldName.of(OccupationsFile.Occupation::workValues);
    private static final String RELATED = FieldName.of(OccupationsFile.Occupation::related);
    private static final String PROS_AND_CONS = FieldName.of(OccupationsFile.Occupation::prosAndCons);
    private static final String TEXT_BASIS = FieldName.of(OccupationsFile.Occupation::textBasis);
    private static final String RELATED_CODE = FieldName.of(OccupationsFile.Related::code);
    private static final String PRO_CON_ID = FieldName.of(OccupationsFile.ProCon::id);
    private static final String FIGURE = FieldName.of(OccupationsFile.ProCon::figure);
    private static final Map<PayPeriod, String> FIGURES = Map.of(
            PayPeriod.HOURLY, FieldName.of(OccupationsFile.Wage::hourly),
            PayPeriod.ANNUAL, FieldName.of(OccupationsFile.Wage::annual));
    private static final String COMPUTED = FieldName.of(OccupationsFile.Wage::computed);
    private static final String TOP_CODED = FieldName.of(OccupationsFile.Wage::topCoded);

    private final JsonDocument document;
    private final LoadReport report;
    private final Map<String, Source> sources = new LinkedHashMap<>();

    private OccupationsFileReader(JsonDocument document, LoadReport report) {
        this.document = document;
        this.report = report;
    }

    /** The catalog in {@code document}, with everything that had to be skipped in {@code report}. */
    static OccupationCatalog read(JsonDocument document, LoadReport report) {
        return new OccupationsFileReader(document, report).read();
    }

    private OccupationCatalog read() {
        Set<JsonNodePath> skipped = new LinkedHashSet<>();
        for (SchemaCheck.Violation violation : SCHEMA.check(document)) {
            if (violation.isUnknownField()) {
                report.add(document.problem(Problem.Severity.WARNING, violation.path(), violation.message()));
            } else {
                SkipUnit unit = SkipUnit.of(violation.subject());
                report.add(document.problem(Problem.Severity.ERROR, violation.path(),
                        violation.message() + "; " + unit.consequence()));
                skipped.add(unit.path());
            }
        }
        if (skipped.contains(ROOT)) {
            return OccupationCatalog.empty();
        }
        skipped.forEach(document::remove);
        Optional<OccupationsFile> file = bind(skipped);
        if (file.isEmpty()) {
            return OccupationCatalog.empty();
        }
        checkFormatVersion(file.get().formatVersion());
        List<OccupationsFile.Source> sourceEntries = Optional.ofNullable(file.get().sources()).orElse(List.of());
        for (int i = 0; i < sourceEntries.size(); i++) {
            if (sourceEntries.get(i) != null) {
                source(sourceEntries.get(i), SOURCES.append(i)).ifPresent(s -> sources.put(s.id(), s));
            }
        }
        Optional<Reference> reference = one(file.get().reference(), REFERENCE, this::reference);
        return new OccupationCatalog(Optional.ofNullable(file.get().dataVersion()).orElse("unknown"),
                occupations(file.get().occupations()), sources.values(), reference);
    }

    /**
     * The file as records. A value that the schema lets through but Java cannot hold (a count beyond
     * the largest long) skips its part like any other error.
     */
    private Optional<OccupationsFile> bind(Set<JsonNodePath> skipped) {
        while (true) {
            try {
                return Optional.of(JsonFormat.MAPPER.treeToValue(document.root(), OccupationsFile.class));
            } catch (JsonProcessingException e) {
                JsonNodePath subject = ROOT;
                if (e instanceof JsonMappingException mapping) {
                    for (JsonMappingException.Reference step : mapping.getPath()) {
                        subject = step.getFieldName() != null ? subject.append(step.getFieldName())
                                : subject.append(step.getIndex());
                    }
                }
                SkipUnit unit = SkipUnit.of(subject);
                boolean tooLarge = e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException;
                report.add(document.problem(Problem.Severity.ERROR, subject, (tooLarge
                        ? "the number is too large to be read" : "the value cannot be read") + "; " + unit.consequence()));
                if (!skipped.add(unit.path()) || unit.path().equals(ROOT)) {
                    return Optional.empty();
                }
                document.remove(unit.path());
            }
        }
    }

    private void checkFormatVersion(Integer version) {
        if (version != null && version > SUPPORTED_FORMAT) {
            report.add(document.problem(Problem.Severity.WARNING, FORMAT_VERSION, "format version " + version
                    + " is newer than this app reads (" + SUPPORTED_FORMAT + "); fields it does not know are ignored"));
        }
    }

    private Optional<Source> source(OccupationsFile.Source entry, JsonNodePath at) {
        if (sources.containsKey(entry.id())) {
            error(at.append(ID), "duplicate source id \"" + entry.id() + "\"");
            return Optional.empty();
        }
        return Optional.of(new Source(entry.id(), entry.name(), entry.publisher(), entry.year(),
                Optional.ofNullable(entry.visited()).map(LocalDate::parse), Optional.ofNullable(entry.note())));
    }

    private Optional<Reference> reference(OccupationsFile.Reference entry, JsonNodePath at) {
        OccupationsFile.ReferenceFigure median = entry.medianAnnualWage();
        Optional<Reference.Figure> wage = source(median, at.append(MEDIAN_ANNUAL_WAGE))
                .map(s -> new Reference.Figure(median.value(), median.year(), s));
        Optional<Projection> growth = projection(entry.growth(), at.append(GROWTH));
        return wage.isPresent() && growth.isPresent() ? Optional.of(new Reference(wage.get(), growth.get())) : Optional.empty();
    }

    /** The occupations in file order; of two with the same code, the first. */
    private List<Occupation> occupations(List<OccupationsFile.Occupation> entries) {
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            OccupationsFile.Occupation entry = entries.get(i);
            if (entry == null) {
                continue;
            }
            Integer first = firstIndex.putIfAbsent(entry.code(), i);
            if (first != null) {
                error(OCCUPATIONS.append(i), "duplicate occupation code " + entry.code() + " (first at "
                        + JsonDocument.text(OCCUPATIONS.append(first)) + ")");
            }
        }
        List<Occupation> occupations = new ArrayList<>();
        firstIndex.forEach((code, i) -> occupations.add(occupation(entries.get(i), OCCUPATIONS.append(i), firstIndex.keySet())));
        return occupations;
    }

    /** The occupation of {@code entry}, its parts read in the order of the file so that problems come in that order. */
    private Occupation occupation(OccupationsFile.Occupation entry, JsonNodePath at, Set<String> codes) {
        List<EducationRequirement> education = each(entry.education(), at.append(EDUCATION), this::education);
        Optional<Training> training = one(entry.training(), at.append(TRAINING), this::training);
        List<WageObservation> wages = wages(entry.wages(), at.append(WAGES));
        List<Employment> employment = each(entry.employment(), at.append(EMPLOYMENT), this::employment);
        List<Projection> projections = each(entry.projections(), at.append(PROJECTIONS), this::projection);
        Optional<JobZone> jobZone = one(entry.jobZone(), at.append(JOB_ZONE), this::jobZone);
        Optional<HollandCode> holland = one(entry.holland(), at.append(HOLLAND), this::holland);
        Optional<PersonalityTypes> personality = one(entry.personalityTypes(), at.append(PERSONALITY_TYPES), this::personalityTypes);
        Optional<WorkValues> values = one(entry.workValues(), at.append(WORK_VALUES), this::workValues);
        List<RelatedOccupation> related = related(entry, at.append(RELATED), codes);
        Occupation occupation = new Occupation(entry.code(), education, training, wages, employment, projections, holland,
                personality, values, related, List.of(), Optional.ofNullable(entry.officialTitle()), jobZone);
        Optional<Source> textBasis = one(entry.textBasis(), at.append(TEXT_BASIS), this::source);
        return occupation.withProsAndCons(prosAndCons(entry.prosAndCons(), at.append(PROS_AND_CONS), occupation))
                .withTextBasis(textBasis);
    }

    /** The observations, one a year. */
    private List<WageObservation> wages(List<OccupationsFile.Wage> entries, JsonNodePath at) {
        List<WageObservation> wages = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            Optional<WageObservation> wage = entries.get(i) == null ? Optional.empty() : wage(entries.get(i), at.append(i));
            if (wage.isPresent() && !years.add(wage.get().year())) {
                error(at.append(i), "a second wage observation for " + wage.get().year());
            } else {
                wage.ifPresent(wages::add);
            }
        }
        return wages;
    }

    /** Links to other occupations of the file, each once. */
    private List<RelatedOccupation> related(OccupationsFile.Occupation entry, JsonNodePath at, Set<String> codes) {
        List<RelatedOccupation> related = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (int i = 0; entry.related() != null && i < entry.related().size(); i++) {
            OccupationsFile.Related link = entry.related().get(i);
            JsonNodePath code = at.append(i).append(RELATED_CODE);
            if (link == null) {
                continue;
            } else if (link.code().equals(entry.code())) {
                error(code, "an occupation cannot be related to itself");
            } else if (!codes.contains(link.code())) {
                error(code, "related occupation " + link.code() + " does not exist in the data");
            } else if (!linked.add(link.code())) {
                report.add(document.problem(Problem.Severity.WARNING, code,
                        "related occupation " + link.code() + " is listed twice; the second is ignored"));
            } else {
                source(link, at.append(i)).ifPresent(s -> related.add(new RelatedOccupation(link.code(), s)));
            }
        }
        return related;
    }

    private Optional<EducationRequirement> education(OccupationsFile.Education entry, JsonNodePath at) {
        return source(entry, at).map(s -> new EducationRequirement(known(EducationLevel.class, entry.level()), entry.year(), s));
    }

    private Optional<Training> training(OccupationsFile.Training entry, JsonNodePath at) {
        return source(entry, at).map(s -> new Training(known(OnTheJobTraining.class, entry.onTheJob()),
                known(WorkExperience.class, entry.experience()), s));
    }

    private Optional<WageObservation> wage(OccupationsFile.Wage entry, JsonNodePath at) {
        Set<String> computed = entry.computed() == null ? Set.of() : Set.copyOf(entry.computed());
        Set<String> topCoded = entry.topCoded() == null ? Set.of() : Set.copyOf(entry.topCoded());
        Map<PayPeriod, Map<WageStatistic, WageValue>> values = new EnumMap<>(PayPeriod.class);
        Set<String> markers = new HashSet<>();
        for (PayPeriod period : PayPeriod.values()) {
            OccupationsFile.WageFigures figures = entry.figures(period);
            if (figures == null) {
                continue;
            }
            Map<WageStatistic, Double> amounts = figures.byStatistic();
            if (!inOrder(amounts, at.append(FIGURES.get(period)))) {
                return Optional.empty();
            }
            Map<WageStatistic, WageValue> periodValues = new EnumMap<>(WageStatistic.class);
            amounts.forEach((statistic, amount) -> {
                String marker = marker(period, statistic);
                markers.add(marker);
                periodValues.put(statistic, new WageValue(amount, computed.contains(marker), topCoded.contains(marker)));
            });
            values.put(period, periodValues);
        }
        if (!namesFigures(entry.computed(), markers, at.append(COMPUTED))
                || !namesFigures(entry.topCoded(), markers, at.append(TOP_CODED))) {
            return Optional.empty();
        }
        return source(entry, at).map(s -> new WageObservation(entry.year(),
                entry.month() == null ? OptionalInt.empty() : OptionalInt.of(entry.month()), s,
                Optional.ofNullable(entry.sourceCode()), values));
    }

    private static String marker(PayPeriod period, WageStatistic statistic) {
        return period.id() + "." + statistic.id();
    }

    /** Percentiles rise: p10 ≤ p25 ≤ median ≤ p75 ≤ p90 (the mean has no place in that order). */
    private boolean inOrder(Map<WageStatistic, Double> amounts, JsonNodePath at) {
        WageStatistic previous = null;
        for (Map.Entry<WageStatistic, Double> figure : amounts.entrySet()) {
            if (!figure.getKey().isPercentile()) {
                continue;
            }
            if (previous != null && figure.getValue() < amounts.get(previous)) {
                error(at, "percentiles out of order: " + previous.id() + " (" + amounts.get(previous) + ") is above "
                        + figure.getKey().id() + " (" + figure.getValue() + ")");
                return false;
            }
            previous = figure.getKey();
        }
        return true;
    }

    /** Every marker names a figure the observation has. */
    private boolean namesFigures(List<String> listed, Set<String> figures, JsonNodePath at) {
        for (int i = 0; listed != null && i < listed.size(); i++) {
            if (!figures.contains(listed.get(i))) {
                error(at.append(i), "marker \"" + listed.get(i) + "\" names no figure of this observation");
                return false;
            }
        }
        return true;
    }

    private Optional<Employment> employment(OccupationsFile.Employment entry, JsonNodePath at) {
        return source(entry, at).map(s -> new Employment(entry.count(), entry.year(), s));
    }

    private Optional<Projection> projection(OccupationsFile.Projection entry, JsonNodePath at) {
        if (entry.endYear() <= entry.startYear()) {
            error(at, "the projection must end after it starts, not run from " + entry.startYear() + " to " + entry.endYear());
            return Optional.empty();
        }
        return source(entry, at).map(s -> new Projection(entry.startYear(), entry.endYear(),
                entry.growthPercent() == null ? OptionalDouble.empty() : OptionalDouble.of(entry.growthPercent()),
                Optional.ofNullable(entry.category()).map(c -> known(GrowthCategory.class, c)),
                entry.annualOpenings() == null ? OptionalDouble.empty() : OptionalDouble.of(entry.annualOpenings()), s));
    }

    private Optional<JobZone> jobZone(OccupationsFile.JobZone entry, JsonNodePath at) {
        return source(entry, at).map(s -> new JobZone(entry.zone(), s));
    }

    private Optional<HollandCode> holland(OccupationsFile.Holland entry, JsonNodePath at) {
        return source(entry, at).map(s -> new HollandCode(entry.code(), s));
    }

    private Optional<PersonalityTypes> personalityTypes(OccupationsFile.PersonalityTypes entry, JsonNodePath at) {
        return source(entry, at).map(s -> new PersonalityTypes(entry.types(), s));
    }

    private Optional<WorkValues> workValues(OccupationsFile.WorkValues entry, JsonNodePath at) {
        return source(entry, at).map(s -> new WorkValues(entry.values().stream().map(v -> known(WorkValue.class, v)).toList(), s));
    }

    /** Pros and cons with distinct ids; a link to a figure the occupation lacks is left out, the text stays. */
    private List<ProCon> prosAndCons(List<OccupationsFile.ProCon> entries, JsonNodePath at, Occupation occupation) {
        List<ProCon> prosAndCons = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            OccupationsFile.ProCon entry = entries.get(i);
            if (entry == null) {
                continue;
            }
            if (!ids.add(entry.id())) {
                error(at.append(i).append(PRO_CON_ID), "duplicate id \"" + entry.id() + "\"");
                continue;
            }
            Optional<FigureRef> figure = Optional.ofNullable(entry.figure()).map(FigureLinks::toModel);
            if (figure.isPresent() && !occupation.has(figure.get())) {
                error(at.append(i).append(FIGURE), "the occupation has no such figure ("
                        + FigureLinks.describe(entry.figure()) + ")");
                figure = Optional.empty();
            }
            prosAndCons.add(new ProCon(entry.id(), known(ProCon.Kind.class, entry.kind()), figure));
        }
        return prosAndCons;
    }

    /** The source that {@code entry} names, or an error at its {@code source} field. */
    private Optional<Source> source(Sourced entry, JsonNodePath at) {
        Source source = sources.get(entry.source());
        if (source == null) {
            error(at.append(SOURCE), "unknown source \"" + entry.source() + "\" (not in " + JsonDocument.text(SOURCES) + ")");
        }
        return Optional.ofNullable(source);
    }

    /** The constant for an id the schema has checked against the same list. */
    private static <E extends Enum<E> & JsonId> E known(Class<E> type, String id) {
        return JsonId.lookup(type, id).orElseThrow(() -> new IllegalStateException(
                "the schema lets \"" + id + "\" through, which is no " + type.getSimpleName()));
    }

    private <T, M> List<M> each(List<T> entries, JsonNodePath at, BiFunction<T, JsonNodePath, Optional<M>> read) {
        List<M> mapped = new ArrayList<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            if (entries.get(i) != null) {
                read.apply(entries.get(i), at.append(i)).ifPresent(mapped::add);
            }
        }
        return mapped;
    }

    private static <T, M> Optional<M> one(T entry, JsonNodePath at, BiFunction<T, JsonNodePath, Optional<M>> read) {
        return entry == null ? Optional.empty() : read.apply(entry, at);
    }

    /** An error about the value at {@code subject}, saying what of the file it takes down. */
    private void error(JsonNodePath subject, String what) {
        report.add(document.problem(Problem.Severity.ERROR, subject, what + "; " + SkipUnit.of(subject).consequence()));
    }
}

package org.careerexplorer.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.careerexplorer.data.OccupationDtos.EducationDto;
import org.careerexplorer.data.OccupationDtos.EmploymentDto;
import org.careerexplorer.data.OccupationDtos.FigureDto;
import org.careerexplorer.data.OccupationDtos.HollandDto;
import org.careerexplorer.data.OccupationDtos.PersonalityTypesDto;
import org.careerexplorer.data.OccupationDtos.ProConDto;
import org.careerexplorer.data.OccupationDtos.ProjectionDto;
import org.careerexplorer.data.OccupationDtos.RelatedDto;
import org.careerexplorer.data.OccupationDtos.SourceDto;
import org.careerexplorer.data.OccupationDtos.TrainingDto;
import org.careerexplorer.data.OccupationDtos.WageDto;
import org.careerexplorer.data.OccupationDtos.WorkValuesDto;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.EducationRequirement;
import org.careerexplorer.model.Employment;
import org.careerexplorer.model.FigureRef;
import org.careerexplorer.model.GrowthCategory;
import org.careerexplorer.model.HollandCode;
import org.careerexplorer.model.JobZone;
import org.careerexplorer.model.JsonId;
import org.careerexplorer.model.Occupation;
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
 * Reads {@code data/occupations.json} into the model. Each entry is checked on its own: a broken
 * wage observation drops that observation, a broken occupation drops that occupation, and each
 * drop is reported with its JSON path.
 */
final class OccupationsFileReader {

    static final String FILE = "data/occupations.json";
    static final int SUPPORTED_FORMAT = 1;

    private static final Set<String> ROOT_FIELDS = Set.of("$schema", "formatVersion", "dataVersion", "sources", "reference",
            "occupations");
    private static final Set<String> OCCUPATION_FIELDS = Set.of("code", "education", "training", "wages", "employment",
            "projections", "holland", "personalityTypes", "workValues", "related", "prosAndCons", "officialTitle", "jobZone");

    private final LoadReport report;
    private final Map<String, Source> sources;

    OccupationsFileReader(LoadReport report) {
        this(report, new LinkedHashMap<>());
    }

    /** A reader that reports into its own {@code report} and looks sources up in {@code sources}. */
    private OccupationsFileReader(LoadReport report, Map<String, Source> sources) {
        this.report = report;
        this.sources = sources;
    }

    record Result(String dataVersion, List<Occupation> occupations, List<Source> sources, Optional<Reference> reference) {
    }

    /** A decoded entry and the path it was found at, for later messages. */
    private record At<T>(T value, String path) {
    }

    Result read(JsonElement root) {
        if (!root.isJsonObject()) {
            error("$", "expected an object with \"sources\" and \"occupations\" but found " + StrictJson.describe(root)
                    + "; no occupations loaded");
            return new Result("unknown", List.of(), List.of(), Optional.empty());
        }
        JsonObject file = root.getAsJsonObject();
        warnUnknownFields(file, ROOT_FIELDS, "$");
        checkFormatVersion(file);
        String dataVersion = decodeOne(file, "dataVersion", String.class, "$").map(At::value).orElse("unknown");
        decodeEach(file, "sources", SourceDto.class, "$").forEach(this::addSource);
        Optional<Reference> reference = reference(file);

        Map<String, At<Occupation>> occupations = new LinkedHashMap<>();
        JsonArray entries = array(file, "occupations", "$").orElseGet(() -> {
            error("$", "missing required field \"occupations\"; no occupations loaded");
            return new JsonArray();
        });
        // The second half of the entries is read on another thread, into a report of its own that
        // follows this one's: reading is most of a start-up's wait for data, and there are two cores.
        int half = entries.size() / 2;
        LoadReport secondReport = new LoadReport();
        CompletableFuture<List<At<Occupation>>> secondHalf = CompletableFuture.supplyAsync(
                () -> new OccupationsFileReader(secondReport, sources).readEntries(entries, half, entries.size()),
                DaemonThreads.named("occupations-reader"));
        List<At<Occupation>> read = new ArrayList<>(readEntries(entries, 0, half));
        read.addAll(secondHalf.join());
        report.addAll(secondReport);
        for (At<Occupation> o : read) {
            At<Occupation> earlier = occupations.putIfAbsent(o.value().code(), o);
            if (earlier != null) {
                error(o.path(), "duplicate occupation code " + o.value().code() + " (first at " + earlier.path() + "); skipped");
            }
        }
        List<Occupation> resolved = occupations.values().stream()
                .map(o -> withResolvedLinks(o.value(), o.path(), occupations.keySet())).toList();
        return new Result(dataVersion, resolved, List.copyOf(sources.values()), reference);
    }

    private List<At<Occupation>> readEntries(JsonArray entries, int from, int to) {
        List<At<Occupation>> read = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String path = "$.occupations[" + i + "]";
            readOccupation(entries.get(i), path).ifPresent(o -> read.add(new At<>(o, path)));
        }
        return read;
    }

    /** The all-occupations figures: {"medianAnnualWage": {value, year, source}, "growth": a projection}. */
    private Optional<Reference> reference(JsonObject file) {
        JsonElement element = file.get("reference");
        if (element == null || element.isJsonNull()) {
            return Optional.empty();
        }
        if (!element.isJsonObject()) {
            error("$.reference", "expected an object but found " + StrictJson.describe(element) + "; ignored");
            return Optional.empty();
        }
        JsonObject object = element.getAsJsonObject();
        warnUnknownFields(object, Set.of("medianAnnualWage", "growth"), "$.reference");
        Optional<Reference.Figure> median = decodeOne(object, "medianAnnualWage", OccupationDtos.ReferenceFigureDto.class,
                "$.reference").flatMap(at -> {
                    var dto = at.value();
                    if (!requireAll(at.path(), "reference left out", dto.value(), "value", dto.year(), "year",
                            dto.source(), "source")) {
                        return Optional.empty();
                    }
                    return source(dto.source(), at.path()).map(s -> new Reference.Figure(dto.value(), dto.year(), s));
                });
        Optional<Projection> growth = decodeOne(object, "growth", ProjectionDto.class, "$.reference").flatMap(this::projection);
        if (median.isEmpty() || growth.isEmpty()) {
            error("$.reference", "needs \"medianAnnualWage\" and \"growth\"; reference left out");
            return Optional.empty();
        }
        return Optional.of(new Reference(median.get(), growth.get()));
    }

    private void checkFormatVersion(JsonObject file) {
        Optional<At<Integer>> version = decodeOne(file, "formatVersion", Integer.class, "$");
        if (version.isEmpty()) {
            error("$", "missing required field \"formatVersion\"");
        } else if (version.get().value() > SUPPORTED_FORMAT) {
            warning("$.formatVersion", "format version " + version.get().value() + " is newer than this app reads ("
                    + SUPPORTED_FORMAT + "); fields it does not know are ignored");
        }
    }

    private void addSource(At<SourceDto> at) {
        SourceDto dto = at.value();
        String path = at.path();
        if (!requireAll(path, "source skipped", dto.id(), "id", dto.name(), "name", dto.publisher(), "publisher",
                dto.year(), "year")) {
            return;
        }
        if (sources.containsKey(dto.id())) {
            error(path + ".id", "duplicate source id \"" + dto.id() + "\"; skipped");
            return;
        }
        Optional<LocalDate> visited = Optional.empty();
        if (dto.visited() != null) {
            try {
                visited = Optional.of(LocalDate.parse(dto.visited()));
            } catch (DateTimeParseException e) {
                error(path + ".visited", "\"" + dto.visited() + "\" is not a date in the form 2018-08-20; date left out");
            }
        }
        sources.put(dto.id(), new Source(dto.id(), dto.name(), dto.publisher(), dto.year(), visited,
                Optional.ofNullable(dto.note())));
    }

    private Optional<Occupation> readOccupation(JsonElement element, String path) {
        if (!element.isJsonObject()) {
            error(path, "expected an occupation object but found " + StrictJson.describe(element) + "; skipped");
            return Optional.empty();
        }
        JsonObject entry = element.getAsJsonObject();
        Optional<String> code = decodeOne(entry, "code", String.class, path).map(At::value);
        if (code.isEmpty()) {
            error(path, "missing required field \"code\"; occupation skipped");
            return Optional.empty();
        }
        if (!Occupation.isValidCode(code.get())) {
            error(path + ".code", "\"" + code.get() + "\" is not a SOC code like 43-4051; occupation skipped");
            return Optional.empty();
        }
        warnUnknownFields(entry, OCCUPATION_FIELDS, path);

        List<EducationRequirement> education = new ArrayList<>();
        for (At<EducationDto> at : decodeEach(entry, "education", EducationDto.class, path)) {
            education(at).ifPresent(education::add);
        }
        Optional<Training> training = decodeOne(entry, "training", TrainingDto.class, path).flatMap(this::training);
        List<WageObservation> wages = new ArrayList<>();
        Set<Integer> wageYears = new HashSet<>();
        for (At<WageDto> at : decodeEach(entry, "wages", WageDto.class, path)) {
            wage(at).ifPresent(w -> {
                if (wageYears.add(w.year())) {
                    wages.add(w);
                } else {
                    error(at.path(), "a second wage observation for " + w.year() + "; skipped");
                }
            });
        }
        List<Employment> employment = new ArrayList<>();
        for (At<EmploymentDto> at : decodeEach(entry, "employment", EmploymentDto.class, path)) {
            employment(at).ifPresent(employment::add);
        }
        List<Projection> projections = new ArrayList<>();
        for (At<ProjectionDto> at : decodeEach(entry, "projections", ProjectionDto.class, path)) {
            projection(at).ifPresent(projections::add);
        }
        Optional<HollandCode> holland = decodeOne(entry, "holland", HollandDto.class, path).flatMap(this::holland);
        Optional<PersonalityTypes> personality =
                decodeOne(entry, "personalityTypes", PersonalityTypesDto.class, path).flatMap(this::personalityTypes);
        Optional<WorkValues> values = decodeOne(entry, "workValues", WorkValuesDto.class, path).flatMap(this::workValues);
        List<RelatedOccupation> related = new ArrayList<>();
        for (At<RelatedDto> at : decodeEach(entry, "related", RelatedDto.class, path)) {
            related(at, code.get()).ifPresent(related::add);
        }
        List<ProCon> prosAndCons = new ArrayList<>();
        Set<String> proConIds = new HashSet<>();
        for (At<ProConDto> at : decodeEach(entry, "prosAndCons", ProConDto.class, path)) {
            proCon(at).ifPresent(p -> {
                if (proConIds.add(p.id())) {
                    prosAndCons.add(p);
                } else {
                    error(at.path() + ".id", "duplicate id \"" + p.id() + "\"; skipped");
                }
            });
        }
        Optional<String> officialTitle = decodeOne(entry, "officialTitle", String.class, path).map(At::value);
        Optional<JobZone> jobZone = decodeOne(entry, "jobZone", OccupationDtos.JobZoneDto.class, path).flatMap(this::jobZone);
        Occupation occupation = new Occupation(code.get(), education, training, wages, employment, projections,
                holland, personality, values, related, prosAndCons, officialTitle, jobZone);
        return Optional.of(withCheckedFigures(occupation, path));
    }

    private Optional<EducationRequirement> education(At<EducationDto> at) {
        EducationDto dto = at.value();
        if (!requireAll(at.path(), "entry skipped", dto.level(), "level", dto.year(), "year", dto.source(), "source")) {
            return Optional.empty();
        }
        Optional<EducationLevel> level = known(EducationLevel.class, dto.level(), at.path() + ".level", "education level");
        Optional<Source> source = source(dto.source(), at.path());
        if (level.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EducationRequirement(level.get(), dto.year(), source.get()));
    }

    private Optional<Training> training(At<TrainingDto> at) {
        TrainingDto dto = at.value();
        if (!requireAll(at.path(), "training left out", dto.onTheJob(), "onTheJob", dto.experience(), "experience",
                dto.source(), "source")) {
            return Optional.empty();
        }
        Optional<OnTheJobTraining> onTheJob =
                known(OnTheJobTraining.class, dto.onTheJob(), at.path() + ".onTheJob", "kind of on-the-job training");
        Optional<WorkExperience> experience =
                known(WorkExperience.class, dto.experience(), at.path() + ".experience", "work experience");
        Optional<Source> source = source(dto.source(), at.path());
        if (onTheJob.isEmpty() || experience.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Training(onTheJob.get(), experience.get(), source.get()));
    }

    private Optional<WageObservation> wage(At<WageDto> at) {
        WageDto dto = at.value();
        String path = at.path();
        if (!requireAll(path, "observation skipped", dto.year(), "year", dto.source(), "source")) {
            return Optional.empty();
        }
        if (dto.month() != null && (dto.month() < 1 || dto.month() > 12)) {
            error(path + ".month", "month " + dto.month() + " is not between 1 and 12; observation skipped");
            return Optional.empty();
        }
        Optional<Source> source = source(dto.source(), path);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Set<String> computed = markers(dto.computed(), path + ".computed");
        Set<String> topCoded = markers(dto.topCoded(), path + ".topCoded");
        Map<PayPeriod, Map<WageStatistic, WageValue>> values = new EnumMap<>(PayPeriod.class);
        boolean valid = wageValues(dto.hourly(), PayPeriod.HOURLY, path, computed, topCoded, values)
                & wageValues(dto.annual(), PayPeriod.ANNUAL, path, computed, topCoded, values);
        if (!valid) {
            return Optional.empty();
        }
        if (values.isEmpty()) {
            error(path, "no hourly or annual figures; observation skipped");
            return Optional.empty();
        }
        for (String marker : union(computed, topCoded)) {
            String[] parts = marker.split("\\.", 2);
            boolean present = parts.length == 2
                    && JsonId.lookup(PayPeriod.class, parts[0]).map(values::get)
                    .flatMap(m -> JsonId.lookup(WageStatistic.class, parts[1]).map(m::containsKey)).orElse(false);
            if (!present) {
                error(path, "marker \"" + marker + "\" names no figure of this observation (expected e.g. \"annual.median\"); observation skipped");
                return Optional.empty();
            }
        }
        if (dto.sourceCode() != null && !Occupation.isValidCode(dto.sourceCode())) {
            error(path + ".sourceCode", "\"" + dto.sourceCode() + "\" is not a SOC code; observation skipped");
            return Optional.empty();
        }
        return Optional.of(new WageObservation(dto.year(),
                dto.month() == null ? OptionalInt.empty() : OptionalInt.of(dto.month()),
                source.get(), Optional.ofNullable(dto.sourceCode()), values));
    }

    /** Checks one pay period's figures: known statistics, positive amounts, percentiles in ascending order. */
    private boolean wageValues(OccupationDtos.WageFiguresDto dto, PayPeriod period, String path, Set<String> computed,
                               Set<String> topCoded, Map<PayPeriod, Map<WageStatistic, WageValue>> into) {
        Map<String, Double> raw = dto == null ? Map.of() : dto.byId();
        if (raw.isEmpty()) {
            return true;
        }
        String periodPath = path + "." + period.id();
        Map<WageStatistic, WageValue> figures = new EnumMap<>(WageStatistic.class);
        for (Map.Entry<String, Double> e : raw.entrySet()) {
            WageStatistic statistic = JsonId.lookup(WageStatistic.class, e.getKey()).orElseThrow();
            if (e.getValue() <= 0) {
                error(periodPath + "." + e.getKey(), "a wage must be a positive amount, not " + e.getValue()
                        + "; observation skipped");
                return false;
            }
            String marker = period.id() + "." + e.getKey();
            figures.put(statistic, new WageValue(e.getValue(), computed.contains(marker), topCoded.contains(marker)));
        }
        WageStatistic previous = null;
        for (WageStatistic statistic : WageStatistic.values()) {
            if (!statistic.isPercentile() || !figures.containsKey(statistic)) {
                continue;
            }
            if (previous != null && figures.get(statistic).amount() < figures.get(previous).amount()) {
                error(periodPath, "percentiles out of order: " + previous.id() + " (" + figures.get(previous).amount()
                        + ") is above " + statistic.id() + " (" + figures.get(statistic).amount() + "); observation skipped");
                return false;
            }
            previous = statistic;
        }
        into.put(period, figures);
        return true;
    }

    private Set<String> markers(List<String> raw, String path) {
        if (raw == null) {
            return Set.of();
        }
        Set<String> markers = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i) == null) {
                error(path + "[" + i + "]", "null instead of a marker such as \"annual.median\"; ignored");
            } else {
                markers.add(raw.get(i));
            }
        }
        return markers;
    }

    private Optional<Employment> employment(At<EmploymentDto> at) {
        EmploymentDto dto = at.value();
        if (!requireAll(at.path(), "entry skipped", dto.count(), "count", dto.year(), "year", dto.source(), "source")) {
            return Optional.empty();
        }
        if (dto.count() <= 0) {
            error(at.path() + ".count", "employment must be a positive count, not " + dto.count() + "; entry skipped");
            return Optional.empty();
        }
        return source(dto.source(), at.path()).map(s -> new Employment(dto.count(), dto.year(), s));
    }

    private Optional<Projection> projection(At<ProjectionDto> at) {
        ProjectionDto dto = at.value();
        String path = at.path();
        if (!requireAll(path, "projection skipped", dto.startYear(), "startYear", dto.endYear(), "endYear",
                dto.source(), "source")) {
            return Optional.empty();
        }
        if (dto.endYear() <= dto.startYear()) {
            error(path, "the projection ends (" + dto.endYear() + ") before it starts (" + dto.startYear() + "); skipped");
            return Optional.empty();
        }
        if (dto.growthPercent() == null && dto.category() == null) {
            error(path, "needs \"growthPercent\" or \"category\" or both; projection skipped");
            return Optional.empty();
        }
        Optional<GrowthCategory> category = Optional.empty();
        if (dto.category() != null) {
            category = known(GrowthCategory.class, dto.category(), path + ".category", "growth category");
            if (category.isEmpty()) {
                return Optional.empty();
            }
        }
        if (dto.annualOpenings() != null && dto.annualOpenings() < 0) {
            error(path + ".annualOpenings", "openings cannot be negative; projection skipped");
            return Optional.empty();
        }
        Optional<GrowthCategory> finalCategory = category;
        return source(dto.source(), path).map(s -> new Projection(dto.startYear(), dto.endYear(),
                dto.growthPercent() == null ? OptionalDouble.empty() : OptionalDouble.of(dto.growthPercent()),
                finalCategory,
                dto.annualOpenings() == null ? OptionalDouble.empty() : OptionalDouble.of(dto.annualOpenings()), s));
    }

    private Optional<JobZone> jobZone(At<OccupationDtos.JobZoneDto> at) {
        var dto = at.value();
        if (!requireAll(at.path(), "job zone left out", dto.zone(), "zone", dto.source(), "source")) {
            return Optional.empty();
        }
        if (dto.zone() < 1 || dto.zone() > 5) {
            error(at.path() + ".zone", "a job zone is 1 to 5, not " + dto.zone() + "; left out");
            return Optional.empty();
        }
        return source(dto.source(), at.path()).map(s -> new JobZone(dto.zone(), s));
    }

    private Optional<HollandCode> holland(At<HollandDto> at) {
        HollandDto dto = at.value();
        if (!requireAll(at.path(), "Holland code left out", dto.code(), "code", dto.source(), "source")) {
            return Optional.empty();
        }
        if (!HollandCode.isValid(dto.code())) {
            error(at.path() + ".code", "\"" + dto.code() + "\" is not a Holland code (one to three different letters of RIASEC); left out");
            return Optional.empty();
        }
        return source(dto.source(), at.path()).map(s -> new HollandCode(dto.code(), s));
    }

    private Optional<PersonalityTypes> personalityTypes(At<PersonalityTypesDto> at) {
        PersonalityTypesDto dto = at.value();
        if (!requireAll(at.path(), "personality types left out", dto.types(), "types", dto.source(), "source")) {
            return Optional.empty();
        }
        for (int i = 0; i < dto.types().size(); i++) {
            if (!PersonalityTypes.isValid(dto.types().get(i))) {
                error(at.path() + ".types[" + i + "]", "\"" + dto.types().get(i)
                        + "\" is not a personality type such as ESFJ; personality types left out");
                return Optional.empty();
            }
        }
        return source(dto.source(), at.path()).map(s -> new PersonalityTypes(dto.types(), s));
    }

    private Optional<WorkValues> workValues(At<WorkValuesDto> at) {
        WorkValuesDto dto = at.value();
        if (!requireAll(at.path(), "work values left out", dto.values(), "values", dto.source(), "source")) {
            return Optional.empty();
        }
        List<WorkValue> values = new ArrayList<>();
        for (int i = 0; i < dto.values().size(); i++) {
            Optional<WorkValue> value = known(WorkValue.class, dto.values().get(i), at.path() + ".values[" + i + "]", "work value");
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.add(value.get());
        }
        return source(dto.source(), at.path()).map(s -> new WorkValues(values, s));
    }

    private Optional<RelatedOccupation> related(At<RelatedDto> at, String ownCode) {
        RelatedDto dto = at.value();
        if (!requireAll(at.path(), "link skipped", dto.code(), "code", dto.source(), "source")) {
            return Optional.empty();
        }
        if (dto.code().equals(ownCode)) {
            error(at.path() + ".code", "an occupation cannot be related to itself; link skipped");
            return Optional.empty();
        }
        return source(dto.source(), at.path()).map(s -> new RelatedOccupation(dto.code(), s));
    }

    private Optional<ProCon> proCon(At<ProConDto> at) {
        ProConDto dto = at.value();
        if (!requireAll(at.path(), "skipped", dto.id(), "id", dto.kind(), "kind")) {
            return Optional.empty();
        }
        if (!dto.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            error(at.path() + ".id", "\"" + dto.id() + "\" is not an id of lower-case words joined by hyphens; skipped");
            return Optional.empty();
        }
        Optional<ProCon.Kind> kind = known(ProCon.Kind.class, dto.kind(), at.path() + ".kind", "kind");
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<FigureRef> figure = dto.figure() == null ? Optional.empty() : figure(dto.figure(), at.path() + ".figure");
        return Optional.of(new ProCon(dto.id(), kind.get(), figure));
    }

    private Optional<FigureRef> figure(FigureDto dto, String path) {
        if (dto.figure() == null) {
            error(path, "missing required field \"figure\"; link to the figure left out");
            return Optional.empty();
        }
        String what = "link to the figure left out";
        return switch (dto.figure()) {
            case "education" -> Optional.of(new FigureRef.Education());
            case "training" -> Optional.of(new FigureRef.TrainingNeeded());
            case "employment" -> requireAll(path, what, dto.year(), "year")
                    ? Optional.of(new FigureRef.EmploymentCount(dto.year())) : Optional.empty();
            case "projection" -> requireAll(path, what, dto.startYear(), "startYear", dto.endYear(), "endYear")
                    ? Optional.of(new FigureRef.Outlook(dto.startYear(), dto.endYear())) : Optional.empty();
            case "openings" -> requireAll(path, what, dto.startYear(), "startYear", dto.endYear(), "endYear")
                    ? Optional.of(new FigureRef.Openings(dto.startYear(), dto.endYear())) : Optional.empty();
            case "wage" -> {
                if (!requireAll(path, what, dto.year(), "year", dto.period(), "period", dto.statistic(), "statistic")) {
                    yield Optional.empty();
                }
                Optional<PayPeriod> period = known(PayPeriod.class, dto.period(), path + ".period", "pay period");
                Optional<WageStatistic> statistic = known(WageStatistic.class, dto.statistic(), path + ".statistic", "statistic");
                yield period.isEmpty() || statistic.isEmpty() ? Optional.empty()
                        : Optional.of(new FigureRef.Wage(dto.year(), period.get(), statistic.get()));
            }
            default -> {
                error(path + ".figure", "unknown kind of figure \"" + dto.figure()
                        + "\" (known: wage, employment, projection, openings, education, training); " + what);
                yield Optional.empty();
            }
        };
    }

    /** Drops links from pros and cons to figures the occupation does not have. */
    private Occupation withCheckedFigures(Occupation o, String path) {
        List<ProCon> checked = new ArrayList<>();
        for (int i = 0; i < o.prosAndCons().size(); i++) {
            ProCon p = o.prosAndCons().get(i);
            if (p.figure().isPresent() && !o.has(p.figure().get())) {
                error(path + ".prosAndCons[" + p.id() + "].figure", "the occupation has no such figure ("
                        + p.figure().get() + "); link to the figure left out");
                p = new ProCon(p.id(), p.kind(), Optional.empty());
            }
            checked.add(p);
        }
        return o.withProsAndCons(checked);
    }

    /** Drops links to occupations that the file does not contain. */
    private Occupation withResolvedLinks(Occupation o, String path, Set<String> codes) {
        List<RelatedOccupation> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RelatedOccupation r : o.related()) {
            if (!codes.contains(r.code())) {
                error(path + ".related", "related occupation " + r.code() + " does not exist in the data; link skipped");
            } else if (!seen.add(r.code())) {
                warning(path + ".related", "related occupation " + r.code() + " is listed twice; the second is ignored");
            } else {
                kept.add(r);
            }
        }
        return kept.size() == o.related().size() ? o : o.withRelated(kept);
    }

    private Optional<Source> source(String id, String path) {
        Source source = sources.get(id);
        if (source == null) {
            error(path + ".source", "unknown source \"" + id + "\" (not in $.sources); entry skipped");
        }
        return Optional.ofNullable(source);
    }

    private <E extends Enum<E> & JsonId> Optional<E> known(Class<E> type, String id, String path, String what) {
        Optional<E> value = JsonId.lookup(type, id);
        if (value.isEmpty()) {
            error(path, "unknown " + what + " \"" + id + "\" (known: " + JsonId.allIds(type) + "); entry skipped");
        }
        return value;
    }

    /** Pairs of (value, field name); reports each missing field. */
    private boolean requireAll(String path, String consequence, Object... valuesAndNames) {
        boolean complete = true;
        for (int i = 0; i < valuesAndNames.length; i += 2) {
            if (valuesAndNames[i] == null) {
                error(path, "missing required field \"" + valuesAndNames[i + 1] + "\"; " + consequence);
                complete = false;
            }
        }
        return complete;
    }

    private Optional<JsonArray> array(JsonObject parent, String field, String path) {
        JsonElement value = parent.get(field);
        if (value == null || value.isJsonNull()) {
            return Optional.empty();
        }
        if (!value.isJsonArray()) {
            error(path + "." + field, "expected a list but found " + StrictJson.describe(value) + "; ignored");
            return Optional.empty();
        }
        return Optional.of(value.getAsJsonArray());
    }

    private <T extends Record> List<At<T>> decodeEach(JsonObject parent, String field, Class<T> type, String path) {
        List<At<T>> decoded = new ArrayList<>();
        JsonArray items = array(parent, field, path).orElseGet(JsonArray::new);
        for (int i = 0; i < items.size(); i++) {
            decode(items.get(i), type, path + "." + field + "[" + i + "]").ifPresent(decoded::add);
        }
        return decoded;
    }

    private <T> Optional<At<T>> decodeOne(JsonObject parent, String field, Class<T> type, String path) {
        JsonElement value = parent.get(field);
        return value == null || value.isJsonNull() ? Optional.empty() : decode(value, type, path + "." + field);
    }

    private <T> Optional<At<T>> decode(JsonElement element, Class<T> type, String path) {
        if (type.isRecord()) {
            if (!element.isJsonObject()) {
                error(path, "expected an object but found " + StrictJson.describe(element) + "; skipped");
                return Optional.empty();
            }
            warnUnknownFields(element.getAsJsonObject(), type, path);
        }
        try {
            return Optional.of(new At<>(StrictJson.decode(element, type), path));
        } catch (StrictJson.WrongType e) {
            error(path + e.path().substring(1), e.getMessage() + "; " + (type.isRecord() ? "entry skipped" : "ignored"));
            return Optional.empty();
        }
    }

    /** Record components per DTO type: reflection is slow, and every entry of the file asks. */
    private static final Map<Class<?>, RecordComponent[]> COMPONENTS =
            new ConcurrentHashMap<>();
    private static final Map<Class<?>, Set<String>> FIELD_NAMES = new ConcurrentHashMap<>();

    /** Warns of fields that {@code type} (a record) lacks, also inside nested records. */
    private void warnUnknownFields(JsonObject object, Class<?> type, String path) {
        var components = COMPONENTS.computeIfAbsent(type, Class::getRecordComponents);
        for (var component : components) {
            JsonElement nested = object.get(component.getName());
            if (nested != null && nested.isJsonObject() && component.getType().isRecord()) {
                warnUnknownFields(nested.getAsJsonObject(), component.getType(), path + "." + component.getName());
            }
        }
        Set<String> known = FIELD_NAMES.computeIfAbsent(type, t -> {
            Set<String> names = new HashSet<>();
            for (var component : COMPONENTS.get(t)) {
                names.add(component.getName());
            }
            return Set.copyOf(names);
        });
        warnUnknownFields(object, known, path);
    }

    private void warnUnknownFields(JsonObject object, Set<String> known, String path) {
        object.keySet().stream().filter(k -> !known.contains(k)).forEach(k ->
                warning(path + "." + k, "unknown field \"" + k + "\" is ignored (a typo?)"));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private void error(String path, String message) {
        report.error(FILE, path, message);
    }

    private void warning(String path, String message) {
        report.warning(FILE, path, message);
    }
}

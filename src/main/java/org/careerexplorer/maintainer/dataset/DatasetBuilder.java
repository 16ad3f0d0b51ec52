package org.careerexplorer.maintainer.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.careerexplorer.data.DataLoader;
import org.careerexplorer.data.LoadReport;
import org.careerexplorer.model.EducationLevel;
import org.careerexplorer.model.EducationRequirement;
import org.careerexplorer.model.Employment;
import org.careerexplorer.model.HollandCode;
import org.careerexplorer.model.JobZone;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.OccupationCatalog;
import org.careerexplorer.model.OnTheJobTraining;
import org.careerexplorer.model.PayPeriod;
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
 * Builds the bundled occupations from the raw public tables in {@code data/raw/} and the
 * hand-made seed file (the figures of the source articles). Every detailed occupation with a
 * May 2023 national wage estimate is included. The result depends only on the inputs.
 */
public final class DatasetBuilder {

    static final String DATA_VERSION = "2026.11 (OEWS May 2023, Employment Projections 2024-34, O*NET 27.0)";

    static final Source OEWS_2023 = new Source("bls-oews-2023", "Occupational Employment and Wage Statistics, May 2023",
            "U.S. Bureau of Labor Statistics", 2023, Optional.empty(),
            Optional.of("National estimates; public domain."));
    static final Source OEWS_2018 = new Source("bls-oews-2018", "Occupational Employment and Wage Statistics, May 2018",
            "U.S. Bureau of Labor Statistics", 2018, Optional.empty(),
            Optional.of("National estimates under SOC 2010 codes, used where a code maps to exactly one SOC 2018 code."));
    static final Source EP_2024 = new Source("bls-ep-2024", "Employment Projections 2024-34, Table 1.2",
            "U.S. Bureau of Labor Statistics", 2025, Optional.empty(),
            Optional.of("Employment 2024 and 2034, openings, median annual wage 2024, typical education, "
                    + "work experience and on-the-job training; public domain."));
    static final Source ONET_27 = new Source("onet-27", "O*NET 27.0 Database",
            "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)", 2022, Optional.empty(),
            Optional.of("Job zones, interests, work values and related occupations; used under the CC BY 4.0 licence."));

    private static final List<String> RIASEC = List.of("R", "I", "A", "S", "E", "C");
    private static final List<WorkValue> WORK_VALUES = List.of(WorkValue.ACHIEVEMENT, WorkValue.WORKING_CONDITIONS,
            WorkValue.RECOGNITION, WorkValue.RELATIONSHIPS, WorkValue.SUPPORT, WorkValue.INDEPENDENCE);
    private static final Map<String, EducationLevel> EDUCATION = Map.of(
            "No formal educational credential", EducationLevel.NO_FORMAL_CREDENTIAL,
            "High school diploma or equivalent", EducationLevel.HIGH_SCHOOL,
            "Postsecondary nondegree award", EducationLevel.POSTSECONDARY_NONDEGREE,
            "Some college, no degree", EducationLevel.SOME_COLLEGE,
            "Associate's degree", EducationLevel.ASSOCIATE,
            "Bachelor's degree", EducationLevel.BACHELOR,
            "Master's degree", EducationLevel.MASTER,
            "Doctoral or professional degree", EducationLevel.DOCTORAL_OR_PROFESSIONAL);
    private static final Map<String, OnTheJobTraining> TRAINING = Map.of(
            "None", OnTheJobTraining.NONE,
            "Short-term on-the-job training", OnTheJobTraining.SHORT_TERM,
            "Moderate-term on-the-job training", OnTheJobTraining.MODERATE_TERM,
            "Long-term on-the-job training", OnTheJobTraining.LONG_TERM,
            "Apprenticeship", OnTheJobTraining.APPRENTICESHIP,
            "Internship/residency", OnTheJobTraining.INTERNSHIP_RESIDENCY);
    private static final Map<String, WorkExperience> EXPERIENCE = Map.of(
            "None", WorkExperience.NONE,
            "Less than 5 years", WorkExperience.LESS_THAN_5_YEARS,
            "5 years or more", WorkExperience.FIVE_YEARS_OR_MORE);
    /** Related occupations kept per occupation, after the seed's own links. */
    private static final int MAX_RELATED = 10;

    private final Path raw;
    private final List<String> notes = new ArrayList<>();

    private DatasetBuilder(Path raw) {
        this.raw = raw;
    }

    /** What the builder produced, and what it had to leave out (for the maintainer, not the user). */
    public record Result(OccupationCatalog catalog, List<String> notes) {
    }

    public static Result build(Path rawDir, Path seedFile) throws IOException {
        return new DatasetBuilder(rawDir).run(seedFile);
    }

    private Result run(Path seedFile) throws IOException {
        LoadReport seedReport = new LoadReport();
        OccupationCatalog seed = DataLoader.readOccupationsFile(seedFile, seedReport);
        if (seedReport.hasErrors()) {
            throw new IOException("the seed file has errors: " + seedReport.errors());
        }
        List<Map<String, String>> oews2023 = RawTables.read(raw.resolve("oews_national_M2023_dl.csv"), ',');
        List<Map<String, String>> oews2018 = RawTables.read(raw.resolve("oews_national_M2018_dl.csv"), ',');
        List<Map<String, String>> projections = RawTables.read(raw.resolve("bls_ep_2024_34_table1_2.csv"), ',');
        Map<String, Map<String, String>> projectionsByCode = byColumn(projections, "soc");
        Map<String, Map<String, String>> oews2018ByCode = byColumn(oews2018, "OCC_CODE");
        Map<String, String> soc2010For2018 = oneToOneSoc2010Codes();
        OnetTables onet = new OnetTables(raw.resolve("onet27"));

        TreeMap<String, Occupation> built = new TreeMap<>();
        Set<String> codes = new LinkedHashSet<>();
        for (Map<String, String> row : oews2023) {
            if (row.get("O_GROUP").equals("detailed")) {
                codes.add(row.get("OCC_CODE"));
            }
        }
        for (Map<String, String> row : oews2023) {
            if (!row.get("O_GROUP").equals("detailed")) {
                continue;
            }
            String code = row.get("OCC_CODE");
            List<WageObservation> wages = new ArrayList<>();
            wageObservation(row, 2023, OEWS_2023, Optional.empty()).ifPresent(wages::add);
            Optional.ofNullable(soc2010For2018.get(code)).map(oews2018ByCode::get)
                    .flatMap(old -> wageObservation(old, 2018, OEWS_2018,
                            Optional.of(old.get("OCC_CODE")).filter(c -> !c.equals(code))))
                    .ifPresent(wages::add);
            List<Employment> employment = new ArrayList<>();
            RawTables.figure(row.get("TOT_EMP"), 0).value().ifPresent(n -> employment.add(new Employment((long) n, 2023, OEWS_2023)));
            List<EducationRequirement> education = new ArrayList<>();
            Optional<Training> training = Optional.empty();
            List<Projection> outlook = new ArrayList<>();
            Map<String, String> ep = projectionsByCode.get(code);
            if (ep != null) {
                Optional.ofNullable(EDUCATION.get(ep.get("entry_education")))
                        .ifPresent(level -> education.add(new EducationRequirement(level, 2024, EP_2024)));
                OnTheJobTraining onTheJob = TRAINING.get(ep.get("ojt"));
                WorkExperience experience = EXPERIENCE.get(ep.get("work_experience"));
                if (onTheJob != null && experience != null) {
                    training = Optional.of(new Training(onTheJob, experience, EP_2024));
                }
                RawTables.figure(ep.get("emp_2024_k"), 0).value()
                        .ifPresent(k -> employment.add(new Employment(Math.round(k * 1000), 2024, EP_2024)));
                projection(ep).ifPresent(outlook::add);
                RawTables.Figure median2024 = RawTables.figure(ep.get("median_wage_2024"), RawTables.TOP_CODED_ANNUAL);
                median2024.value().ifPresent(v -> wages.add(new WageObservation(2024, OptionalInt.empty(), EP_2024,
                        Optional.empty(), Map.of(PayPeriod.ANNUAL,
                        Map.of(WageStatistic.MEDIAN, new WageValue(v, false, median2024.topCoded()))))));
            } else {
                notes.add(code + ": not in the 2024-34 projections; no education, training or outlook");
            }
            Occupation occupation = new Occupation(code, education, training, wages, employment, outlook,
                    onet.holland(code), Optional.empty(), onet.workValues(code), onet.related(code, codes, MAX_RELATED),
                    List.of(), Optional.of(row.get("OCC_TITLE")), onet.jobZone(code));
            built.put(code, occupation);
        }
        for (Occupation s : seed.occupations()) {
            Occupation generated = built.get(s.code());
            if (generated == null) {
                notes.add(s.code() + ": in the seed but has no May 2023 estimate; kept as the seed has it");
                built.put(s.code(), s);
            } else {
                built.put(s.code(), merge(s, generated));
            }
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        seed.sources().forEach(s -> sources.put(s.id(), s));
        for (Source s : List.of(OEWS_2023, OEWS_2018, EP_2024, ONET_27)) {
            sources.putIfAbsent(s.id(), s);
        }
        Reference reference = reference(oews2023, projectionsByCode.get("00-0000"));
        OccupationCatalog catalog = new OccupationCatalog(DATA_VERSION, built.values(), sources.values(),
                Optional.of(reference));
        return new Result(catalog, List.copyOf(notes));
    }

    /** The seed's facts come first and win where both have the same thing; the tables add the rest. */
    private Occupation merge(Occupation seed, Occupation generated) {
        List<EducationRequirement> education = new ArrayList<>(seed.education());
        generated.education().stream().filter(g -> seed.education().stream().noneMatch(s -> s.year() == g.year()))
                .forEach(education::add);
        List<WageObservation> wages = new ArrayList<>();
        for (WageObservation g : generated.wages()) {
            Optional<WageObservation> s = seed.wagesFor(g.year());
            if (s.isPresent() && !agrees(s.get(), g)) {
                notes.add(seed.code() + ": the seed's " + g.year() + " wages differ from the table; the seed's are kept");
                continue;
            }
            wages.add(g); // the table's observation is complete, and agrees with what the article quoted
        }
        seed.wages().stream().filter(s -> generated.wagesFor(s.year()).isEmpty()
                || !agrees(s, generated.wagesFor(s.year()).get())).forEach(wages::add);
        List<Employment> employment = new ArrayList<>(seed.employment());
        generated.employment().stream().filter(g -> seed.employment().stream().noneMatch(s -> s.year() == g.year()))
                .forEach(employment::add);
        List<Projection> projections = new ArrayList<>(seed.projections());
        generated.projections().stream().filter(g -> seed.projections().stream()
                .noneMatch(s -> s.covers(g.startYear(), g.endYear()))).forEach(projections::add);
        List<RelatedOccupation> related = new ArrayList<>(seed.related());
        Set<String> linked = new HashSet<>();
        seed.related().forEach(r -> linked.add(r.code()));
        generated.related().stream().filter(r -> linked.add(r.code())).forEach(related::add);
        return new Occupation(seed.code(), education, generated.training().or(seed::training), wages, employment,
                projections, seed.hollandCode().or(generated::hollandCode), seed.personalityTypes(),
                seed.workValues().or(generated::workValues), related, seed.prosAndCons(), generated.officialTitle(),
                generated.jobZone(), seed.textBasis());
    }

    /** True if every figure the seed has is in the table's observation with the same value. */
    private static boolean agrees(WageObservation seed, WageObservation table) {
        for (var period : seed.values().entrySet()) {
            for (var figure : period.getValue().entrySet()) {
                Optional<WageValue> other = table.value(period.getKey(), figure.getKey());
                if (other.isEmpty() || Math.abs(other.get().amount() - figure.getValue().amount()) > 0.005) {
                    return false;
                }
            }
        }
        return true;
    }

    private Optional<WageObservation> wageObservation(Map<String, String> row, int year, Source source,
                                                      Optional<String> sourceCode) {
        Map<PayPeriod, Map<WageStatistic, WageValue>> values = new EnumMap<>(PayPeriod.class);
        values.put(PayPeriod.HOURLY, figures(row, "H_", RawTables.TOP_CODED_HOURLY));
        values.put(PayPeriod.ANNUAL, figures(row, "A_", RawTables.TOP_CODED_ANNUAL));
        if (values.values().stream().allMatch(Map::isEmpty)) {
            notes.add(row.get("OCC_CODE") + ": no wage figures for " + year);
            return Optional.empty();
        }
        return Optional.of(new WageObservation(year, OptionalInt.of(5), source, sourceCode, values));
    }

    private static Map<WageStatistic, WageValue> figures(Map<String, String> row, String prefix, double topCodedAt) {
        Map<WageStatistic, String> columns = new EnumMap<>(Map.of(WageStatistic.P10, "PCT10", WageStatistic.P25, "PCT25",
                WageStatistic.MEDIAN, "MEDIAN", WageStatistic.P75, "PCT75", WageStatistic.P90, "PCT90",
                WageStatistic.MEAN, "MEAN"));
        Map<WageStatistic, WageValue> figures = new EnumMap<>(WageStatistic.class);
        columns.forEach((statistic, column) -> {
            RawTables.Figure figure = RawTables.figure(row.get(prefix + column), topCodedAt);
            figure.value().ifPresent(v -> figures.put(statistic, new WageValue(v, false, figure.topCoded())));
        });
        return figures;
    }

    private static Optional<Projection> projection(Map<String, String> ep) {
        OptionalDouble growth = RawTables.figure(ep.get("chg_pct"), 0).value();
        OptionalDouble openings = RawTables.figure(ep.get("openings_k"), 0).value();
        if (growth.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Projection(2024, 2034, growth, Optional.empty(),
                openings.isPresent() ? OptionalDouble.of(Math.round(openings.getAsDouble() * 1000)) : OptionalDouble.empty(),
                EP_2024));
    }

    private static Reference reference(List<Map<String, String>> oews2023, Map<String, String> allProjected) {
        Map<String, String> all = oews2023.stream().filter(r -> r.get("OCC_CODE").equals("00-0000")).findFirst()
                .orElseThrow(() -> new IllegalStateException("OEWS 2023 has no all-occupations row"));
        double median = RawTables.figure(all.get("A_MEDIAN"), RawTables.TOP_CODED_ANNUAL).value().orElseThrow();
        Projection growth = projection(allProjected).orElseThrow();
        return new Reference(new Reference.Figure(median, 2023, OEWS_2023), growth);
    }

    /**
     * SOC 2018 code → the SOC 2010 code whose May 2018 wages describe it, from the O*NET crosswalk's
     * base occupations (codes ending in .00, which are the SOC codes themselves). Only one-to-one
     * pairs count: where codes were split or merged, the old figures belong to no single new occupation.
     */
    private Map<String, String> oneToOneSoc2010Codes() throws IOException {
        Map<String, Set<String>> oldFor = new HashMap<>();
        Map<String, Set<String>> newFor = new HashMap<>();
        for (Map<String, String> row : RawTables.read(raw.resolve("onet27/onet_soc_2010_to_2019_crosswalk.csv"), ';')) {
            if (!row.get("soc2010_code").endsWith(".00") || !row.get("soc2019_code").endsWith(".00")) {
                continue;
            }
            String old = row.get("soc2010_code").substring(0, 7);
            String now = row.get("soc2019_code").substring(0, 7);
            oldFor.computeIfAbsent(now, k -> new LinkedHashSet<>()).add(old);
            newFor.computeIfAbsent(old, k -> new LinkedHashSet<>()).add(now);
        }
        Map<String, String> pairs = new HashMap<>();
        oldFor.forEach((now, olds) -> {
            if (olds.size() == 1 && newFor.get(olds.iterator().next()).size() == 1) {
                pairs.put(now, olds.iterator().next());
            }
        });
        return pairs;
    }

    private static Map<String, Map<String, String>> byColumn(List<Map<String, String>> rows, String column) {
        Map<String, Map<String, String>> index = new HashMap<>();
        rows.forEach(r -> index.putIfAbsent(r.get(column), r));
        return index;
    }

    /** The O*NET tables, keyed by O*NET-SOC code; an occupation's own row is its SOC code with ".00". */
    private static final class OnetTables {
        private final Map<String, Integer> jobZones = new HashMap<>();
        private final Map<String, Map<String, Integer>> interests = new HashMap<>();
        private final Map<String, Map<String, Integer>> values = new HashMap<>();
        private final Map<String, List<Map<String, String>>> related = new HashMap<>();

        OnetTables(Path dir) throws IOException {
            for (Map<String, String> row : RawTables.read(dir.resolve("Job Zones.txt"), '\t')) {
                jobZones.put(row.get("O*NET-SOC Code"), Integer.parseInt(row.get("Job Zone")));
            }
            highPoints(dir.resolve("Interests.txt"), "IH", interests);
            highPoints(dir.resolve("Work Values.txt"), "VH", values);
            for (Map<String, String> row : RawTables.read(dir.resolve("Related Occupations.txt"), '\t')) {
                related.computeIfAbsent(row.get("O*NET-SOC Code"), k -> new ArrayList<>()).add(row);
            }
        }

        private static void highPoints(Path file, String scale, Map<String, Map<String, Integer>> into) throws IOException {
            for (Map<String, String> row : RawTables.read(file, '\t')) {
                if (row.get("Scale ID").equals(scale)) {
                    into.computeIfAbsent(row.get("O*NET-SOC Code"), k -> new HashMap<>())
                            .put(row.get("Element Name"), (int) Math.round(Double.parseDouble(row.get("Data Value"))));
                }
            }
        }

        Optional<JobZone> jobZone(String code) {
            return Optional.ofNullable(jobZones.get(code + ".00")).map(z -> new JobZone(z, ONET_27));
        }

        /** First, second and third interest high-points (1-6 = R, I, A, S, E, C; 0 = none). */
        Optional<HollandCode> holland(String code) {
            Map<String, Integer> points = interests.get(code + ".00");
            if (points == null) {
                return Optional.empty();
            }
            StringBuilder letters = new StringBuilder();
            for (String rank : List.of("First", "Second", "Third")) {
                int point = points.getOrDefault(rank + " Interest High-Point", 0);
                if (point >= 1 && point <= 6 && letters.indexOf(RIASEC.get(point - 1)) < 0) {
                    letters.append(RIASEC.get(point - 1));
                }
            }
            return letters.length() == 0 ? Optional.empty() : Optional.of(new HollandCode(letters.toString(), ONET_27));
        }

        Optional<WorkValues> workValues(String code) {
            Map<String, Integer> points = values.get(code + ".00");
            if (points == null) {
                return Optional.empty();
            }
            List<WorkValue> list = new ArrayList<>();
            for (String rank : List.of("First", "Second", "Third")) {
                int point = points.getOrDefault(rank + " Work Value High-Point", 0);
                if (point >= 1 && point <= 6 && !list.contains(WORK_VALUES.get(point - 1))) {
                    list.add(WORK_VALUES.get(point - 1));
                }
            }
            return list.isEmpty() ? Optional.empty() : Optional.of(new WorkValues(list, ONET_27));
        }

        /** Primary links first, in O*NET's order, then supplemental ones; only occupations in the data. */
        List<RelatedOccupation> related(String code, Set<String> known, int limit) {
            List<Map<String, String>> rows = new ArrayList<>(related.getOrDefault(code + ".00", List.of()));
            rows.sort(Comparator.comparingInt((Map<String, String> r) -> tier(r.get("Relatedness Tier")))
                    .thenComparingInt(r -> Integer.parseInt(r.get("Index"))));
            Set<String> seen = new LinkedHashSet<>();
            for (Map<String, String> row : rows) {
                String other = row.get("Related O*NET-SOC Code").substring(0, 7);
                if (!other.equals(code) && known.contains(other)) {
                    seen.add(other);
                }
            }
            return seen.stream().limit(limit).map(c -> new RelatedOccupation(c, ONET_27)).toList();
        }

        private static int tier(String tier) {
            return switch (tier) {
                case "Primary-Short" -> 0;
                case "Primary-Long" -> 1;
                default -> 2;
            };
        }
    }
}

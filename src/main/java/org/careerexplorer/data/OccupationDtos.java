package org.careerexplorer.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The shapes of the entries in {@code data/occupations.json}, as Gson reads them. Every field is
 * nullable here; {@link OccupationsFileReader} checks what is required and turns them into the model.
 */
final class OccupationDtos {

    private OccupationDtos() {
    }

    record SourceDto(String id, String name, String publisher, Integer year, String visited, String note) {
    }

    record EducationDto(String level, Integer year, String source) {
    }

    record TrainingDto(String onTheJob, String experience, String source) {
    }

    record WageDto(Integer year, Integer month, String source, String sourceCode,
                   WageFiguresDto hourly, WageFiguresDto annual,
                   List<String> computed, List<String> topCoded) {
    }

    /** Field names are the ids of {@link org.careerexplorer.model.WageStatistic}. */
    record WageFiguresDto(Double p10, Double p25, Double median, Double p75, Double p90, Double mean) {

        /** The figures given, keyed by statistic id, in ascending order. */
        Map<String, Double> byId() {
            Map<String, Double> figures = new LinkedHashMap<>();
            figures.put("p10", p10);
            figures.put("p25", p25);
            figures.put("median", median);
            figures.put("p75", p75);
            figures.put("p90", p90);
            figures.put("mean", mean);
            figures.values().removeIf(Objects::isNull);
            return figures;
        }
    }

    record EmploymentDto(Long count, Integer year, String source) {
    }

    record ProjectionDto(Integer startYear, Integer endYear, Double growthPercent, String category,
                         Double annualOpenings, String source) {
    }

    record JobZoneDto(Integer zone, String source) {
    }

    record ReferenceFigureDto(Double value, Integer year, String source) {
    }

    record HollandDto(String code, String source) {
    }

    record PersonalityTypesDto(List<String> types, String source) {
    }

    record WorkValuesDto(List<String> values, String source) {
    }

    record RelatedDto(String code, String source) {
    }

    record FigureDto(String figure, Integer year, String period, String statistic, Integer startYear, Integer endYear) {
    }

    record ProConDto(String id, String kind, FigureDto figure) {
    }
}

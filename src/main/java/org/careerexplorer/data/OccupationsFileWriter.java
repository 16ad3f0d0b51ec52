package org.careerexplorer.data;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.careerexplorer.model.EducationRequirement;
import org.careerexplorer.model.Employment;
import org.careerexplorer.model.FigureRef;
import org.careerexplorer.model.Occupation;
import org.careerexplorer.model.OccupationCatalog;
import org.careerexplorer.model.PayPeriod;
import org.careerexplorer.model.ProCon;
import org.careerexplorer.model.Projection;
import org.careerexplorer.model.Reference;
import org.careerexplorer.model.Source;
import org.careerexplorer.model.WageObservation;
import org.careerexplorer.model.WageStatistic;
import org.careerexplorer.model.WageValue;

/**
 * Writes a catalog as {@code data/occupations.json}, the counterpart of {@link OccupationsFileReader}.
 * The output depends only on the catalog: the same catalog always gives the same bytes. Each
 * occupation's fields stand on lines of their own, their values on one line, so that diffs stay readable.
 */
public final class OccupationsFileWriter {

    private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();

    private OccupationsFileWriter() {
    }

    public static String write(OccupationCatalog catalog) {
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "../schema/occupations.schema.json");
        root.addProperty("formatVersion", OccupationsFileReader.SUPPORTED_FORMAT);
        root.addProperty("dataVersion", catalog.dataVersion());
        JsonArray sources = new JsonArray();
        catalog.sources().forEach(s -> sources.add(source(s)));
        root.add("sources", sources);
        catalog.reference().ifPresent(r -> root.add("reference", reference(r)));
        JsonArray occupations = new JsonArray();
        catalog.occupations().forEach(o -> occupations.add(occupation(o)));
        root.add("occupations", occupations);
        StringBuilder out = new StringBuilder();
        print(root, 0, out);
        return out.append('\n').toString();
    }

    /** Objects and arrays down to depth 3 (an occupation's fields) are spread over lines; deeper values stay on one. */
    private static void print(JsonElement element, int depth, StringBuilder out) {
        boolean spread = depth < 4 && (element.isJsonObject() && element.getAsJsonObject().size() > 0
                || element.isJsonArray() && element.getAsJsonArray().size() > 0 && depth != 3);
        if (!spread) {
            printInline(element, out);
            return;
        }
        String indent = "  ".repeat(depth + 1);
        if (element.isJsonObject()) {
            out.append("{\n");
            int i = 0;
            for (Map.Entry<String, JsonElement> e : element.getAsJsonObject().entrySet()) {
                out.append(indent).append(COMPACT.toJson(e.getKey())).append(": ");
                print(e.getValue(), depth + 1, out);
                out.append(++i < element.getAsJsonObject().size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(depth)).append('}');
        } else {
            JsonArray array = element.getAsJsonArray();
            out.append("[\n");
            for (int i = 0; i < array.size(); i++) {
                out.append(indent);
                print(array.get(i), depth + 1, out);
                out.append(i + 1 < array.size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(depth)).append(']');
        }
    }

    /** One line, with a space after each comma and colon; strings and numbers as Gson writes them. */
    private static void printInline(JsonElement element, StringBuilder out) {
        if (element.isJsonObject()) {
            out.append('{');
            String separator = "";
            for (Map.Entry<String, JsonElement> e : element.getAsJsonObject().entrySet()) {
                out.append(separator).append(COMPACT.toJson(e.getKey())).append(": ");
                printInline(e.getValue(), out);
                separator = ", ";
            }
            out.append('}');
        } else if (element.isJsonArray()) {
            out.append('[');
            String separator = "";
            for (JsonElement item : element.getAsJsonArray()) {
                out.append(separator);
                printInline(item, out);
                separator = ", ";
            }
            out.append(']');
        } else {
            out.append(COMPACT.toJson(element));
        }
    }

    private static JsonObject source(Source s) {
        JsonObject json = new JsonObject();
        json.addProperty("id", s.id());
        json.addProperty("name", s.name());
        json.addProperty("publisher", s.publisher());
        json.addProperty("year", s.year());
        s.visited().ifPresent(v -> json.addProperty("visited", v.toString()));
        s.note().ifPresent(n -> json.addProperty("note", n));
        return json;
    }

    private static JsonObject reference(Reference r) {
        JsonObject json = new JsonObject();
        JsonObject median = new JsonObject();
        median.add("value", number(r.medianAnnualWage().value()));
        median.addProperty("year", r.medianAnnualWage().year());
        median.addProperty("source", r.medianAnnualWage().source().id());
        json.add("medianAnnualWage", median);
        json.add("growth", projection(r.growth()));
        return json;
    }

    private static JsonObject occupation(Occupation o) {
        JsonObject json = new JsonObject();
        json.addProperty("code", o.code());
        o.officialTitle().ifPresent(t -> json.addProperty("officialTitle", t));
        addList(json, "education", o.education(), OccupationsFileWriter::education);
        o.training().ifPresent(t -> {
            JsonObject training = new JsonObject();
            training.addProperty("onTheJob", t.onTheJob().id());
            training.addProperty("experience", t.experience().id());
            training.addProperty("source", t.source().id());
            json.add("training", training);
        });
        addList(json, "wages", o.wages(), OccupationsFileWriter::wage);
        addList(json, "employment", o.employment(), OccupationsFileWriter::employment);
        addList(json, "projections", o.projections(), OccupationsFileWriter::projection);
        o.jobZone().ifPresent(z -> {
            JsonObject zone = new JsonObject();
            zone.addProperty("zone", z.zone());
            zone.addProperty("source", z.source().id());
            json.add("jobZone", zone);
        });
        o.hollandCode().ifPresent(h -> {
            JsonObject holland = new JsonObject();
            holland.addProperty("code", h.code());
            holland.addProperty("source", h.source().id());
            json.add("holland", holland);
        });
        o.personalityTypes().ifPresent(p -> {
            JsonObject types = new JsonObject();
            types.add("types", strings(p.types()));
            types.addProperty("source", p.source().id());
            json.add("personalityTypes", types);
        });
        o.workValues().ifPresent(v -> {
            JsonObject values = new JsonObject();
            values.add("values", strings(v.values().stream().map(x -> x.id()).toList()));
            values.addProperty("source", v.source().id());
            json.add("workValues", values);
        });
        addList(json, "related", o.related(), r -> {
            JsonObject related = new JsonObject();
            related.addProperty("code", r.code());
            related.addProperty("source", r.source().id());
            return related;
        });
        addList(json, "prosAndCons", o.prosAndCons(), OccupationsFileWriter::proCon);
        return json;
    }

    private static JsonObject education(EducationRequirement e) {
        JsonObject json = new JsonObject();
        json.addProperty("level", e.level().id());
        json.addProperty("year", e.year());
        json.addProperty("source", e.source().id());
        return json;
    }

    private static JsonObject wage(WageObservation w) {
        JsonObject json = new JsonObject();
        json.addProperty("year", w.year());
        w.month().ifPresent(m -> json.addProperty("month", m));
        json.addProperty("source", w.source().id());
        w.sourceCode().ifPresent(c -> json.addProperty("sourceCode", c));
        JsonArray computed = new JsonArray();
        JsonArray topCoded = new JsonArray();
        for (PayPeriod period : PayPeriod.values()) {
            Map<WageStatistic, WageValue> figures = w.values().get(period);
            if (figures == null) {
                continue;
            }
            JsonObject values = new JsonObject();
            for (WageStatistic statistic : WageStatistic.values()) {
                WageValue value = figures.get(statistic);
                if (value != null) {
                    values.add(statistic.id(), number(value.amount()));
                    if (value.computed()) {
                        computed.add(period.id() + "." + statistic.id());
                    }
                    if (value.topCoded()) {
                        topCoded.add(period.id() + "." + statistic.id());
                    }
                }
            }
            json.add(period.id(), values);
        }
        if (!computed.isEmpty()) {
            json.add("computed", computed);
        }
        if (!topCoded.isEmpty()) {
            json.add("topCoded", topCoded);
        }
        return json;
    }

    private static JsonObject employment(Employment e) {
        JsonObject json = new JsonObject();
        json.addProperty("count", e.count());
        json.addProperty("year", e.year());
        json.addProperty("source", e.source().id());
        return json;
    }

    private static JsonObject projection(Projection p) {
        JsonObject json = new JsonObject();
        json.addProperty("startYear", p.startYear());
        json.addProperty("endYear", p.endYear());
        optional(json, "growthPercent", p.growthPercent());
        p.category().ifPresent(c -> json.addProperty("category", c.id()));
        optional(json, "annualOpenings", p.annualOpenings());
        json.addProperty("source", p.source().id());
        return json;
    }

    private static JsonObject proCon(ProCon p) {
        JsonObject json = new JsonObject();
        json.addProperty("id", p.id());
        json.addProperty("kind", p.kind().id());
        p.figure().ifPresent(f -> json.add("figure", figure(f)));
        return json;
    }

    private static JsonObject figure(FigureRef figure) {
        JsonObject json = new JsonObject();
        if (figure instanceof FigureRef.Education) {
            json.addProperty("figure", "education");
        } else if (figure instanceof FigureRef.TrainingNeeded) {
            json.addProperty("figure", "training");
        } else if (figure instanceof FigureRef.EmploymentCount c) {
            json.addProperty("figure", "employment");
            json.addProperty("year", c.year());
        } else if (figure instanceof FigureRef.Outlook o) {
            json.addProperty("figure", "projection");
            json.addProperty("startYear", o.startYear());
            json.addProperty("endYear", o.endYear());
        } else if (figure instanceof FigureRef.Openings o) {
            json.addProperty("figure", "openings");
            json.addProperty("startYear", o.startYear());
            json.addProperty("endYear", o.endYear());
        } else if (figure instanceof FigureRef.Wage w) {
            json.addProperty("figure", "wage");
            json.addProperty("year", w.year());
            json.addProperty("period", w.period().id());
            json.addProperty("statistic", w.statistic().id());
        }
        return json;
    }

    private static <T> void addList(JsonObject json, String field, List<T> items,
                                    Function<T, JsonObject> toJson) {
        if (!items.isEmpty()) {
            JsonArray array = new JsonArray();
            items.forEach(item -> array.add(toJson.apply(item)));
            json.add(field, array);
        }
    }

    private static void optional(JsonObject json, String field, OptionalDouble value) {
        value.ifPresent(v -> json.add(field, number(v)));
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    /** Whole numbers without ".0", so that 33750 stays 33750. */
    private static JsonPrimitive number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? new JsonPrimitive((long) value) : new JsonPrimitive(value);
    }
}

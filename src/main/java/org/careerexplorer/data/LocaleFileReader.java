package org.careerexplorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one {@code i18n/<lang>.json} into flat texts: nested objects become dotted keys
 * ({@code browse.heading}), a value is a text or a list of texts. The schema checks the file first:
 * what it finds wrong is skipped (a whole list, for one bad element of it), and what is empty is
 * left to show in English.
 */
final class LocaleFileReader {

    private static final SchemaCheck SCHEMA = SchemaCheck.load("/schema/i18n.schema.json");

    /** The root field naming the schema, which is no text. */
    private static final String SCHEMA_FIELD = "$schema";

    private LocaleFileReader() {
    }

    static Map<String, Object> read(JsonDocument document, LoadReport report) {
        boolean readable = true;
        for (SchemaCheck.Violation violation : SCHEMA.check(document)) {
            JsonNodePath unit = listOrEntry(violation.subject());
            if (violation.isUnknownField()) {
                report.add(document.problem(Problem.Severity.WARNING, violation.path(), violation.message()));
            } else if (violation.isEmptyValue() || violation.keyword().equals("required")) {
                report.add(document.problem(violation.isEmptyValue() ? Problem.Severity.WARNING : Problem.Severity.ERROR,
                        violation.path(), violation.message() + "; the English text is shown instead"));
            } else if (unit.getNameCount() == 0) {
                report.add(document.problem(Problem.Severity.ERROR, violation.path(),
                        violation.message() + "; no texts loaded from this file"));
                readable = false;
            } else {
                report.add(document.problem(Problem.Severity.ERROR, violation.path(), violation.message() + "; "
                        + (unit.equals(violation.subject()) ? "skipped" : "the whole list is skipped")));
            }
            document.remove(unit);
        }
        Map<String, Object> texts = new LinkedHashMap<>();
        if (readable) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = document.root().fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals(SCHEMA_FIELD)) {
                    flatten(field.getKey(), field.getValue(), texts);
                }
            }
        }
        return texts;
    }

    /** What an error takes down: the list it is in, or else the entry itself. */
    private static JsonNodePath listOrEntry(JsonNodePath subject) {
        JsonNodePath unit = JsonDocument.ROOT;
        for (int i = 0; i < subject.getNameCount(); i++) {
            Object element = subject.getElement(i);
            if (element instanceof Integer) {
                return unit;
            }
            unit = unit.append((String) element);
        }
        return unit;
    }

    /** The texts below {@code key}; the schema has made sure that groups, lists and texts are all there is. */
    private static void flatten(String key, JsonNode value, Map<String, Object> into) {
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(key + "." + field.getKey(), field.getValue(), into);
            }
        } else if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asText()));
            into.put(key, List.copyOf(items));
        } else {
            into.put(key, value.asText());
        }
    }
}

package org.careerexplorer.data;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * One of the JSON Schemas bundled with the app ({@code /schema/*.schema.json}), and what its checks
 * found in a file, said in our words. A schema node's {@code title} (and {@code description}) name
 * the thing a message is about: "unknown education level".
 */
final class SchemaCheck {

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().pathType(PathType.LEGACY).build();

    private final JsonNode schemaDocument;
    private final JsonSchema schema;

    private SchemaCheck(JsonNode schemaDocument) {
        this.schemaDocument = schemaDocument;
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaDocument, CONFIG);
    }

    /** Loads a schema from the classpath, e.g. {@code /schema/occupations.schema.json}. */
    static SchemaCheck load(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the app is missing its schema " + resource);
            }
            return new SchemaCheck(JsonFormat.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the app's schema " + resource + " cannot be read", e);
        }
    }

    /**
     * Something the schema found wrong.
     *
     * @param keyword the schema keyword that failed, e.g. {@code required}; {@code anyOf} for a choice none of whose branches fit
     * @param path    where to report it: the value that is wrong, or the object that lacks a field
     * @param subject the value it concerns: for a missing field or a field that should not be there, that field
     * @param message what is wrong, in our words
     */
    record Violation(String keyword, JsonNodePath path, JsonNodePath subject, String message) {

        /** A field the schema does not know, which is ignored rather than wrong. */
        boolean isUnknownField() {
            return keyword.equals("additionalProperties");
        }

        /** An empty text, list or group: nothing to show, rather than something wrong. */
        boolean isEmptyValue() {
            return keyword.equals("minLength") || keyword.equals("minItems") || keyword.equals("minProperties");
        }
    }

    /** What the schema finds wrong in {@code document}, in the order of the file. */
    List<Violation> check(JsonDocument document) {
        Map<String, List<ValidationMessage>> choices = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage m : schema.validate(document.root())) {
            String choice = choiceOf(m);
            if (choice != null) {
                choices.computeIfAbsent(m.getInstanceLocation() + " " + choice, k -> new ArrayList<>()).add(m);
            } else {
                violations.add(violation(m));
            }
        }
        choices.values().forEach(branches -> violations.addAll(choiceViolations(branches)));
        violations.sort(Comparator.comparing(Violation::subject, document.fileOrder()));
        return violations;
    }

    /** The schema pointer of the {@code anyOf} a message comes from, if it comes from one. */
    private static String choiceOf(ValidationMessage m) {
        JsonNodePath fragment = m.getSchemaLocation().getFragment();
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < fragment.getNameCount(); i++) {
            pointer.append('/').append(fragment.getElement(i));
            if ("anyOf".equals(fragment.getElement(i))) {
                return pointer.toString();
            }
        }
        return null;
    }

    /** Branches that each lack a field become one "needs" message; anything else is said branch by branch. */
    private List<Violation> choiceViolations(List<ValidationMessage> branches) {
        if (branches.stream().allMatch(m -> m.getType().equals("required"))) {
            List<String> fields = branches.stream().map(ValidationMessage::getProperty).distinct().toList();
            String needs = fields.size() == 2
                    ? "needs \"" + fields.get(0) + "\" or \"" + fields.get(1) + "\" or both"
                    : "needs at least one of " + fields.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "));
            JsonNodePath path = branches.get(0).getInstanceLocation();
            return List.of(new Violation("anyOf", path, path, needs));
        }
        return branches.stream().map(this::violation).toList();
    }

    private Violation violation(ValidationMessage m) {
        JsonNodePath path = m.getInstanceLocation();
        JsonNodePath subject = switch (m.getType()) {
            case "required", "additionalProperties", "propertyNames" -> path.append(m.getProperty());
            default -> path;
        };
        JsonNodePath reported = m.getType().equals("required") ? path : subject;
        return new Violation(m.getType(), reported, subject, sentence(m));
    }

    private String sentence(ValidationMessage m) {
        JsonNode value = m.getInstanceNode() == null ? MissingNode.getInstance() : m.getInstanceNode();
        JsonNode rule = m.getSchemaNode();
        JsonNode owner = ownerOf(m);
        return switch (m.getType()) {
            case "type" -> "expected " + expectedTypes(rule) + " but found " + describe(value);
            case "required" -> "missing required field \"" + m.getProperty() + "\"";
            case "additionalProperties" -> "unknown field \"" + m.getProperty() + "\" is ignored (a typo?)";
            case "enum" -> "unknown " + title(owner, "value") + " " + quoted(value) + " (known: "
                    + StreamSupport.stream(rule.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(", ")) + ")";
            case "const" -> "expected " + rule + " but found " + describe(value);
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> range(owner, value);
            case "pattern" -> quoted(value) + " is not " + named(owner);
            case "format" -> quoted(value) + " is not " + (rule.asText().equals("date")
                    ? "a date in the form 2018-08-20" : "a valid " + rule.asText());
            case "minLength" -> rule.asInt() == 1 ? "empty " + title(owner, "text")
                    : "shorter than " + rule.asInt() + " characters";
            case "minItems" -> rule.asInt() == 1 ? "empty " + title(owner, "list")
                    : "fewer than " + rule.asInt() + " entries";
            case "minProperties" -> rule.asInt() == 1 ? "empty " + title(owner, "object")
                    : "fewer than " + rule.asInt() + " fields";
            case "uniqueItems" -> "lists " + quoted(firstRepeated(value)) + " more than once";
            case "propertyNames" -> quoted(m.getProperty()) + " is not " + named(resolved(rule));
            default -> "does not follow the schema's \"" + m.getType() + "\" rule";
        };
    }

    /** The schema object holding the keyword that failed, which may carry a title. */
    private JsonNode ownerOf(ValidationMessage m) {
        JsonNodePath fragment = m.getSchemaLocation().getFragment();
        JsonPointer pointer = JsonPointer.empty();
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            pointer = element instanceof Integer index ? pointer.appendIndex(index) : pointer.appendProperty(element.toString());
        }
        return schemaDocument.at(pointer);
    }

    /** A local reference such as {@code {"$ref": "#/definitions/key"}}, followed. */
    private JsonNode resolved(JsonNode rule) {
        JsonNode ref = rule.get("$ref");
        return ref != null && ref.asText().startsWith("#") ? schemaDocument.at(ref.asText().substring(1)) : rule;
    }

    private static String range(JsonNode owner, JsonNode value) {
        String subject = "the " + title(owner, "value");
        JsonNode minimum = owner.get("minimum");
        JsonNode maximum = owner.get("maximum");
        JsonNode above = owner.get("exclusiveMinimum");
        JsonNode below = owner.get("exclusiveMaximum");
        String rule;
        if (minimum != null && maximum != null) {
            rule = " must be between " + minimum + " and " + maximum;
        } else if (above != null && above.asDouble() == 0 && below == null && maximum == null) {
            rule = " must be positive";
        } else if (minimum != null && minimum.asDouble() == 0 && below == null && maximum == null) {
            rule = " cannot be negative";
        } else {
            List<String> limits = new ArrayList<>();
            if (minimum != null) {
                limits.add("at least " + minimum);
            }
            if (above != null) {
                limits.add("more than " + above);
            }
            if (maximum != null) {
                limits.add("at most " + maximum);
            }
            if (below != null) {
                limits.add("less than " + below);
            }
            rule = " must be " + String.join(" and ", limits);
        }
        return subject + rule + ", not " + value.asText();
    }

    /** "a SOC code (two digits, a hyphen and four digits, like 43-4051)", from the schema's title and description. */
    private static String named(JsonNode owner) {
        JsonNode description = owner.get("description");
        String noun = title(owner, "value of the expected form");
        return (startsWithVowel(noun) ? "an " : "a ") + noun + (description == null ? "" : " (" + description.asText() + ")");
    }

    private static String title(JsonNode owner, String fallback) {
        JsonNode title = owner == null ? null : owner.get("title");
        return title == null ? fallback : title.asText();
    }

    private static boolean startsWithVowel(String noun) {
        return !noun.isEmpty() && "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0;
    }

    private static String expectedTypes(JsonNode rule) {
        List<String> types = rule.isArray()
                ? StreamSupport.stream(rule.spliterator(), false).map(t -> typeName(t.asText())).toList()
                : List.of(typeName(rule.asText()));
        return types.size() == 1 ? types.get(0)
                : String.join(", ", types.subList(0, types.size() - 1)) + " or " + types.get(types.size() - 1);
    }

    private static String typeName(String jsonType) {
        return switch (jsonType) {
            case "string" -> "a text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "object" -> "an object";
            case "array" -> "a list";
            case "boolean" -> "true or false";
            default -> jsonType;
        };
    }

    /** "text "33510"", "the number 42", "a list"…: what a value is, as messages name it. */
    static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "text \"" + value.asText() + "\"";
        } else if (value.isNumber()) {
            return "the number " + value.asText();
        } else if (value.isObject()) {
            return "an object";
        } else if (value.isArray()) {
            return "a list";
        } else if (value.isBoolean()) {
            return value.asText();
        }
        return "null";
    }

    private static String quoted(JsonNode value) {
        return value.isTextual() ? quoted(value.asText()) : describe(value);
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static JsonNode firstRepeated(JsonNode list) {
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode item : list) {
            if (!seen.add(item)) {
                return item;
            }
        }
        return MissingNode.getInstance();
    }
}

package org.careerexplorer.data;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Prints a tree in the layout of the bundled data file: objects and lists down to an occupation's
 * fields stand on lines of their own, deeper values on one line, so that diffs stay readable.
 * Whole numbers print without ".0", so 33750 stays 33750.
 */
final class CompactPrinter {

    /** The depth of an occupation's fields, whose values each take one line. */
    private static final int FIELD_DEPTH = 3;

    private CompactPrinter() {
    }

    static String print(JsonNode root) {
        StringBuilder out = new StringBuilder();
        print(root, 0, out);
        return out.toString();
    }

    /** The value on one line, with a space after each comma and colon. */
    static String inline(JsonNode value) {
        StringBuilder out = new StringBuilder();
        printInline(value, out);
        return out.toString();
    }

    private static void print(JsonNode node, int depth, StringBuilder out) {
        boolean spread = depth <= FIELD_DEPTH && node.size() > 0 && (node.isObject() || node.isArray() && depth != FIELD_DEPTH);
        if (!spread) {
            printInline(node, out);
            return;
        }
        String indent = "  ".repeat(depth + 1);
        out.append(node.isObject() ? "{\n" : "[\n");
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(indent);
                quote(field.getKey(), out);
                out.append(": ");
                print(field.getValue(), depth + 1, out);
                out.append(fields.hasNext() ? ",\n" : "\n");
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                out.append(indent);
                print(node.get(i), depth + 1, out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
        }
        out.append("  ".repeat(depth)).append(node.isObject() ? '}' : ']');
    }

    private static void printInline(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            String separator = "";
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(separator);
                quote(field.getKey(), out);
                out.append(": ");
                printInline(field.getValue(), out);
                separator = ", ";
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i > 0 ? ", " : "");
                printInline(node.get(i), out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            quote(node.textValue(), out);
        } else if (node.isFloatingPointNumber()) {
            double value = node.doubleValue();
            out.append(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value));
        } else {
            out.append(node.asText());
        }
    }

    private static void quote(String text, StringBuilder out) {
        out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
    }
}

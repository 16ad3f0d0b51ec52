package org.careerexplorer.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.PathType;
import com.networknt.schema.utils.JsonNodes;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One data or locale file, parsed into a tree whose nodes know their line and column, so that every
 * problem found in it can name the file, the JSON path and the position.
 */
final class JsonDocument {

    /** The path of the root value. */
    static final JsonNodePath ROOT = new JsonNodePath(PathType.LEGACY);

    /** Names that a path can show after a dot; others are shown in brackets and quotes. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[^.\\[\\]'\\s]+");

    private final String file;
    private final JsonNode root;

    private JsonDocument(String file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    /**
     * Reads {@code file} from {@code files}, or reports why it cannot be read; {@code whenMissing}
     * says what happens without it.
     */
    static Optional<JsonDocument> read(DataFiles files, String file, LoadReport report, String whenMissing) {
        Optional<byte[]> bytes;
        try {
            bytes = files.read(file);
        } catch (IOException e) {
            report.fileError(file, "cannot be read (" + e.getMessage() + "); " + whenMissing);
            return Optional.empty();
        }
        if (bytes.isEmpty()) {
            report.fileError(file, "file not found in " + files.describe() + "; " + whenMissing);
            return Optional.empty();
        }
        CharBuffer content;
        try {
            content = DataFiles.decodeUtf8(bytes.get());
        } catch (CharacterCodingException e) {
            report.fileError(file, "not valid UTF-8 text (save the file as UTF-8); nothing loaded from this file");
            return Optional.empty();
        }
        char[] chars = content.array();
        int start = content.arrayOffset() + content.position();
        int end = start + content.remaining();
        if (start < end && chars[start] == '\uFEFF') {
            start++; // a byte order mark, which some editors write at the start of UTF-8 files
        }
        try {
            JsonNode root = JsonFormat.parse(JsonFormat.MAPPER, chars, start, end - start);
            if (root.isMissingNode()) {
                report.fileError(file, "the file is empty; nothing loaded from this file");
                return Optional.empty();
            }
            return Optional.of(new JsonDocument(file, root));
        } catch (JsonProcessingException e) {
            SyntaxError error = SyntaxError.of(e, chars, start, end);
            report.add(new Problem(Problem.Severity.ERROR, file, text(error.path()), error.position(),
                    "not valid JSON: " + error.reason() + "; nothing loaded from this file"));
        } catch (IOException e) {
            report.fileError(file, "cannot be read (" + e.getMessage() + "); " + whenMissing);
        }
        return Optional.empty();
    }

    String file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** A problem at {@code path}, with the line and column of the value there (or of the nearest enclosing one). */
    Problem problem(Problem.Severity severity, JsonNodePath path, String message) {
        return new Problem(severity, file, text(path), position(path), message);
    }

    /** Where the value at {@code path} begins; for a value that is not there, where the nearest enclosing value begins. */
    Optional<Problem.Position> position(JsonNodePath path) {
        JsonLocation location = locationOf(path);
        return location == null || location.getLineNr() < 1 ? Optional.empty()
                : Optional.of(new Problem.Position(location.getLineNr(), location.getColumnNr()));
    }

    /** Paths in the order their values stand in the file. */
    Comparator<JsonNodePath> fileOrder() {
        return Comparator.comparingLong(path -> {
            JsonLocation location = locationOf(path);
            return location == null ? 0 : location.getCharOffset();
        });
    }

    private JsonLocation locationOf(JsonNodePath path) {
        JsonNode node = root;
        JsonNode found = root;
        for (int i = 0; i < path.getNameCount() && node != null; i++) {
            Object element = path.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get((String) element);
            if (node != null) {
                found = node;
            }
        }
        return JsonNodes.tokenLocationOf(found);
    }

    /** Takes the value at {@code path} out: an element of a list becomes null (so the others keep their index), a field goes. */
    void remove(JsonNodePath path) {
        if (path.getNameCount() == 0) {
            return;
        }
        JsonNode parent = root;
        for (int i = 0; i < path.getNameCount() - 1 && parent != null; i++) {
            Object element = path.getElement(i);
            parent = element instanceof Integer index ? parent.get(index) : parent.get((String) element);
        }
        Object last = path.getElement(path.getNameCount() - 1);
        if (parent instanceof ArrayNode array && last instanceof Integer index && index < array.size()) {
            array.set(index, NullNode.getInstance());
        } else if (parent instanceof ObjectNode object && last instanceof String name) {
            object.remove(name);
        }
    }

    /** A path as messages show it: {@code $.occupations[2].wages[0]}. */
    static String text(JsonNodePath path) {
        StringBuilder text = new StringBuilder("$");
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else if (PLAIN_NAME.matcher((String) element).matches()) {
                text.append('.').append(element);
            } else {
                text.append("['").append(element).append("']");
            }
        }
        return text.toString();
    }
}

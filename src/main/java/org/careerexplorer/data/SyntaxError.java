package org.careerexplorer.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.PathType;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Where and why a text is not valid JSON, in words for the person editing the file. The place comes
 * from the parser (its location and its context of names and indexes); the reason from what stands
 * in the text at that place, never from the parser's own message.
 *
 * @param path     the JSON path of the value being read when the parser stopped
 * @param position the line and column where it stopped
 * @param reason   what is wrong there
 */
record SyntaxError(JsonNodePath path, Optional<Problem.Position> position, String reason) {

    static SyntaxError of(JsonProcessingException e, char[] content, int start, int end) {
        JsonLocation location = e.getLocation();
        JsonStreamContext context = e.getProcessor() instanceof JsonParser parser ? parser.getParsingContext() : null;
        JsonToken lastToken = e.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
        int stop = location == null ? -1 : start + (int) location.getCharOffset();
        boolean duplicate = stop >= start && stop < end && context != null && context.inObject()
                && isDuplicateName(content, start, end, stop);
        // The parser stops after a name or word it does not take (a duplicate name, NaN): point at its start.
        int at = duplicate ? startOfName(content, start, stop) : startOfWord(content, start, end, stop);
        Optional<Problem.Position> position = location == null || location.getLineNr() < 1 ? Optional.empty()
                : Optional.of(new Problem.Position(location.getLineNr(), location.getColumnNr() - (stop - at)));
        String reason = duplicate ? "the name \"" + context.getCurrentName() + "\" appears twice in this object"
                : reason(e, context, lastToken, content, start, end, at);
        return new SyntaxError(pathOf(context), position, reason);
    }

    private static JsonNodePath pathOf(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        JsonNodePath path = new JsonNodePath(PathType.LEGACY);
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path = path.append(c.getCurrentIndex());
            } else if (c.getCurrentName() != null) {
                path = path.append(c.getCurrentName());
            }
        }
        return path;
    }

    private static String reason(JsonProcessingException e, JsonStreamContext context, JsonToken lastToken,
                                 char[] content, int start, int end, int at) {
        if (e instanceof JsonEOFException || at >= end) {
            return "the file ends before the JSON value is complete";
        }
        if (e instanceof MismatchedInputException || at < 0) {
            // The one mismatch reading a tree can meet: a second value after the first.
            return "unexpected content after the end of the JSON value";
        }
        char c = content[at];
        char before = previousVisible(content, start, at);
        if (c == '/' || c == '#') {
            return "comments are not allowed in JSON";
        } else if (c == '\'') {
            return "texts and names must be in double quotes, not single quotes";
        } else if (c < ' ') {
            return "a line break or other control character inside a text must be written as an escape such as \\n";
        } else if ((c == '}' || c == ']') && before == ',') {
            return "a comma before \"" + c + "\": nothing may follow the last entry";
        } else if (context == null || context.inRoot()) {
            return firstVisible(content, start, end) < at ? "unexpected content after the end of the JSON value"
                    : unexpected(content, at, end);
        } else if (before == ':' || context.inArray() && (before == '[' || before == ',')) {
            return unexpected(content, at, end); // where a value belongs
        } else if (context.inObject() && lastToken == JsonToken.FIELD_NAME) {
            return "expected \":\" after the name \"" + context.getCurrentName() + "\"";
        } else if (context.inObject() && (lastToken == JsonToken.START_OBJECT || before == ',')) {
            return "expected a name in double quotes";
        } else if (lastToken != null) {
            return "expected \",\" or \"" + (context.inObject() ? '}' : ']') + "\" after the value";
        }
        return unexpected(content, at, end);
    }

    /** Whether the text reads further when duplicate names are let through: then a duplicate stopped it. */
    private static boolean isDuplicateName(char[] content, int start, int end, int stop) {
        try {
            JsonFormat.parse(JsonFormat.LenientOnDuplicates.MAPPER, content, start, end - start);
            return true;
        } catch (JsonProcessingException again) {
            return again.getLocation() != null && start + again.getLocation().getCharOffset() > stop;
        } catch (IOException again) {
            return false;
        }
    }

    /** A word where a value belongs: NaN, a text without quotes… */
    private static String unexpected(char[] content, int at, int end) {
        int wordEnd = at;
        while (wordEnd < end && Character.isLetterOrDigit(content[wordEnd])) {
            wordEnd++;
        }
        if (wordEnd == at) {
            return "unexpected \"" + content[at] + "\"";
        }
        String word = new String(content, at, wordEnd - at);
        if (word.equals("NaN") || word.equals("Infinity")) {
            return word + " is not a number in JSON";
        }
        return "unexpected word \"" + word + "\" (texts and names must be in double quotes)";
    }

    private static int startOfWord(char[] content, int start, int end, int stop) {
        int at = stop;
        while (at > start && at <= end && Character.isLetterOrDigit(content[at - 1])) {
            at--;
        }
        return at;
    }

    /** Where the quoted name before {@code stop} begins. */
    private static int startOfName(char[] content, int start, int stop) {
        int at = stop - 1;
        while (at > start && Character.isWhitespace(content[at])) {
            at--;
        }
        do {
            at--;
        } while (at > start && content[at] != '"');
        return Math.max(at, start);
    }

    private static char previousVisible(char[] content, int start, int at) {
        for (int i = at - 1; i >= start; i--) {
            if (!Character.isWhitespace(content[i])) {
                return content[i];
            }
        }
        return 0;
    }

    private static int firstVisible(char[] content, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(content[i])) {
            i++;
        }
        return i;
    }
}

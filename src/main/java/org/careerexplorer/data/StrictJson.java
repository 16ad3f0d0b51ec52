package org.careerexplorer.data;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.CharArrayReader;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.CharBuffer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gson set up to read our files strictly: no comments or unquoted names, no numbers where text is
 * expected or text where numbers are, and messages that say where and what in plain words.
 */
final class StrictJson {

    static final Gson GSON = new GsonBuilder()
            .setStrictness(Strictness.STRICT)
            .registerTypeAdapter(String.class, new TextAdapter().nullSafe())
            .registerTypeAdapter(Integer.class, new IntegerAdapter().nullSafe())
            .registerTypeAdapter(Long.class, new LongAdapter().nullSafe())
            .registerTypeAdapter(Double.class, new DoubleAdapter().nullSafe())
            .create();

    private static final Pattern GSON_POSITION =
            Pattern.compile("^(.*?)(?: at line (\\d+) column (\\d+))?(?: path (\\S+))?$", Pattern.DOTALL);
    private static final Pattern GSON_EXPECTED = Pattern.compile("Expected (\\w+) but was (\\w+)");

    private StrictJson() {
    }

    /** A file that is not well-formed JSON. */
    static final class MalformedJson extends Exception {
        private final String location;

        MalformedJson(String location, String message) {
            super(message);
            this.location = location;
        }

        String location() {
            return location;
        }
    }

    /** A value of the wrong type; {@code path} is relative to the element being decoded. */
    static final class WrongType extends JsonParseException {
        private final String path;

        WrongType(String path, String message) {
            super(message);
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    /** Parses a whole file into a tree, rejecting anything that is not strict JSON. */
    static JsonElement parse(CharBuffer content) throws MalformedJson {
        JsonReader reader = new JsonReader(new CharArrayReader(content.array(), content.arrayOffset() + content.position(),
                content.remaining()));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement root = GSON.getAdapter(JsonElement.class).read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedJson(position(reader), "unexpected content after the end of the JSON value");
            }
            return root;
        } catch (IOException | RuntimeException e) {
            throw malformed(e, content);
        }
    }

    /**
     * Decodes {@code element} into {@code type}; a type mismatch comes back as {@link WrongType}
     * with the path inside {@code element}.
     */
    static <T> T decode(JsonElement element, Class<T> type) {
        try {
            return GSON.fromJson(element, type);
        } catch (WrongType e) {
            throw e;
        } catch (RuntimeException e) {
            throw wrongType(e);
        }
    }

    /** "text", "a number"… for a JSON value, as messages name it. */
    static String describe(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return "null";
        } else if (element.isJsonObject()) {
            return "an object";
        } else if (element.isJsonArray()) {
            return "a list";
        } else if (element.getAsJsonPrimitive().isNumber()) {
            return "the number " + element.getAsString();
        } else if (element.getAsJsonPrimitive().isBoolean()) {
            return element.getAsString();
        }
        return "the text \"" + element.getAsString() + "\"";
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case BEGIN_OBJECT -> "an object";
            case BEGIN_ARRAY -> "a list";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static MalformedJson malformed(Exception e, CharBuffer content) {
        String raw = firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        Matcher m = GSON_POSITION.matcher(raw);
        if (m.matches() && m.group(2) != null) {
            String where = "line " + m.group(2) + ", column " + m.group(3);
            return new MalformedJson(where, "not valid JSON: " + plain(m.group(1).trim()));
        }
        if (e instanceof EOFException || content.toString().isBlank()) {
            return new MalformedJson("", "not valid JSON: the file ends before the JSON value is complete");
        }
        return new MalformedJson("", "not valid JSON: " + lowerFirst(raw));
    }

    /** Gson's hint for programmers means, to a person editing the file, one of these. */
    private static String plain(String gsonMessage) {
        if (gsonMessage.contains("setStrictness") || gsonMessage.contains("setLenient")) {
            return "comments, single quotes, unquoted names and similar are not allowed in JSON";
        }
        return lowerFirst(gsonMessage);
    }

    private static WrongType wrongType(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String raw = firstLine(cause.getMessage() == null ? e.getMessage() : cause.getMessage());
        Matcher position = GSON_POSITION.matcher(raw);
        String path = "$";
        String text = raw;
        if (position.matches() && position.group(4) != null) {
            path = position.group(4);
            text = position.group(1).trim();
        }
        Matcher expected = GSON_EXPECTED.matcher(text);
        if (expected.find()) {
            text = "expected " + describe(JsonToken.valueOf(expected.group(1)))
                    + " but found " + describe(JsonToken.valueOf(expected.group(2)));
        }
        return new WrongType(path, text);
    }

    private static String position(JsonReader reader) {
        Matcher m = GSON_POSITION.matcher(reader.toString());
        return m.find() && m.group(2) != null ? "line " + m.group(2) + ", column " + m.group(3) : "";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static WrongType mismatch(JsonReader in, String expected, JsonToken found) throws IOException {
        String path = in.getPath();
        in.skipValue();
        return new WrongType(path, "expected " + expected + " but found " + describe(found));
    }

    /** Text only: Gson would otherwise turn numbers and booleans into text silently. */
    private static final class TextAdapter extends TypeAdapter<String> {
        @Override
        public String read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (token != JsonToken.STRING) {
                throw mismatch(in, "text", token);
            }
            return in.nextString();
        }

        @Override
        public void write(JsonWriter out, String value) throws IOException {
            out.value(value);
        }
    }

    /** Numbers only: Gson would otherwise accept "12" in quotes. */
    private static final class DoubleAdapter extends TypeAdapter<Double> {
        @Override
        public Double read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (token != JsonToken.NUMBER) {
                throw mismatch(in, "a number", token);
            }
            return in.nextDouble();
        }

        @Override
        public void write(JsonWriter out, Double value) throws IOException {
            out.value(value);
        }
    }

    private static final class LongAdapter extends TypeAdapter<Long> {
        @Override
        public Long read(JsonReader in) throws IOException {
            JsonToken token = in.peek();
            if (token != JsonToken.NUMBER) {
                throw mismatch(in, "a whole number", token);
            }
            String path = in.getPath();
            String literal = in.nextString();
            try {
                return new BigDecimal(literal).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new WrongType(path, "expected a whole number but found " + literal);
            }
        }

        @Override
        public void write(JsonWriter out, Long value) throws IOException {
            out.value(value);
        }
    }

    private static final class IntegerAdapter extends TypeAdapter<Integer> {
        private final LongAdapter longs = new LongAdapter();

        @Override
        public Integer read(JsonReader in) throws IOException {
            String path = in.getPath();
            long value = longs.read(in);
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new WrongType(path, "the number " + value + " is too large");
            }
            return (int) value;
        }

        @Override
        public void write(JsonWriter out, Integer value) throws IOException {
            out.value(value);
        }
    }
}

package org.careerexplorer.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import java.io.IOException;

/**
 * How the data and locale files are read and written: strict JSON through one Jackson mapper. Jackson
 * refuses comments, single quotes, unquoted names, trailing commas and NaN by default; duplicate
 * names and anything after the root value are refused here too.
 */
final class JsonFormat {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // The schema reports unknown fields (as warnings); binding then ignores them.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Absent optional fields are left out of the files, not written as null.
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** The mapper without duplicate detection, to tell a duplicate name from other mistakes; made when first needed. */
    static final class LenientOnDuplicates {
        static final JsonMapper MAPPER = JsonFormat.MAPPER.rebuild()
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();

        private LenientOnDuplicates() {
        }
    }

    private JsonFormat() {
    }

    /**
     * Parses {@code length} characters from {@code offset} into a tree whose nodes carry their line
     * and column (see {@link JsonDocument#position}); {@link MissingNode} for a text without a value.
     */
    static JsonNode parse(JsonMapper mapper, char[] content, int offset, int length) throws IOException {
        try (JsonParser parser = mapper.createParser(content, offset, length)) {
            JsonNode root = mapper.reader(new LocationJsonNodeFactory(parser)).readTree(parser);
            return root == null ? MissingNode.getInstance() : root;
        }
    }
}

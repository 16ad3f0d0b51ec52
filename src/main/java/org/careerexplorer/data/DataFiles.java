package org.careerexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Where the data and locale files are read from: the bundled resources, or a folder being validated. */
@FunctionalInterface
public interface DataFiles {

    /** The raw bytes of {@code relativePath} (e.g. {@code data/occupations.json}), or empty if there is no such file. */
    Optional<byte[]> read(String relativePath) throws IOException;

    /** A short description for messages, e.g. the folder's path. */
    default String describe() {
        return "bundled data";
    }

    /** The files bundled with the app, at the classpath root. */
    static DataFiles bundled() {
        return relativePath -> {
            try (InputStream in = DataFiles.class.getResourceAsStream("/" + relativePath)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        };
    }

    /** The files below {@code root}, for example the project's {@code resources} folder. */
    static DataFiles directory(Path root) {
        return new DataFiles() {
            @Override
            public Optional<byte[]> read(String relativePath) throws IOException {
                try {
                    return Optional.of(Files.readAllBytes(root.resolve(relativePath)));
                } catch (NoSuchFileException e) {
                    return Optional.empty();
                }
            }

            @Override
            public String describe() {
                return root.toString();
            }
        };
    }

    /** Decodes UTF-8 strictly, so that a file saved in another encoding is reported rather than garbled. */
    static CharBuffer decodeUtf8(byte[] bytes) throws CharacterCodingException {
        // The characters go to the JSON reader as they are: a String in between would copy them twice.
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
    }
}

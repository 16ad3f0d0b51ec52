package org.careerexplorer.data;

import com.networknt.schema.JsonNodePath;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * The part of the occupations file that an error takes down, and what the message says was done:
 * the innermost part marked {@link OnError} around the error's path. So a bad wage figure skips its
 * observation, a bad occupation code the occupation, and an error outside every marked part the file.
 *
 * @param path        the part's path: {@code $.occupations[3].wages[0]}
 * @param consequence what is done with it: {@code observation skipped}
 */
record SkipUnit(JsonNodePath path, String consequence) {

    static final SkipUnit FILE = new SkipUnit(JsonDocument.ROOT, "no occupations loaded");

    /** The part that an error about the value at {@code subject} takes down. */
    static SkipUnit of(JsonNodePath subject) {
        SkipUnit unit = FILE;
        Class<?> type = OccupationsFile.class;
        JsonNodePath path = JsonDocument.ROOT;
        for (int i = 0; i < subject.getNameCount() && type != null; i++) {
            RecordComponent component = componentNamed(type, subject.getElement(i));
            if (component == null) {
                break; // not a field of the format: only ever reported as unknown, and ignored
            }
            path = path.append(component.getName());
            OnError onError = component.getAnnotation(OnError.class);
            type = component.getType();
            if (type == List.class) {
                type = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                if (i + 1 < subject.getNameCount() && subject.getElement(i + 1) instanceof Integer index) {
                    path = path.append(index);
                    i++;
                    unit = onError == null ? unit : new SkipUnit(path, onError.value());
                } else {
                    unit = onError == null ? unit : new SkipUnit(path, onError.whole());
                }
            } else if (onError != null) {
                unit = new SkipUnit(path, onError.value());
            }
            type = type.isRecord() ? type : null;
        }
        return unit;
    }

    private static RecordComponent componentNamed(Class<?> record, Object name) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }
}

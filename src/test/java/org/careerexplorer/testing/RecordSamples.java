package org.careerexplorer.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Instances of a record made from candidate values per component type, every combination: for tests
 * that go over every kind of a sealed family, so that a kind added later is tested too.
 */
public final class RecordSamples {

    private RecordSamples() {
    }

    /**
     * Every combination of {@code candidates} for the components of {@code type}; enum components take
     * each of their constants unless candidates are given.
     */
    public static List<Object> of(Class<?> type, Map<Class<?>, List<?>> candidates) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        List<List<Object>> combinations = new ArrayList<>(List.of(List.of()));
        for (RecordComponent component : components) {
            List<?> values = candidates.getOrDefault(component.getType(), component.getType().isEnum()
                    ? List.of(component.getType().getEnumConstants()) : null);
            if (values == null) {
                throw new IllegalArgumentException("no candidate values for " + component.getType() + " of " + type);
            }
            List<List<Object>> longer = new ArrayList<>();
            for (List<Object> start : combinations) {
                for (Object value : values) {
                    List<Object> next = new ArrayList<>(start);
                    next.add(value);
                    longer.add(next);
                }
            }
            combinations = longer;
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        List<Object> instances = new ArrayList<>();
        for (List<Object> arguments : combinations) {
            try {
                instances.add(type.getDeclaredConstructor(types).newInstance(arguments.toArray()));
            } catch (InvocationTargetException e) {
                // the record refuses these values: not a sample
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return instances;
    }
}

package org.careerexplorer.data;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.function.Function;

/**
 * A record accessor such as {@code OccupationsFile.Wage::hourly}, by which a message's JSON path names
 * a field of the file: the name is the record component's, so no field name is spelled twice.
 */
@FunctionalInterface
interface FieldName<R> extends Function<R, Object>, Serializable {

    /** The accessor's name, which is the field's name in the file. */
    default String name() {
        try {
            // A serializable method reference describes itself, naming the method it refers to.
            Method writeReplace = getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            return ((SerializedLambda) writeReplace.invoke(this)).getImplMethodName();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("not a method reference to an accessor", e);
        }
    }

    static <R> String of(FieldName<R> accessor) {
        return accessor.name();
    }
}

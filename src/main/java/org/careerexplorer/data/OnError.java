package org.careerexplorer.data;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of the occupations file as a part that an error takes down on its own, and says what
 * is done then, e.g. "observation skipped". An error anywhere inside a part takes down the innermost
 * marked part around it; see {@link SkipUnit}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
@interface OnError {

    /** What is done with the part; for a list, with the one element that has the error. */
    String value();

    /** For a list: what is done when the list itself is wrong or missing. */
    String whole() default "ignored";
}

package org.careerexplorer.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The occupation's high-point interests in Holland's RIASEC model, strongest first, e.g. "ECS".
 */
public record HollandCode(String code, Source source) {

    private static final Pattern RIASEC = Pattern.compile("(?!.*(.).*\\1)[RIASEC]{1,3}");

    public HollandCode {
        Objects.requireNonNull(source, "source");
        if (!isValid(code)) {
            throw new IllegalArgumentException("not a Holland code: " + code);
        }
    }

    /** One to three distinct letters of R, I, A, S, E, C. */
    public static boolean isValid(String code) {
        return code != null && RIASEC.matcher(code).matches();
    }
}

package org.careerexplorer.model;

import java.util.Objects;

/**
 * Narrows occupations down by the education they typically need.
 *
 * @param level the chosen level
 * @param mode  {@link Mode#EXACTLY} that level, or {@link Mode#UP_TO} it: everything a person with
 *              that education can start in
 */
public record EducationFilter(EducationLevel level, Mode mode) {

    public enum Mode implements JsonId {
        EXACTLY("exactly"),
        UP_TO("up-to");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    public EducationFilter {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(mode, "mode");
    }

    /** Occupations without a known education level match no education filter. */
    public boolean accepts(Occupation occupation) {
        return occupation.typicalEducation().map(e -> accepts(e.level())).orElse(false);
    }

    /** True if an occupation that typically needs {@code needed} passes the filter. */
    public boolean accepts(EducationLevel needed) {
        return mode == Mode.EXACTLY ? needed == level : needed.isReachedWith(level);
    }
}

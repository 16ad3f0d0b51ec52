package org.careerexplorer.model;

/**
 * Typical entry-level education, on the ordered scale of the BLS Employment Projections.
 * Declaration order is the order of the scale: a later constant needs more education.
 */
public enum EducationLevel implements JsonId {
    NO_FORMAL_CREDENTIAL("no-formal-credential"),
    HIGH_SCHOOL("high-school"),
    POSTSECONDARY_NONDEGREE("postsecondary-nondegree"),
    SOME_COLLEGE("some-college"),
    ASSOCIATE("associate"),
    BACHELOR("bachelor"),
    MASTER("master"),
    DOCTORAL_OR_PROFESSIONAL("doctoral-or-professional");

    private final String id;

    EducationLevel(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** True if a person with {@code attained} education meets this requirement. */
    public boolean isReachedWith(EducationLevel attained) {
        return compareTo(attained) <= 0;
    }
}

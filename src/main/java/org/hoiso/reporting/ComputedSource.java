package org.hoiso.reporting;

/**
 * Where a computed indicator's value comes from (nguồn số liệu), named on the report page so the officer
 * knows which book to correct when a number is wrong. Computed keys are named by the module that answers
 * them ({@code members.…}, {@code activity.…}, {@code skills.help.…}, {@code skills.…}); the first prefix
 * that matches wins.
 */
public enum ComputedSource {

    /** The member registry (sổ hội viên). */
    REGISTRY("members."),
    /** The branches' activities and attendance (sinh hoạt chi hội). */
    ACTIVITIES("activity."),
    /** The digital help log (nhật ký hỗ trợ số); before {@link #LESSONS}, whose prefix is shorter. */
    HELP_LOG("skills.help."),
    /** Lessons and certificates (Bình dân học vụ số). */
    LESSONS("skills."),
    /** A key of a module not named here. */
    OTHER("");

    private final String prefix;

    ComputedSource(String prefix) {
        this.prefix = prefix;
    }

    /** The source of a computed key; {@link #OTHER} for none or an unknown one. */
    public static ComputedSource of(String computedKey) {
        if (computedKey == null) {
            return OTHER;
        }
        for (ComputedSource s : values()) {
            if (s != OTHER && computedKey.startsWith(s.prefix)) {
                return s;
            }
        }
        return OTHER;
    }

    /** The message code of the source's name. */
    public String messageCode() {
        return "report.source." + name();
    }
}

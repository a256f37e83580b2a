package org.hoiso.reporting;

/** How often a form is filled. The ISO 8601 duration is what ADX writes after the period's start. */
public enum Periodicity {
    MONTHLY(1, "P1M"), QUARTERLY(3, "P3M"), SIX_MONTHLY(6, "P6M"), YEARLY(12, "P1Y");

    private final int months;
    private final String isoDuration;

    Periodicity(int months, String isoDuration) {
        this.months = months;
        this.isoDuration = isoDuration;
    }

    public int months() {
        return months;
    }

    public String isoDuration() {
        return isoDuration;
    }

    public static Periodicity ofIsoDuration(String duration) {
        for (Periodicity p : values()) {
            if (p.isoDuration.equals(duration)) {
                return p;
            }
        }
        // DHIS2 also writes the six months and the quarter as P6M/P3M, and a year as P12M.
        if ("P12M".equals(duration)) {
            return YEARLY;
        }
        throw new IllegalArgumentException("unsupported period duration: " + duration);
    }
}

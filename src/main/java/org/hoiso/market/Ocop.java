package org.hoiso.market;

import java.time.LocalDate;

/**
 * An OCOP rating (One Commune One Product, Decision 148/QĐ-TTg of 2023): 3, 4 or 5 stars, the decision that
 * granted it, its date and issuing authority (a province's or the Prime Minister's), valid three years: through
 * the day before the decision's third anniversary.
 */
public record Ocop(int stars, String decision, LocalDate date, String authority, LocalDate expires) {

    public static final int VALID_YEARS = 3;

    static LocalDate expiryOf(LocalDate decided) {
        return decided.plusYears(VALID_YEARS).minusDays(1);
    }

    /** Whether the rating is in force on that day (shown as a badge, counted in reports). */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(date) && !day.isAfter(expires);
    }
}

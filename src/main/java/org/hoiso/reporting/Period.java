package org.hoiso.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a periodicity and the first day of the period, aligned on the calendar (a quarter
 * starts in January, April, July or October; a six-month period in January or July).
 *
 * <p>Two spellings are read and written: the short code used in URLs, files and the API
 * ({@code 2025-03}, {@code 2025Q1}, {@code 2025S2}, {@code 2025}) and the ISO 8601 interval that ADX
 * uses ({@code 2025-03-01/P1M}, {@code 2025-01-01/P3M}, {@code 2025-07-01/P6M}, {@code 2025-01-01/P1Y}).
 */
public record Period(Periodicity periodicity, LocalDate start) implements Comparable<Period> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})S([12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})/(P\\d+[MY])");

    public Period {
        Objects.requireNonNull(periodicity, "periodicity");
        Objects.requireNonNull(start, "start");
        if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % periodicity.months() != 0) {
            throw new IllegalArgumentException(start + " does not start a " + periodicity + " period");
        }
    }

    /** The period of the given periodicity that contains the date. */
    public static Period containing(Periodicity periodicity, LocalDate date) {
        int month0 = (date.getMonthValue() - 1) / periodicity.months() * periodicity.months();
        return new Period(periodicity, LocalDate.of(date.getYear(), month0 + 1, 1));
    }

    /** Reads a short code or an ISO interval; {@link IllegalArgumentException} with the text otherwise. */
    public static Period parse(String text) {
        String s = text == null ? "" : text.strip();
        try {
            Matcher m;
            if ((m = MONTH.matcher(s)).matches()) {
                int month = Integer.parseInt(m.group(2));
                if (month >= 1 && month <= 12) {
                    return new Period(Periodicity.MONTHLY, LocalDate.of(Integer.parseInt(m.group(1)), month, 1));
                }
            } else if ((m = QUARTER.matcher(s)).matches()) {
                int q = Integer.parseInt(m.group(2));
                return new Period(Periodicity.QUARTERLY, LocalDate.of(Integer.parseInt(m.group(1)), (q - 1) * 3 + 1, 1));
            } else if ((m = HALF.matcher(s)).matches()) {
                int h = Integer.parseInt(m.group(2));
                return new Period(Periodicity.SIX_MONTHLY, LocalDate.of(Integer.parseInt(m.group(1)), (h - 1) * 6 + 1, 1));
            } else if ((m = YEAR.matcher(s)).matches()) {
                return new Period(Periodicity.YEARLY, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
            } else if ((m = ISO.matcher(s)).matches()) {
                return new Period(Periodicity.ofIsoDuration(m.group(2)), LocalDate.parse(m.group(1)));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a period: " + text, e);
        }
        throw new IllegalArgumentException("not a period: " + text);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return start.plusMonths(periodicity.months()).minusDays(1);
    }

    public Period next() {
        return new Period(periodicity, start.plusMonths(periodicity.months()));
    }

    public Period previous() {
        return new Period(periodicity, start.minusMonths(periodicity.months()));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }

    /** Short code: {@code 2025-03}, {@code 2025Q1}, {@code 2025S2}, {@code 2025}. */
    public String code() {
        int y = start.getYear();
        return switch (periodicity) {
            case MONTHLY -> String.format("%04d-%02d", y, start.getMonthValue());
            case QUARTERLY -> y + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case SIX_MONTHLY -> y + "S" + ((start.getMonthValue() - 1) / 6 + 1);
            case YEARLY -> String.valueOf(y);
        };
    }

    /** The ISO 8601 interval ADX writes: {@code 2025-07-01/P6M}. */
    public String iso() {
        return start + "/" + periodicity.isoDuration();
    }

    /** The number within the year (month 1–12, quarter 1–4, half 1–2, 1 for a year), for labels. */
    public int index() {
        return (start.getMonthValue() - 1) / periodicity.months() + 1;
    }

    @Override
    public int compareTo(Period o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : Integer.compare(periodicity.months(), o.periodicity.months());
    }

    @Override
    public String toString() {
        return code();
    }
}

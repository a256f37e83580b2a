package org.hoiso.tables;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

/** How the value of a numeric XLSX cell reads as text, the way Excel shows it to the officer. */
final class ExcelValues {

    /** Excel shows at most 15 significant digits. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    /** Beyond this power of ten a number is shown as stored rather than spelt out digit by digit. */
    private static final int MAX_PLAIN_EXPONENT = 100;
    /** The last day Excel knows: 9999-12-31. */
    private static final double MAX_SERIAL = 2_958_466;
    private static final long DAY_SECONDS = 86_400;

    private ExcelValues() {
    }

    /**
     * A stored number as plain decimal text: no exponent, no trailing zeros, 15 significant digits
     * ({@code 1.305012345E9} → {@code 1305012345}, {@code 44927.0} → {@code 44927}). Text that is
     * not a number, or a number too large to spell out, is returned as it is.
     */
    static String plain(String raw) {
        String value = raw.trim();
        if (isShortInteger(value)) {
            return value;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            return raw;
        }
        if (number.signum() == 0) {
            return "0";
        }
        long exponent = (long) number.precision() - number.scale() - 1;
        if (Math.abs(exponent) > MAX_PLAIN_EXPONENT) {
            return raw;
        }
        return number.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    /**
     * A serial date (days since 1900-01-00, or 1904-01-01) as ISO text: {@code 2024-01-05} for a
     * date, {@code 2024-01-05 07:30} for a date with a time of day, {@code 07:30} for a time; a
     * number outside Excel's dates is returned as {@link #plain} text.
     */
    static String dateTime(String raw, XlsxStyles.Kind kind, boolean date1904) {
        double serial;
        try {
            serial = Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            return raw;
        }
        if (!(serial >= 0 && serial < MAX_SERIAL)) {
            return plain(raw);
        }
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * DAY_SECONDS);
        if (seconds >= DAY_SECONDS) {
            days++;
            seconds = 0;
        }
        LocalTime time = LocalTime.ofSecondOfDay(seconds);
        String clock = time.getSecond() == 0
                ? String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute())
                : time.toString();
        if (kind == XlsxStyles.Kind.TIME) {
            return clock;
        }
        String date = toDate(days, date1904).toString();
        return kind == XlsxStyles.Kind.DATE_TIME && seconds != 0 ? date + " " + clock : date;
    }

    /**
     * The day of an Excel serial number. In the 1900 system Excel counts a 29 February 1900 that
     * never was, so serials from 61 on are one day ahead.
     */
    static LocalDate toDate(long days, boolean date1904) {
        if (date1904) {
            return LocalDate.of(1904, 1, 1).plusDays(days);
        }
        return days < 61 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
    }

    private static boolean isShortInteger(String value) {
        int start = value.startsWith("-") ? 1 : 0;
        int length = value.length() - start;
        if (length < 1 || length > 15 || (value.charAt(start) == '0' && length > 1)) {
            return false;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !value.equals("-0");
    }
}

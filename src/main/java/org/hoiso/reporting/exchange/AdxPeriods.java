package org.hoiso.reporting.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoiso.reporting.Period;

/**
 * The period spellings an ADX group may use. Besides hoiso's own (ISO {@code start/duration} and the
 * short codes) the SDMX reporting periods {@code 2025-A1}, {@code 2025-S1}, {@code 2025-Q2},
 * {@code 2025-M03} are read. Valid ADX periods hoiso has no periodicity for (weeks, days,
 * trimesters, two months, a financial year not starting in January, an instant) are told apart
 * from text that is no period at all, so the sender learns which of the two to fix.
 */
final class AdxPeriods {

    private static final Pattern SDMX = Pattern.compile("(\\d{4})-([ASQM])(\\d{1,2})");
    private static final Pattern SDMX_OTHER = Pattern.compile("\\d{4}-(W\\d{1,2}|D\\d{1,3}|T[1-3]|B[1-6])");
    private static final Pattern ISO_OTHER = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?"
                    + "(/P(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?)?");

    /** Not a period hoiso can take; {@link #supported} says whether ADX would. */
    static final class Unreadable extends Exception {
        final boolean supported;

        Unreadable(boolean supported) {
            super(null, null, false, false);
            this.supported = supported;
        }
    }

    private AdxPeriods() {
    }

    static Period parse(String text) throws Unreadable {
        String s = text.strip();
        Matcher m = SDMX.matcher(s);
        if (m.matches()) {
            String code = switch (m.group(2)) {
                case "A" -> "1".equals(m.group(3)) ? m.group(1) : null;
                case "S" -> m.group(1) + "S" + m.group(3);
                case "Q" -> m.group(1) + "Q" + m.group(3);
                default -> m.group(3).length() == 2 ? m.group(1) + "-" + m.group(3) : null;
            };
            return parseOwn(code, false);
        }
        if (SDMX_OTHER.matcher(s).matches()) {
            throw new Unreadable(true);
        }
        try {
            return Period.parse(s);
        } catch (IllegalArgumentException e) {
            throw new Unreadable(isOtherIso(s));
        }
    }

    private static Period parseOwn(String code, boolean adxValid) throws Unreadable {
        if (code == null) {
            throw new Unreadable(adxValid);
        }
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException e) {
            throw new Unreadable(adxValid);
        }
    }

    private static boolean isOtherIso(String s) {
        Matcher m = ISO_OTHER.matcher(s);
        if (!m.matches() || "/P".equals(m.group(6)) || (m.group(6) != null && m.group(6).endsWith("T"))) {
            return false;
        }
        try {
            LocalDate.parse(m.group(1));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

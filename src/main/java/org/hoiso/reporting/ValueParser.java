package org.hoiso.reporting;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hoiso.platform.web.FieldProblem;

/**
 * Turns what an officer typed (or a file held) into a value of the indicator's type. Vietnamese writes
 * {@code 1.234,5}; partner files write {@code 1234.5}; both are read. A dot followed by exactly three
 * digits in groups ({@code 1.234}, {@code 12.345.678}) is a thousands separator, since no count has a
 * decimal part of exactly three digits that an officer would type with a dot.
 */
final class ValueParser {

    static final int MAX_TEXT = 4000;
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern VI_DECIMAL = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*,\\d+|-?\\d+,\\d+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX = new BigDecimal("1e15");

    private ValueParser() {
    }

    /**
     * A value from a partner file: numbers only as plain decimals with a dot ({@code 1.234} is one point
     * two three four here, not a thousand), yes/no as true/false or 1/0.
     */
    static Result parsePlain(String field, ValueType type, String raw) {
        String s = raw == null ? "" : raw.strip();
        if (type.numeric() && type != ValueType.BOOLEAN && !s.isEmpty() && !PLAIN.matcher(s).matches()) {
            return problem(field, "report.value.notNumber");
        }
        return parse(field, type, s.isEmpty() ? raw : (type == ValueType.TEXT ? raw : s), true);
    }

    static Result parse(String field, ValueType type, String raw) {
        return parse(field, type, raw, false);
    }

    private static Result parse(String field, ValueType type, String raw, boolean plain) {
        String s = raw == null ? "" : raw.strip().replace('\u00a0', ' ').replace(" ", "");
        if (s.isEmpty()) {
            return new Result(null, null);
        }
        return switch (type) {
            case TEXT -> raw.strip().length() > MAX_TEXT
                    ? problem(field, "report.value.tooLong", MAX_TEXT)
                    : new Result(Value.text(raw.strip()), null);
            case BOOLEAN -> yesNo(s).map(b -> new Result(Value.of(b ? BigDecimal.ONE : BigDecimal.ZERO), null))
                    .orElseGet(() -> problem(field, "report.value.notYesNo"));
            default -> plain ? checked(field, type, new BigDecimal(s)) : number(field, type, s);
        };
    }

    private static Result number(String field, ValueType type, String s) {
        BigDecimal n;
        if (GROUPED.matcher(s).matches()) {
            n = new BigDecimal(s.replace(".", ""));
        } else if (VI_DECIMAL.matcher(s).matches()) {
            n = new BigDecimal(s.replace(".", "").replace(',', '.'));
        } else if (PLAIN.matcher(s).matches()) {
            n = new BigDecimal(s);
        } else {
            return problem(field, "report.value.notNumber");
        }
        return checked(field, type, n);
    }

    private static Result checked(String field, ValueType type, BigDecimal n) {
        if (n.signum() < 0) {
            return problem(field, "report.value.negative");
        }
        if (n.compareTo(MAX) >= 0) {
            return problem(field, "report.value.tooLarge");
        }
        if (type == ValueType.INTEGER && n.stripTrailingZeros().scale() > 0) {
            return problem(field, "report.value.notInteger");
        }
        if (type == ValueType.PERCENTAGE && n.compareTo(HUNDRED) > 0) {
            return problem(field, "report.value.percentRange");
        }
        if (n.stripTrailingZeros().scale() > 4) {
            return problem(field, "report.value.tooPrecise");
        }
        return new Result(Value.of(n.stripTrailingZeros().scale() < 0 ? n.setScale(0) : n.stripTrailingZeros()), null);
    }

    private static Optional<Boolean> yesNo(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "y", "có", "co", "x" -> Optional.of(true);
            case "0", "false", "no", "n", "không", "khong" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Result problem(String field, String code, Object... args) {
        return new Result(null, FieldProblem.of(field, code, args));
    }

    record Result(Value value, FieldProblem problem) {
    }
}

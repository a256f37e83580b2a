package org.hoiso.reporting.exchange;

import java.util.function.Function;

/**
 * What an indicator's value is (kiểu chỉ tiêu), as far as a file format needs to know: ADX carries only
 * decimals in {@code value}, so a yes/no travels as 1/0 and a text in an {@code <annotation>}, and only
 * the indicator's kind tells a reader how to take them back.
 */
public enum ValueKind {
    NUMBER, YES_NO, TEXT;

    /** Every indicator a number: what a reader assumes of a partner file it knows nothing about. */
    public static Function<String, ValueKind> allNumbers() {
        return indicator -> NUMBER;
    }
}

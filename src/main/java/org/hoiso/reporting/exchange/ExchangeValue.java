package org.hoiso.reporting.exchange;

/**
 * One value. A disaggregated indicator has one value per category of its dimension.
 *
 * @param indicatorCode the indicator (ADX {@code dataElement})
 * @param dimension     the disaggregation dimension's code, e.g. {@code AGE_BAND}; null when not disaggregated
 * @param category      the category's code within the dimension, e.g. {@code 18_35}; null when not disaggregated
 * @param value         the value as text: plain decimal with a dot ({@code 12}, {@code 45.5}), {@code true}/{@code false}
 *                      for yes/no, free text for text indicators
 * @param row           where it was read (line of a CSV, row of a sheet, 1-based index of an ADX dataValue or JSON
 *                      value), for error messages; 0 when the value was not read from a file
 */
public record ExchangeValue(String indicatorCode, String dimension, String category, String value, long row) {

    public ExchangeValue(String indicatorCode, String dimension, String category, String value) {
        this(indicatorCode, dimension, category, value, 0);
    }
}

package org.hoiso.reporting.exchange;

/**
 * One printed line of a report: an indicator, or one category of a disaggregated indicator.
 *
 * @param section  the section heading it falls under (a heading row is printed when it changes); may be null
 * @param code     the indicator's code
 * @param name     the indicator's name
 * @param category the category's name, or null
 * @param value    the value as it is to be read, or null when not filled
 * @param note     a remark printed small under the name, or null
 */
public record PrintableLine(String section, String code, String name, String category, String value, String note) {
}

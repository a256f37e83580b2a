package org.hoiso.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A report form (biểu mẫu báo cáo): the indicators a unit of one level fills every period, the deadline,
 * and the rules between fields.
 */
public record Form(long id, String code, String nameVi, String nameEn, Periodicity periodicity, String levelCode,
        int deadlineDays, LocalDate firstPeriod, boolean active, List<Item> items, List<Rule> rules) {

    /** One indicator on the form, in its section and place. */
    public record Item(Indicator indicator, int position, String sectionVi, String sectionEn, boolean required) {
        public String section(Locale locale) {
            return Localized.pick(locale, sectionVi, sectionEn);
        }
    }

    /** {@code left op right}, right being another indicator of the form or a constant. */
    public record Rule(long id, String leftCode, String op, String rightCode, BigDecimal rightValue,
            String messageVi, String messageEn) {
        public String message(Locale locale) {
            return Localized.pick(locale, messageVi, messageEn);
        }

        public boolean holds(BigDecimal left, BigDecimal right) {
            int c = left.compareTo(right);
            return switch (op) {
                case "<=" -> c <= 0;
                case "<" -> c < 0;
                case ">=" -> c >= 0;
                case ">" -> c > 0;
                case "=" -> c == 0;
                default -> throw new IllegalStateException("unknown operator " + op);
            };
        }
    }

    public Form {
        items = List.copyOf(items);
        rules = List.copyOf(rules);
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameVi, nameEn);
    }

    public Optional<Item> item(String indicatorCode) {
        return items.stream().filter(i -> i.indicator().code().equals(indicatorCode)).findFirst();
    }

    /** The day the report of that period is due. */
    public LocalDate dueOn(Period period) {
        return period.end().plusDays(deadlineDays);
    }
}

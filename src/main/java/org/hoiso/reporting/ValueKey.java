package org.hoiso.reporting;

/**
 * Which value of a report: an indicator and, for a disaggregated one, a category ('' otherwise). The
 * field name on pages and in the API is {@code CODE} or {@code CODE.CATEGORY}.
 */
public record ValueKey(String indicatorCode, String category) {

    public ValueKey {
        category = category == null ? "" : category;
    }

    public static ValueKey of(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? new ValueKey(field, "") : new ValueKey(field.substring(0, dot), field.substring(dot + 1));
    }

    public String field() {
        return category.isEmpty() ? indicatorCode : indicatorCode + "." + category;
    }
}

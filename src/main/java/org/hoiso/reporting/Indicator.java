package org.hoiso.reporting;

import java.util.Locale;

/**
 * An indicator (chỉ tiêu): defined once, used by forms, aggregated up the tree. A computed indicator is
 * calculated from the registry by the definition its {@code computedKey} names, never typed. A sensitive one
 * (cases of violence, …) shows its small values as "&lt;5" wherever it leaves its owners ({@link SmallNumbers}).
 */
public record Indicator(long id, String code, String nameVi, String nameEn, String descriptionVi, String descriptionEn,
        ValueType valueType, Aggregation aggregation, String dimensionCode, String computedKey,
        String unitVi, String unitEn, boolean sensitive) {

    /** An indicator that is not sensitive. */
    public Indicator(long id, String code, String nameVi, String nameEn, String descriptionVi, String descriptionEn,
            ValueType valueType, Aggregation aggregation, String dimensionCode, String computedKey, String unitVi,
            String unitEn) {
        this(id, code, nameVi, nameEn, descriptionVi, descriptionEn, valueType, aggregation, dimensionCode, computedKey, unitVi,
                unitEn, false);
    }

    public boolean computed() {
        return computedKey != null;
    }

    public boolean disaggregated() {
        return dimensionCode != null;
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameVi, nameEn);
    }

    public String description(Locale locale) {
        return Localized.pick(locale, descriptionVi, descriptionEn);
    }

    public String unit(Locale locale) {
        return Localized.pick(locale, unitVi, unitEn);
    }
}

package org.hoiso.reporting;

import java.util.List;
import java.util.Locale;

/** A disaggregation (phân tổ), e.g. age band, with its categories in display order. */
public record Dimension(String code, String nameVi, String nameEn, List<Category> categories) {

    public record Category(String code, String nameVi, String nameEn) {
        public String name(Locale locale) {
            return Localized.pick(locale, nameVi, nameEn);
        }
    }

    public Dimension {
        categories = List.copyOf(categories);
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameVi, nameEn);
    }

    public boolean has(String categoryCode) {
        return categories.stream().anyMatch(c -> c.code().equals(categoryCode));
    }
}

package org.hoiso.market;

import java.util.Locale;

/** One variant of a product (loại): its names, price in whole dong and stock (null when made to order). */
public record Variant(long id, int position, String nameVi, String nameEn, long price, Integer stock) {

    /** Its name in the language asked, Vietnamese when there is no English; null for the only, unnamed variant. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }

    public boolean available() {
        return stock == null || stock > 0;
    }
}

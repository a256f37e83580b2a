package org.hoiso.market;

import java.util.Locale;

/** A listed product as the catalogue shows it in a list: no more than a phone needs. ocopStars only while valid. */
public record ProductCard(long id, long shopId, String shopName, String nameVi, String nameEn, String unitVi, String unitEn,
        long price, Integer ocopStars, boolean madeToOrder, String communeName, String provinceName, Long photoId) {

    public String name(Locale locale) {
        return Product.english(locale) && nameEn != null ? nameEn : nameVi;
    }

    public String unit(Locale locale) {
        return Product.english(locale) && unitEn != null ? unitEn : unitVi;
    }
}

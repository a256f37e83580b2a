package org.hoiso.market;

/**
 * A search of the public catalogue as a visitor asks it: words (without diacritics or with, Vietnamese or English),
 * province and commune by their official codes, category, at least that many OCOP stars, a price range in dong,
 * a commune the shop must deliver to (by code), and the last product id of the previous page.
 */
public record CatalogueQuery(String q, String province, String commune, Category category, Integer ocop, Long minPrice,
        Long maxPrice, String deliversTo, Long after) {

    public static CatalogueQuery all() {
        return new CatalogueQuery(null, null, null, null, null, null, null, null, null);
    }

    /** The same search from its first page. */
    public CatalogueQuery firstPage() {
        return new CatalogueQuery(q, province, commune, category, ocop, minPrice, maxPrice, deliversTo, null);
    }
}

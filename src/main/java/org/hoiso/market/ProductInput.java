package org.hoiso.market;

import java.util.List;

/**
 * A product as its seller types it (every number as text, so a price with decimals is refused by the rules, not
 * rounded by a parser): names, descriptions (safe markup) and units in Vietnamese and optional English, net
 * quantity, category, made to order or not, origin commune, lot, traceability link, OCOP rating, and its variants
 * (one without a name when there is only one).
 */
public record ProductInput(String nameVi, String nameEn, String descriptionVi, String descriptionEn, String unitVi,
        String unitEn, String netQuantity, String category, boolean madeToOrder, Long originUnitId, String lot,
        String traceUrl, OcopInput ocop, List<VariantInput> variants) {

    public ProductInput {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** An OCOP rating as typed: stars (3, 4 or 5), decision number, its date (dd/MM/yyyy or ISO), issuing authority. */
    public record OcopInput(String stars, String decision, String date, String authority) {

        boolean isBlank() {
            return blank(stars) && blank(decision) && blank(date) && blank(authority);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** One variant: its id when it exists already, names, price in whole dong, stock (ignored when made to order). */
    public record VariantInput(Long id, String nameVi, String nameEn, String price, String stock) {

        boolean isBlank() {
            return id == null && (nameVi == null || nameVi.isBlank()) && (nameEn == null || nameEn.isBlank())
                    && (price == null || price.isBlank()) && (stock == null || stock.isBlank());
        }
    }
}

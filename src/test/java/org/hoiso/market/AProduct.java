package org.hoiso.market;

import java.util.ArrayList;
import java.util.List;

/**
 * A product's input that passes the product rules unless a test says otherwise: fish sauce from Phan Thiết, in
 * Vietnamese and English, one variant at 120,000 dong with 20 in stock, no OCOP rating.
 */
final class AProduct {

    private String nameVi = "Nước mắm Phan Thiết";
    private String nameEn = "Phan Thiet fish sauce";
    private String descriptionVi = "Nước mắm **cá cơm** ủ chượp trong thùng gỗ.";
    private String descriptionEn = "Anchovy fish sauce aged in wooden barrels.";
    private String unitVi = "chai";
    private String unitEn = "bottle";
    private String net = "500 ml";
    private String category = "FOOD";
    private boolean madeToOrder;
    private String lot;
    private String trace;
    private ProductInput.OcopInput ocop;
    private List<ProductInput.VariantInput> variants = new ArrayList<>(
            List.of(new ProductInput.VariantInput(null, null, null, "120000", "20")));

    private AProduct() {
    }

    static AProduct valid() {
        return new AProduct();
    }

    AProduct named(String vi, String en) {
        this.nameVi = vi;
        this.nameEn = en;
        return this;
    }

    AProduct description(String vi, String en) {
        this.descriptionVi = vi;
        this.descriptionEn = en;
        return this;
    }

    AProduct unit(String vi, String en) {
        this.unitVi = vi;
        this.unitEn = en;
        return this;
    }

    AProduct category(String category) {
        this.category = category;
        return this;
    }

    /** One variant only, at that price and stock (texts as typed). */
    AProduct price(String price, String stock) {
        this.variants = new ArrayList<>(List.of(new ProductInput.VariantInput(null, null, null, price, stock)));
        return this;
    }

    AProduct variants(List<ProductInput.VariantInput> variants) {
        this.variants = new ArrayList<>(variants);
        return this;
    }

    AProduct madeToOrder() {
        this.madeToOrder = true;
        return this;
    }

    AProduct ocop(String stars, String decision, String date, String authority) {
        this.ocop = new ProductInput.OcopInput(stars, decision, date, authority);
        return this;
    }

    AProduct trace(String lot, String url) {
        this.lot = lot;
        this.trace = url;
        return this;
    }

    ProductInput input() {
        return new ProductInput(nameVi, nameEn, descriptionVi, descriptionEn, unitVi, unitEn, net, category, madeToOrder, null,
                lot,
                trace, ocop, variants);
    }
}

package org.hoiso.market;

/**
 * What a product is, in the six groups of the OCOP programme (Decision 148/QĐ-TTg of 2023) and "other":
 * names in the bundles as {@code market.category.<NAME>}.
 */
public enum Category {
    /** Thực phẩm: rice, fish sauce, dried fruit, cakes. */
    FOOD,
    /** Đồ uống: tea, coffee, rice wine. */
    DRINK,
    /** Thảo dược: herbal medicine, essential oils, cosmetics from herbs. */
    HERBAL,
    /** Vải và may mặc: brocade, silk, garments. */
    TEXTILE,
    /** Lưu niệm, nội thất, trang trí: crafts, rattan and bamboo, pottery. */
    CRAFT,
    /** Dịch vụ du lịch cộng đồng: homestays, village tours. */
    TOURISM,
    /** Anything else. */
    OTHER;

    /** The category of a code, or null when there is none. */
    static Category of(String code) {
        if (code == null) {
            return null;
        }
        for (Category c : values()) {
            if (c.name().equalsIgnoreCase(code.strip())) {
                return c;
            }
        }
        return null;
    }
}

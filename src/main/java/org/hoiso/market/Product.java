package org.hoiso.market;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hoiso.platform.text.SafeText;

/**
 * A product as stored (sản phẩm), with its active variants and its photos' ids. Texts come in the language asked,
 * falling back to Vietnamese where the seller wrote no English; {@link #englishCompleteness()} tells her how much
 * English it has.
 */
public record Product(long id, long shopId, String nameVi, String nameEn, String descriptionVi, String descriptionEn,
        String unitVi, String unitEn, String netQuantity, Category category, long price, boolean madeToOrder,
        Long originUnitId, String originName, String lot, String traceUrl, Ocop ocop, ListingStatus status,
        String statusReason, boolean listed, long communeId, long provinceId, OffsetDateTime createdAt, int version,
        List<Variant> variants, List<Long> photoIds) {

    public Product {
        variants = List.copyOf(variants);
        photoIds = List.copyOf(photoIds);
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    public String name(Locale locale) {
        return english(locale) && nameEn != null ? nameEn : nameVi;
    }

    public String unit(Locale locale) {
        return english(locale) && unitEn != null ? unitEn : unitVi;
    }

    public String description(Locale locale) {
        return english(locale) && descriptionEn != null ? descriptionEn : descriptionVi;
    }

    /** The description in the safe markup as HTML: everything typed is escaped first. */
    public String descriptionHtml(Locale locale) {
        String d = description(locale);
        return d == null ? "" : SafeText.toHtml(d);
    }

    /** Items in stock over all variants; null when made to order. */
    public Integer stock() {
        if (madeToOrder) {
            return null;
        }
        return variants.stream().mapToInt(v -> v.stock() == null ? 0 : v.stock()).sum();
    }

    public boolean available() {
        return variants.stream().anyMatch(Variant::available);
    }

    /** The OCOP rating when it is in force that day (the badge), else null. */
    public Ocop ocopOn(LocalDate day) {
        return ocop != null && ocop.validOn(day) ? ocop : null;
    }

    public Long firstPhoto() {
        return photoIds.isEmpty() ? null : photoIds.get(0);
    }

    /** The English texts it lacks, of those it could have: nameEn, unitEn, descriptionEn, variant names. */
    public List<String> missingEnglish() {
        List<String> missing = new ArrayList<>();
        if (nameEn == null) {
            missing.add("nameEn");
        }
        if (unitEn == null) {
            missing.add("unitEn");
        }
        if (descriptionVi != null && descriptionEn == null) {
            missing.add("descriptionEn");
        }
        for (Variant v : variants) {
            if (v.nameVi() != null && v.nameEn() == null) {
                missing.add("variant:" + v.id());
            }
        }
        return missing;
    }

    /** The share of the English texts it has, of those it could have (0–100). */
    public int englishCompleteness() {
        int expected = 2 + (descriptionVi != null ? 1 : 0) + (int) variants.stream().filter(v -> v.nameVi() != null).count();
        return (expected - missingEnglish().size()) * 100 / expected;
    }
}

package org.hoiso.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/** The market API's answers and requests: records, so that OpenAPI describes every field. */
final class ApiJson {

    private ApiJson() {
    }

    record Card(long id, long shopId, String shop, String name, String nameVi, String nameEn, String unit, long price,
            String currency, Integer ocopStars, boolean madeToOrder, String commune, String province, String photo, String url) {

        static Card of(ProductCard c, Locale locale, MarketLinks links) {
            String lang = StorefrontController.lang(locale);
            return new Card(c.id(), c.shopId(), c.shopName(), c.name(locale), c.nameVi(), c.nameEn(), c.unit(locale), c.price(),
                    "VND", c.ocopStars(), c.madeToOrder(), c.communeName(), c.provinceName(),
                    c.photoId() == null ? null : links.absolute(links.thumb(c.photoId())),
                    links.absolute(links.product(c.id(), lang)));
        }
    }

    record CataloguePage(List<Card> items, Long next) {
    }

    record OcopJson(int stars, String decision, LocalDate date, String authority, LocalDate expires, boolean valid) {

        static OcopJson of(Ocop o, LocalDate today) {
            return o == null
                    ? null
                    : new OcopJson(o.stars(), o.decision(), o.date(), o.authority(), o.expires(), o.validOn(today));
        }
    }

    record VariantJson(long id, String nameVi, String nameEn, long price, Integer stock, boolean available) {

        static VariantJson of(Variant v) {
            return new VariantJson(v.id(), v.nameVi(), v.nameEn(), v.price(), v.stock(), v.available());
        }
    }

    record ProductJson(long id, long shopId, String shop, String nameVi, String nameEn, String descriptionVi,
            String descriptionEn, String unitVi, String unitEn, String netQuantity, Category category, long price,
            String currency, boolean madeToOrder, String origin, String lot, String traceUrl, OcopJson ocop,
            List<VariantJson> variants, List<String> photos, String url) {

        static ProductJson of(Product p, String shop, Ocop validOcop, LocalDate today, Locale locale, MarketLinks links) {
            return new ProductJson(p.id(), p.shopId(), shop, p.nameVi(), p.nameEn(), p.descriptionVi(), p.descriptionEn(),
                    p.unitVi(), p.unitEn(), p.netQuantity(), p.category(), p.price(), "VND", p.madeToOrder(), p.originName(),
                    p.lot(), p.traceUrl(), OcopJson.of(validOcop, today), p.variants().stream().map(VariantJson::of).toList(),
                    p.photoIds().stream().map(id -> links.absolute(links.photo(id))).toList(),
                    links.absolute(links.product(p.id(), StorefrontController.lang(locale))));
        }
    }

    record Pickup(long id, String label) {
    }

    record ShopJson(long id, ShopKind kind, String name, String story, String commune, String province, String phone,
            List<String> deliversTo, List<Pickup> pickups, List<Card> products) {
    }

    record Bank(String bin, String shortName, String note) {
    }

    record BankList(String source, LocalDate asOf, List<Bank> banks) {
    }

    record BankListRequest(String source, LocalDate asOf, List<Bank> banks) {
    }

    record OrderLineRequest(Long variantId, BigDecimal quantity) {
    }

    record OrderRequest(List<OrderLineRequest> lines, String buyerName, String buyerPhone, String deliveryProvince,
            String deliveryCommune, Long pickupId, String address, String note) {
    }

    record Placed(String code, String key, long total, String currency, String vietqr, String url) {
    }

    record Line(long productId, long variantId, String name, int quantity, long unitPrice) {
    }

    record Step(OrderStatus status, boolean paid, String reason, OffsetDateTime at) {
    }

    /** An order as its buyer sees it: no one else's data, the account to pay and the VietQR text while unpaid. */
    record BuyerOrder(String code, OrderStatus status, boolean paid, long total, String currency, List<Line> lines,
            List<Step> steps, String shop, String bank, String account, String accountHolder, String vietqr) {

        static BuyerOrder of(Orders.ForBuyer b) {
            Order o = b.order();
            return new BuyerOrder(o.code(), o.status(), o.paid(), o.total(), "VND", ApiJson.lines(o),
                    o.events().stream().map(e -> new Step(e.status(), e.paid(), e.reason(), e.at())).toList(), o.shopName(),
                    b.bankName(), b.bankAccount(), b.accountHolder(), b.payload());
        }
    }

    record ReportRequest(ReportReason reason, String note) {
    }

    /** An order as the shop's managers see it (buyer masked in lists); steps with who took them. */
    record SellerOrder(long id, String code, OrderStatus status, boolean paid, long total, String buyerName, String buyerPhone,
            String delivery, String pickup, String address, String note, List<Line> lines, List<SellerStep> steps,
            List<OrderStep> openSteps, int version, OffsetDateTime createdAt) {

        static SellerOrder of(Order o) {
            return new SellerOrder(o.id(), o.code(), o.status(), o.paid(), o.total(), o.buyerName(), o.buyerPhone(),
                    o.deliveryName(), o.pickupLabel(), o.address(), o.note(), ApiJson.lines(o),
                    o.events().stream().map(e -> new SellerStep(e.status(), e.paid(), e.reason(), e.actor(), e.at())).toList(),
                    o.openSteps(), o.version(), o.createdAt());
        }
    }

    record SellerStep(OrderStatus status, boolean paid, String reason, String by, OffsetDateTime at) {
    }

    record StepRequest(OrderStep step, String reason, Integer version) {
    }

    static List<Line> lines(Order o) {
        return o.lines().stream().map(l -> new Line(l.productId(), l.variantId(), l.name(), l.quantity(), l.unitPrice()))
                .toList();
    }

    static String text(BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }
}

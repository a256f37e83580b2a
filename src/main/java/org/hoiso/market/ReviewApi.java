package org.hoiso.market;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Officers' reviews over HTTP: the queue of a subtree, a shop, approve, hide with a reason, close a report. No buyer's data. */
@RestController
@RequestMapping("/api/v1/market/review")
@Tag(name = "Market", description = "Chợ số: public catalogue, orders, sellers' shops, officers' reviews")
class ReviewApi {

    private final Reviews reviews;

    ReviewApi(Reviews reviews) {
        this.reviews = reviews;
    }

    record ShopItem(long id, String name, ShopKind kind, String unit, String commune, ListingStatus status, String statusReason) {

        static ShopItem of(Shop s) {
            return new ShopItem(s.id(), s.name(), s.kind(), s.unitName(), s.communeName(), s.status(), s.statusReason());
        }
    }

    record ProductItem(long id, long shopId, String nameVi, String nameEn, Category category, long price, Integer ocopStars,
            ListingStatus status, String statusReason) {

        static ProductItem of(Product p) {
            return new ProductItem(p.id(), p.shopId(), p.nameVi(), p.nameEn(), p.category(), p.price(),
                    p.ocop() == null ? null : p.ocop().stars(), p.status(), p.statusReason());
        }
    }

    record ReportItem(long id, long shopId, String shop, Long productId, String product, ReportReason reason, String note,
            OffsetDateTime createdAt, OffsetDateTime closedAt, String outcome) {

        static ReportItem of(ListingReportRepository.Row r) {
            return new ReportItem(r.id(), r.shopId(), r.shopName(), r.productId(), r.productName(), r.reason(), r.note(),
                    r.createdAt(), r.closedAt(), r.outcome());
        }
    }

    record QueueJson(long unitId, String unit, List<ShopItem> shops, List<ProductItem> products, List<ReportItem> reports) {
    }

    record ShopReviewJson(ShopItem shop, List<ProductItem> products, List<ReportItem> reports, boolean canDecide) {
    }

    record Reason(String reason) {
    }

    record Outcome(String outcome) {
    }

    record Status(ListingStatus status) {
    }

    record Closed(boolean closed) {
    }

    @GetMapping
    QueueJson queue(@RequestParam(required = false) Long unitId, Caller caller) {
        Reviews.Queue q = reviews.queue(caller, unitId);
        return new QueueJson(q.unitId(), q.unitName(), q.shops().stream().map(ShopItem::of).toList(),
                q.products().stream().map(ProductItem::of).toList(), q.reports().stream().map(ReportItem::of).toList());
    }

    @GetMapping("/shops/{id}")
    ShopReviewJson shop(@PathVariable long id, Caller caller) {
        Reviews.ShopReview r = reviews.shop(caller, id);
        return new ShopReviewJson(ShopItem.of(r.shop()), r.products().stream().map(ProductItem::of).toList(),
                r.reports().stream().map(ReportItem::of).toList(), r.canDecide());
    }

    @PostMapping("/shops/{id}/approve")
    Status approveShop(@PathVariable long id, Caller caller) {
        reviews.approveShop(caller, id);
        return new Status(ListingStatus.PUBLISHED);
    }

    @PostMapping("/shops/{id}/hide")
    Status hideShop(@PathVariable long id, @RequestBody Reason r, Caller caller) {
        reviews.hideShop(caller, id, r.reason());
        return new Status(ListingStatus.HIDDEN);
    }

    @PostMapping("/products/{id}/approve")
    Status approveProduct(@PathVariable long id, Caller caller) {
        reviews.approveProduct(caller, id);
        return new Status(ListingStatus.PUBLISHED);
    }

    @PostMapping("/products/{id}/hide")
    Status hideProduct(@PathVariable long id, @RequestBody Reason r, Caller caller) {
        reviews.hideProduct(caller, id, r.reason());
        return new Status(ListingStatus.HIDDEN);
    }

    @PostMapping("/reports/{id}/close")
    Closed close(@PathVariable long id, @RequestBody Outcome o, Caller caller) {
        reviews.closeReport(caller, id, o.outcome());
        return new Closed(true);
    }
}

package org.hoiso.market;

import java.util.List;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What officers do with the market (duyệt, ẩn): they see the shops and products of their subtree, approve them or
 * hide them with a reason the seller sees (an officer who may change the shop's commune, or above), and close
 * buyers' reports of listings. They never see buyers' data. Buyers' reports come in here too.
 */
@Service
@Transactional(readOnly = true)
public class Reviews {

    private static final int QUEUE = 200;

    private final ShopRepository shops;
    private final ProductRepository products;
    private final ListingReportRepository reports;
    private final OrgUnits units;
    private final Audit audit;
    private final ApplicationEventPublisher events;

    Reviews(ShopRepository shops, ProductRepository products, ListingReportRepository reports, OrgUnits units, Audit audit,
            ApplicationEventPublisher events) {
        this.shops = shops;
        this.products = products;
        this.reports = reports;
        this.units = units;
        this.audit = audit;
        this.events = events;
    }

    /** What waits for the officers of a subtree: pending shops and products, hidden ones, open reports. */
    public record Queue(long unitId, String unitName, List<Shop> shops, List<Product> products, List<Shop> hiddenShops,
            List<Product> hiddenProducts, List<ListingReportRepository.Row> reports, boolean canDecide) {
    }

    /** A shop as an officer sees it: no buyer, no manager's phone beyond the shop's own. */
    public record ShopReview(Shop shop, List<Product> products, List<ShopRepository.Area> areas,
            List<ShopRepository.Pickup> pickups, List<ShopRepository.Review> reviews, List<ListingReportRepository.Row> reports,
            List<Long> photos, boolean canDecide) {
    }

    public Queue queue(Caller caller, Long unitId) {
        Subtree subtree = unitId == null ? units.home(caller) : units.readable(caller, unitId);
        List<ListingStatus> pending = List.of(ListingStatus.PENDING);
        List<ListingStatus> hidden = List.of(ListingStatus.HIDDEN);
        return new Queue(subtree.unitId(), units.get(subtree.unitId()).name(), shops.inSubtree(subtree.path(), pending, QUEUE),
                products.inSubtree(subtree.path(), pending, QUEUE), shops.inSubtree(subtree.path(), hidden, QUEUE),
                products.inSubtree(subtree.path(), hidden, QUEUE), reports.openIn(subtree.path(), QUEUE),
                units.canWrite(caller, subtree.unitId()));
    }

    public ShopReview shop(Caller caller, long shopId) {
        Shop shop = readable(caller, shopId);
        return new ShopReview(shop, products.ofShop(shopId), shops.areas(shopId), shops.pickups(shopId), shops.reviews(shopId),
                reports.ofShop(shopId), products.shopPhotos(shopId), units.canWrite(caller, shop.communeId()));
    }

    @Transactional
    public void approveShop(Caller caller, long shopId) {
        decideShop(caller, shopId, ListingStep.APPROVE, null);
    }

    @Transactional
    public void hideShop(Caller caller, long shopId, String reason) {
        decideShop(caller, shopId, ListingStep.HIDE, reason);
    }

    @Transactional
    public void approveProduct(Caller caller, long productId) {
        decideProduct(caller, productId, ListingStep.APPROVE, null);
    }

    @Transactional
    public void hideProduct(Caller caller, long productId, String reason) {
        decideProduct(caller, productId, ListingStep.HIDE, reason);
    }

    @Transactional
    public void closeReport(Caller caller, long reportId, String outcome) {
        long unit = reports.unitOf(reportId).orElseThrow(() -> DomainException.notFound("market.report.notFound"));
        if (!units.canRead(caller, unit)) {
            throw DomainException.notFound("market.report.notFound");
        }
        ListingReportRepository.Row r = reports.inSubtree(reportId, units.readable(caller, unit).path()).orElseThrow();
        writable(caller, shops.find(r.shopId()).orElseThrow());
        String text = MarketText.line(outcome);
        if (text == null || text.length() > 1000) {
            throw DomainException.invalid(List.of(FieldProblem.of("outcome", "market.reason.required", 1000)));
        }
        if (!reports.close(reportId, text, caller.username())) {
            throw DomainException.conflict("market.changedMeanwhile");
        }
        audit.record(Audit.Action.UPDATE, "market_listing_report", reportId, unit, "closed");
    }

    /** A buyer's report of a listed product (or of a shop when productId is null); answers its id. */
    @Transactional
    public long report(long shopId, Long productId, ReportReason reason, String note) {
        Shop shop = shops.find(shopId).filter(Shop::published)
                .orElseThrow(() -> DomainException.notFound("market.shop.notFound"));
        if (productId != null) {
            products.find(productId).filter(p -> p.listed() && p.shopId() == shopId)
                    .orElseThrow(() -> DomainException.notFound("market.product.notFound"));
        }
        String text = MarketText.block(note);
        if (reason == null) {
            throw DomainException.invalid(List.of(FieldProblem.of("reason", "market.report.reasonMissing")));
        }
        if (text != null && text.length() > 1000) {
            throw DomainException.invalid(List.of(FieldProblem.of("note", "market.text.tooLong", 1000)));
        }
        long id = reports.insert(shopId, productId, reason, text);
        events.publishEvent(new ListingReported(id, shopId, productId, shop.unitId(), reason));
        return id;
    }

    /** A photo of a shop of her subtree, whatever its status. */
    public ProductRepository.PhotoBytes photo(Caller caller, long photoId, boolean thumb) {
        ProductRepository.PhotoBytes p = products.photo(photoId, thumb)
                .orElseThrow(() -> DomainException.notFound("market.photo.notFound"));
        readable(caller, p.shopId());
        return p;
    }

    private void decideShop(Caller caller, long shopId, ListingStep step, String reason) {
        Shop shop = readable(caller, shopId);
        writable(caller, shop);
        ListingStatus to = step.apply(shop.status(), reason);
        String why = reason == null ? null : reason.strip();
        if (!shops.setStatus(shopId, shop.status(), to, why, caller.username())) {
            throw DomainException.conflict("market.changedMeanwhile");
        }
        shops.review(shopId, null, step, why, caller.username());
        audit.record(Audit.Action.STATUS, "market_shop", shopId, shop.unitId(), step.name());
    }

    private void decideProduct(Caller caller, long productId, ListingStep step, String reason) {
        Product p = products.find(productId).orElseThrow(() -> DomainException.notFound("market.product.notFound"));
        Shop shop = readable(caller, p.shopId());
        writable(caller, shop);
        ListingStatus to = step.apply(p.status(), reason);
        String why = reason == null ? null : reason.strip();
        if (!products.setStatus(productId, p.status(), to, why, caller.username())) {
            throw DomainException.conflict("market.changedMeanwhile");
        }
        shops.review(p.shopId(), productId, step, why, caller.username());
        audit.record(Audit.Action.STATUS, "market_product", productId, shop.unitId(), step.name());
    }

    /** The shop when its unit is in one of the caller's subtrees; 404 otherwise (pending shops are not public). */
    private Shop readable(Caller caller, long shopId) {
        Shop shop = shops.find(shopId).orElseThrow(() -> DomainException.notFound("market.shop.notFound"));
        if (!units.canRead(caller, shop.unitId())) {
            throw DomainException.notFound("market.shop.notFound");
        }
        return shop;
    }

    private void writable(Caller caller, Shop shop) {
        if (!units.canWrite(caller, shop.communeId())) {
            throw DomainException.forbidden("market.review.notOfficer");
        }
    }
}

package org.hoiso.market;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.hoiso.platform.web.Created;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side of the market over HTTP, no account: the catalogue, products, shops, the bank list, placing an
 * order (answered with its VietQR text), following it (with its key, or its code and the buyer's phone), and
 * reporting a listing. {@code lang=en} gives the English texts where the seller wrote them.
 */
@RestController
@RequestMapping("/api/v1/market")
@Tag(name = "Market", description = "Chợ số: public catalogue, orders, sellers' shops, officers' reviews")
class MarketApi {

    private final Storefront storefront;
    private final Orders orders;
    private final Reviews reviews;
    private final Banks banks;
    private final MarketLinks links;

    MarketApi(Storefront storefront, Orders orders, Reviews reviews, Banks banks, MarketLinks links) {
        this.storefront = storefront;
        this.orders = orders;
        this.reviews = reviews;
        this.banks = banks;
        this.links = links;
    }

    @GetMapping("/products")
    ApiJson.CataloguePage products(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
            @RequestParam(required = false) String commune, @RequestParam(required = false) Category category,
            @RequestParam(required = false) Integer ocop, @RequestParam(required = false) Long minPrice,
            @RequestParam(required = false) Long maxPrice, @RequestParam(required = false) String deliversTo,
            @RequestParam(required = false) Long after, @RequestParam(required = false) String lang) {
        Locale locale = locale(lang);
        Storefront.Page page = storefront.search(new CatalogueQuery(q, province, commune, category, ocop, minPrice, maxPrice,
                deliversTo, after));
        return new ApiJson.CataloguePage(page.items().stream().map(c -> ApiJson.Card.of(c, locale, links)).toList(), page.next());
    }

    @GetMapping("/products/{id}")
    ApiJson.ProductJson product(@PathVariable long id, @RequestParam(required = false) String lang) {
        Storefront.ProductPage p = storefront.product(id);
        return ApiJson.ProductJson.of(p.product(), p.shop().name(), p.ocop(), storefront.today(), locale(lang), links);
    }

    @GetMapping("/shops/{id}")
    ApiJson.ShopJson shop(@PathVariable long id, @RequestParam(required = false) String lang) {
        Locale locale = locale(lang);
        Storefront.ShopPage p = storefront.shop(id);
        Shop s = p.shop();
        return new ApiJson.ShopJson(s.id(), s.kind(), s.name(), s.story(), s.communeName(), s.provinceName(), s.maskedPhone(),
                p.areas().stream().map(ShopRepository.Area::name).toList(),
                p.pickups().stream().map(k -> new ApiJson.Pickup(k.id(), k.label())).toList(),
                p.products().stream().map(c -> ApiJson.Card.of(c, locale, links)).toList());
    }

    @GetMapping("/banks")
    ApiJson.BankList banks() {
        Banks.Version v = banks.current();
        return new ApiJson.BankList(v.source(), v.asOf(),
                banks.all().stream().map(b -> new ApiJson.Bank(b.bin(), b.shortName(), b.note())).toList());
    }

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.CREATED)
    ApiJson.Placed order(@RequestBody ApiJson.OrderRequest r) {
        List<OrderInput.Line> lines = r.lines() == null
                ? List.of()
                : r.lines().stream().map(l -> new OrderInput.Line(l.variantId(), ApiJson.text(l.quantity()))).toList();
        Orders.Placed placed = orders.place(new OrderInput(lines, r.buyerName(), r.buyerPhone(), r.deliveryProvince(),
                r.deliveryCommune(), r.pickupId(), r.address(), r.note()));
        Orders.ForBuyer b = orders.forBuyer(placed.code(), placed.key());
        return new ApiJson.Placed(placed.code(), placed.key(), placed.total(), "VND", b.payload(),
                links.absolute(links.orderPage(placed.code(), placed.key(), "vi")));
    }

    /** The buyer's order, by its code and either the key of its page or the phone she ordered with. */
    @GetMapping("/orders/{code}")
    ApiJson.BuyerOrder buyerOrder(@PathVariable String code, @RequestParam(required = false) String key,
            @RequestParam(required = false) String phone) {
        String k = key != null ? key : orders.keyOf(code, phone);
        return ApiJson.BuyerOrder.of(orders.forBuyer(code, k));
    }

    @PostMapping("/products/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    Created report(@PathVariable long id, @RequestBody ApiJson.ReportRequest r) {
        Storefront.ProductPage p = storefront.product(id);
        return new Created(reviews.report(p.shop().id(), id, r.reason(), r.note()));
    }

    static Locale locale(String lang) {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }
}

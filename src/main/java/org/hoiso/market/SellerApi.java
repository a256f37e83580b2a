package org.hoiso.market;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.hoiso.market.vietqr.TransferService;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.Created;
import org.hoiso.platform.web.DomainException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A seller's shops, products and orders over HTTP (signed in as a member): only the shops she manages. */
@RestController
@RequestMapping("/api/v1/market/my")
@Tag(name = "Market", description = "Chợ số: public catalogue, orders, sellers' shops, officers' reviews")
class SellerApi {

    private final Shops shops;
    private final Products products;
    private final Orders orders;

    SellerApi(Shops shops, Products products, Orders orders) {
        this.shops = shops;
        this.products = products;
        this.orders = orders;
    }

    record ShopRequest(ShopKind kind, String name, String story, String phone, String bankBin, String bankAccount,
            String accountHolder, TransferService service, List<Long> areaUnitIds, List<String> pickups) {

        ShopInput input() {
            return new ShopInput(kind, name, story, phone, bankBin, bankAccount, accountHolder, service, areaUnitIds, pickups);
        }
    }

    record SellerShop(long id, ShopKind kind, String name, String story, String commune, String phone, String bankBin,
            String bankAccount, String accountHolder, TransferService service, ListingStatus status, String statusReason,
            int version) {

        static SellerShop of(Shop s) {
            return new SellerShop(s.id(), s.kind(), s.name(), s.story(), s.communeName(), s.phone(), s.bankBin(), s.bankAccount(),
                    s.accountHolder(), s.service(), s.status(), s.statusReason(), s.version());
        }
    }

    record OcopRequest(Integer stars, String decision, String date, String authority) {
    }

    record VariantRequest(Long id, String nameVi, String nameEn, BigDecimal price, BigDecimal stock) {
    }

    record ProductRequest(String nameVi, String nameEn, String descriptionVi, String descriptionEn, String unitVi, String unitEn,
            String netQuantity, Category category, Boolean madeToOrder, Long originUnitId, String lot, String traceUrl,
            OcopRequest ocop, List<VariantRequest> variants) {

        ProductInput input() {
            return new ProductInput(nameVi, nameEn, descriptionVi, descriptionEn, unitVi, unitEn, netQuantity,
                    category == null ? null : category.name(), Boolean.TRUE.equals(madeToOrder), originUnitId, lot, traceUrl,
                    ocop == null
                            ? null
                            : new ProductInput.OcopInput(ocop.stars() == null ? null : ocop.stars().toString(),
                                    ocop.decision(), ocop.date(), ocop.authority()),
                    variants == null
                            ? List.of()
                            : variants.stream().map(v -> new ProductInput.VariantInput(v.id(), v.nameVi(),
                                    v.nameEn(), ApiJson.text(v.price()), ApiJson.text(v.stock()))).toList());
        }
    }

    record SellerProduct(long id, long shopId, String nameVi, String nameEn, Category category, long price,
            boolean madeToOrder, Integer stock, ListingStatus status, String statusReason, int englishCompleteness,
            List<String> missingEnglish, List<ApiJson.VariantJson> variants, List<Long> photoIds, int version) {

        static SellerProduct of(Product p) {
            return new SellerProduct(p.id(), p.shopId(), p.nameVi(), p.nameEn(), p.category(), p.price(), p.madeToOrder(),
                    p.stock(), p.status(), p.statusReason(), p.englishCompleteness(), p.missingEnglish(),
                    p.variants().stream().map(ApiJson.VariantJson::of).toList(), p.photoIds(), p.version());
        }
    }

    @GetMapping("/shops")
    List<SellerShop> shops(Caller caller) {
        return shops.mine(caller).stream().map(SellerShop::of).toList();
    }

    @PostMapping("/shops")
    @ResponseStatus(HttpStatus.CREATED)
    Created open(@RequestBody ShopRequest r, Caller caller) {
        return new Created(shops.open(caller, r.input()));
    }

    @GetMapping("/shops/{id}")
    SellerShop shop(@PathVariable long id, Caller caller) {
        return SellerShop.of(shops.managed(caller, id));
    }

    @PutMapping("/shops/{id}")
    SellerShop update(@PathVariable long id, @RequestParam int version, @RequestBody ShopRequest r, Caller caller) {
        shops.update(caller, id, version, r.input());
        return SellerShop.of(shops.managed(caller, id));
    }

    @GetMapping("/shops/{id}/products")
    List<SellerProduct> products(@PathVariable long id, Caller caller) {
        return products.ofShop(caller, id).stream().map(SellerProduct::of).toList();
    }

    @PostMapping("/shops/{id}/products")
    @ResponseStatus(HttpStatus.CREATED)
    Created add(@PathVariable long id, @RequestBody ProductRequest r, Caller caller) {
        return new Created(products.add(caller, id, r.input()));
    }

    @PutMapping("/products/{id}")
    SellerProduct updateProduct(@PathVariable long id, @RequestParam int version, @RequestBody ProductRequest r,
            Caller caller) {
        products.update(caller, id, version, r.input());
        return SellerProduct.of(products.mine(caller, id));
    }

    @PostMapping("/products/{id}/photos")
    @ResponseStatus(HttpStatus.CREATED)
    Created photo(@PathVariable long id, @RequestParam(required = false) MultipartFile photo, Caller caller) {
        return new Created(products.addPhoto(caller, id, SellerController.bytes(photo, products)));
    }

    @GetMapping("/shops/{id}/orders")
    List<ApiJson.SellerOrder> orders(@PathVariable long id, @RequestParam(required = false) OrderStatus status,
            Caller caller) {
        return orders.ofShop(caller, id, status).stream().map(ApiJson.SellerOrder::of).toList();
    }

    @GetMapping("/orders/{id}")
    ApiJson.SellerOrder order(@PathVariable long id, Caller caller) {
        return ApiJson.SellerOrder.of(orders.ofMine(caller, id));
    }

    @PostMapping("/orders/{id}/steps")
    ApiJson.SellerOrder step(@PathVariable long id, @RequestBody ApiJson.StepRequest r, Caller caller) {
        if (r.step() == null || r.version() == null) {
            throw DomainException.badRequest("error.parameter");
        }
        return ApiJson.SellerOrder.of(orders.step(caller, id, r.version(), r.step(), r.reason()));
    }
}

package org.hoiso.market;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sellers' products (sản phẩm) and photos. A new product waits for an officer's approval; edits of a hidden
 * one send it back to them. Only the managers of the product's shop reach it here.
 */
@Service
@Transactional(readOnly = true)
public class Products {

    static final int MAX_PRODUCT_PHOTOS = 8;
    static final int MAX_SHOP_PHOTOS = 6;

    private final ProductRepository repo;
    private final ShopRepository shops;
    private final Shops shopAccess;
    private final Audit audit;
    private final Clock clock;
    private final MarketProperties settings;

    Products(ProductRepository repo, ShopRepository shops, Shops shopAccess, Audit audit, Clock clock,
            MarketProperties settings) {
        this.repo = repo;
        this.shops = shops;
        this.shopAccess = shopAccess;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** The English a seller adds to one product in the bulk view; variant id → its English name. */
    public record EnglishEdit(long productId, int version, String nameEn, String unitEn, String descriptionEn,
            Map<Long, String> variantNames) {
    }

    public List<Product> ofShop(Caller caller, long shopId) {
        shopAccess.managed(caller, shopId);
        return repo.ofShop(shopId);
    }

    /** A product of a shop she manages, or 404. */
    public Product mine(Caller caller, long productId) {
        Product p = repo.find(productId).orElseThrow(() -> DomainException.notFound("market.product.notFound"));
        shops.managed(p.shopId(), Shops.member(caller)).orElseThrow(() -> DomainException.notFound("market.product.notFound"));
        return p;
    }

    @Transactional
    public long add(Caller caller, long shopId, ProductInput input) {
        Shop shop = shopAccess.managed(caller, shopId);
        ProductRules.Checked c = checked(input, shop, List.of());
        long id = repo.insert(shopId, c);
        audit.record(Audit.Action.CREATE, "market_product", id, shop.unitId(), c.nameVi());
        return id;
    }

    @Transactional
    public void update(Caller caller, long productId, int version, ProductInput input) {
        Product p = mine(caller, productId);
        Shop shop = shops.find(p.shopId()).orElseThrow();
        ProductRules.Checked c = checked(input, shop, repo.variantIds(productId));
        ListingStep step = ListingStep.onEdit(p.status(), false);
        ListingStatus status = step == null ? p.status() : step.apply(p.status(), null);
        if (!repo.update(productId, version, c, status)) {
            throw DomainException.conflict("market.changedMeanwhile");
        }
        if (step != null) {
            shops.review(p.shopId(), productId, step, null, caller.username());
        }
        audit.record(Audit.Action.UPDATE, "market_product", productId, shop.unitId(), null);
    }

    /** Adds the English texts of several products at once; nothing is written if one of them has a problem. */
    @Transactional
    public int addEnglish(Caller caller, long shopId, List<EnglishEdit> edits) {
        Shop shop = shopAccess.managed(caller, shopId);
        List<FieldProblem> problems = new ArrayList<>();
        int changed = 0;
        for (EnglishEdit e : edits) {
            Product p = mine(caller, e.productId());
            if (p.shopId() != shopId) {
                throw DomainException.notFound("market.product.notFound");
            }
            String name = english(e.nameEn(), p.nameEn(), 150, "nameEn", problems);
            String unit = english(e.unitEn(), p.unitEn(), 40, "unitEn", problems);
            String description = MarketText.block(e.descriptionEn());
            description = description == null ? p.descriptionEn() : description;
            if (description != null && (description.length() > 5000 || MarketText.hasMarkup(description))) {
                problems.add(FieldProblem.of("descriptionEn", "market.text.markup"));
            }
            if (!problems.isEmpty()) {
                continue;
            }
            boolean same = Objects.equals(name, p.nameEn()) && Objects.equals(unit, p.unitEn())
                    && Objects.equals(description, p.descriptionEn());
            Map<Long, String> variantNames = e.variantNames() == null ? Map.of() : e.variantNames();
            if (same && variantNames.values().stream().allMatch(v -> MarketText.line(v) == null)) {
                continue;
            }
            ListingStep step = ListingStep.onEdit(p.status(), false);
            ListingStatus status = step == null ? p.status() : step.apply(p.status(), null);
            if (!repo.updateEnglish(p.id(), e.version(), name, unit, description, status)) {
                throw DomainException.conflict("market.changedMeanwhile");
            }
            Set<Long> own = new HashSet<>(repo.variantIds(p.id()));
            variantNames.forEach((variantId, text) -> {
                String n = MarketText.line(text);
                if (n != null && own.contains(variantId) && n.length() <= 80 && !MarketText.hasMarkup(n)) {
                    repo.updateVariantEnglish(p.id(), variantId, n);
                }
            });
            changed++;
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        if (changed > 0) {
            audit.record(Audit.Action.UPDATE, "market_product", null, shop.unitId(), "English added to " + changed + " products");
        }
        return changed;
    }

    /** A photo of one of her products, re-encoded by the server; answers its id. */
    @Transactional
    public long addPhoto(Caller caller, long productId, byte[] data) {
        Product p = mine(caller, productId);
        if (repo.photoCount(p.shopId(), productId) >= MAX_PRODUCT_PHOTOS) {
            throw DomainException.invalid(List.of(FieldProblem.of("photo", "market.photo.tooMany", MAX_PRODUCT_PHOTOS)));
        }
        Photos.Encoded e = encode(data);
        long id = repo.insertPhoto(p.shopId(), productId, e);
        audit.record(Audit.Action.CREATE, "market_photo", id, null, "product " + productId);
        return id;
    }

    /** A photo of one of her shops. */
    @Transactional
    public long addShopPhoto(Caller caller, long shopId, byte[] data) {
        shopAccess.managed(caller, shopId);
        if (repo.photoCount(shopId, null) >= MAX_SHOP_PHOTOS) {
            throw DomainException.invalid(List.of(FieldProblem.of("photo", "market.photo.tooMany", MAX_SHOP_PHOTOS)));
        }
        long id = repo.insertPhoto(shopId, null, encode(data));
        audit.record(Audit.Action.CREATE, "market_photo", id, null, "shop " + shopId);
        return id;
    }

    @Transactional
    public void deletePhoto(Caller caller, long shopId, long photoId) {
        shopAccess.managed(caller, shopId);
        if (!repo.deletePhoto(shopId, photoId)) {
            throw DomainException.notFound("market.photo.notFound");
        }
        audit.record(Audit.Action.UPDATE, "market_photo", photoId, null, "deleted");
    }

    public List<Long> shopPhotos(Caller caller, long shopId) {
        shopAccess.managed(caller, shopId);
        return repo.shopPhotos(shopId);
    }

    /** A photo of a shop she manages, whatever its status. */
    public ProductRepository.PhotoBytes photo(Caller caller, long photoId, boolean thumb) {
        ProductRepository.PhotoBytes p = repo.photo(photoId, thumb)
                .orElseThrow(() -> DomainException.notFound("market.photo.notFound"));
        shops.managed(p.shopId(), Shops.member(caller)).orElseThrow(() -> DomainException.notFound("market.photo.notFound"));
        return p;
    }

    /** The size limit checked before the bytes are read (a 20 MB upload is refused without reading it). */
    void checkSize(long size) {
        if (size > settings.photoMaxBytes()) {
            throw DomainException.invalid(List.of(FieldProblem.of("photo", "market.photo.tooLarge",
                    Photos.megabytes(settings.photoMaxBytes()))));
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private Photos.Encoded encode(byte[] data) {
        return Photos.encode(data, settings.photoMaxBytes(), settings.photoMaxPixels(), settings.photoSize(),
                settings.thumbSize());
    }

    private ProductRules.Checked checked(ProductInput input, Shop shop, List<Long> ownVariants) {
        ProductInput in = input.originUnitId() == null ? withOrigin(input, shop.communeId()) : input;
        ProductRules.Checked c = ProductRules.check(in, today());
        List<FieldProblem> problems = new ArrayList<>(c.problems());
        if (in.originUnitId() != null && shops.deliveryUnits(List.of(in.originUnitId())).isEmpty()) {
            problems.add(FieldProblem.of("originUnitId", "market.product.originUnknown"));
        }
        if (c.variants().stream().anyMatch(v -> v.id() != null && !ownVariants.contains(v.id()))) {
            problems.add(FieldProblem.of("variants", "market.variants.unknown"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return c;
    }

    private static ProductInput withOrigin(ProductInput in, long communeId) {
        return new ProductInput(in.nameVi(), in.nameEn(), in.descriptionVi(), in.descriptionEn(), in.unitVi(), in.unitEn(),
                in.netQuantity(), in.category(), in.madeToOrder(), communeId, in.lot(), in.traceUrl(), in.ocop(),
                in.variants());
    }

    private static String english(String typed, String current, int max, String field, List<FieldProblem> problems) {
        String t = MarketText.line(typed);
        if (t == null) {
            return current;
        }
        if (t.length() > max || MarketText.hasMarkup(t)) {
            problems.add(FieldProblem.of(field, "market.text.tooLong", max));
        }
        return t;
    }
}

package org.hoiso.market;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public catalogue (Chợ số, no login): search and filters, product and shop pages, "Buy from the Union" lists.
 * Only listed products and published shops exist here; a manager's name and a shop's full phone never do.
 */
@Service
@Transactional(readOnly = true)
public class Storefront {

    private static final int MAX_WORDS = 6;

    private final StorefrontRepository repo;
    private final ProductRepository products;
    private final ShopRepository shops;
    private final Banks banks;
    private final Clock clock;
    private final MarketProperties settings;

    Storefront(StorefrontRepository repo, ProductRepository products, ShopRepository shops, Banks banks, Clock clock,
            MarketProperties settings) {
        this.repo = repo;
        this.products = products;
        this.shops = shops;
        this.banks = banks;
        this.clock = clock;
        this.settings = settings;
    }

    /** One page of results; {@code next} is the id to continue after, null on the last page. */
    public record Page(List<ProductCard> items, Long next) {
    }

    /** A product page: the product, its shop (phone masked), where it delivers and where to collect. */
    public record ProductPage(Product product, Shop shop, List<ShopRepository.Area> areas, List<ShopRepository.Pickup> pickups,
            List<ProductCard> more, Ocop ocop) {
    }

    public record ShopPage(Shop shop, List<ShopRepository.Area> areas, List<ShopRepository.Pickup> pickups,
            List<ProductCard> products, List<Long> photos) {
    }

    /** "Buy from the Union": the published shops of a unit's subtree and how many products each lists. */
    public record UnionPage(StorefrontRepository.Unit unit, List<Shop> shops, Map<Long, Long> listed) {
    }

    public Page search(CatalogueQuery q) {
        int size = settings.pageSize();
        List<ProductCard> rows = repo.search(filter(q), today(), size + 1);
        boolean more = rows.size() > size;
        List<ProductCard> items = more ? rows.subList(0, size) : rows;
        return new Page(List.copyOf(items), more ? items.get(items.size() - 1).id() : null);
    }

    public ProductPage product(long id) {
        Product p = products.find(id).filter(Product::listed)
                .orElseThrow(() -> DomainException.notFound("market.product.notFound"));
        Shop shop = shops.find(p.shopId()).orElseThrow();
        List<ProductCard> more = repo.ofShop(shop.id(), today(), 7).stream().filter(c -> c.id() != id).limit(6).toList();
        return new ProductPage(p, shop, shops.areas(shop.id()), shops.pickups(shop.id()), more, p.ocopOn(today()));
    }

    public ShopPage shop(long id) {
        Shop shop = shops.find(id).filter(Shop::published).orElseThrow(() -> DomainException.notFound("market.shop.notFound"));
        return new ShopPage(shop, shops.areas(id), shops.pickups(id), repo.ofShop(id, today(), 200), products.shopPhotos(id));
    }

    public UnionPage union(long unitId) {
        StorefrontRepository.Unit unit = repo.unit(unitId).orElseThrow(() -> DomainException.notFound("unit.notFound", unitId));
        List<Shop> list = shops.publishedIn(unit.path(), 500);
        return new UnionPage(unit, list, repo.listedCounts(list.stream().map(Shop::id).toList()));
    }

    /** A photo the public may see (of a published shop, or of a listed product), or 404. */
    public ProductRepository.PhotoBytes photo(long photoId, boolean thumb) {
        return products.photo(photoId, thumb).filter(ProductRepository.PhotoBytes::visible)
                .orElseThrow(() -> DomainException.notFound("market.photo.notFound"));
    }

    public List<ShopRepository.UnitChoice> provinces() {
        return shops.provinces();
    }

    /** The communes of a province given by its code, for the filters; empty for no or an unknown code. */
    public List<ShopRepository.UnitChoice> communesOf(String provinceCode) {
        if (provinceCode == null || provinceCode.isBlank()) {
            return List.of();
        }
        return repo.openUnit(provinceCode.strip(), "PROVINCE").map(p -> shops.communesOf(p.id())).orElse(List.of());
    }

    public String bankName(String bin) {
        return banks.find(bin).map(b -> b.shortName()).orElse(bin);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private StorefrontRepository.Filter filter(CatalogueQuery q) {
        Long province = q.province() == null || q.province().isBlank()
                ? null
                : repo.openUnit(q.province().strip(), "PROVINCE").map(StorefrontRepository.Unit::id)
                        .orElseThrow(() -> refused("province", "market.catalogue.unknownUnit"));
        Long commune = q.commune() == null || q.commune().isBlank()
                ? null
                : repo.openUnit(q.commune().strip(), "COMMUNE").map(StorefrontRepository.Unit::id)
                        .orElseThrow(() -> refused("commune", "market.catalogue.unknownUnit"));
        Optional<StorefrontRepository.Unit> to = q.deliversTo() == null || q.deliversTo().isBlank()
                ? Optional.empty()
                : Optional.of(repo.openUnit(q.deliversTo().strip(), "COMMUNE")
                        .orElseThrow(() -> refused("to", "market.catalogue.unknownUnit")));
        if (q.ocop() != null && (q.ocop() < 3 || q.ocop() > 5)) {
            throw refused("ocop", "market.ocop.stars");
        }
        if (q.minPrice() != null && q.minPrice() < 0 || q.maxPrice() != null && q.maxPrice() < 0) {
            throw refused("price", "market.price.negative");
        }
        String folded = q.q() == null ? "" : VietnameseText.fold(q.q());
        List<String> words = Arrays.stream(folded.split("[\\s,.;:!?\"'()]+")).filter(w -> !w.isBlank()).distinct()
                .limit(MAX_WORDS).toList();
        return new StorefrontRepository.Filter(province, commune, q.category() == null ? null : q.category().name(), q.ocop(),
                q.minPrice(), q.maxPrice(), to.map(StorefrontRepository.Unit::id).orElse(null),
                to.map(StorefrontRepository.Unit::path).orElse(null), words, q.after());
    }

    private static DomainException refused(String field, String code) {
        return DomainException.invalid(List.of(FieldProblem.of(field, code)));
    }
}

package org.hoiso.market;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hoiso.member.MemberRegistry;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Sellers, shops and products built through the market's own services, as a member and her officer would. */
@Component
class MarketFixtures {

    private static final AtomicInteger PHONES = new AtomicInteger(400_000);

    private final Fixtures fixtures;
    private final MemberRegistry members;
    private final Shops shops;
    private final Products products;
    private final Reviews reviews;

    private final ProductRepository productRepository;
    private final ShopRepository shopRepository;
    private final Orders orders;
    private final Banks banks;

    MarketFixtures(Fixtures fixtures, MemberRegistry members, Shops shops, Products products, Reviews reviews,
            ProductRepository productRepository, ShopRepository shopRepository, Orders orders, Banks banks) {
        this.orders = orders;
        this.banks = banks;
        this.productRepository = productRepository;
        this.shopRepository = shopRepository;
        this.fixtures = fixtures;
        this.members = members;
        this.shops = shops;
        this.products = products;
        this.reviews = reviews;
    }

    /** A member signed in to her own pages. */
    record Seller(long memberId, String name, Caller caller) {

        HoisoUser principal() {
            return new HoisoUser(caller, "x", true, true, List.of(new SimpleGrantedAuthority("ROLE_MEMBER")));
        }
    }

    /** An active member of a new branch of the commune with that code, signed in. */
    Seller seller(String communeCode) {
        long branch = fixtures.branch(communeCode, "Chi hội " + Fixtures.uniqueGivenName()).id();
        String name = "Phạm Thị " + Fixtures.uniqueGivenName();
        long id = members.register(fixtures.admin(), AMember.valid().named(name).bornOn(LocalDate.of(1982, 4, 9))
                .phone("0988" + String.format("%06d", PHONES.incrementAndGet())).inUnit(branch).input());
        return new Seller(id, name, Caller.member(700_000 + id, "hv" + id, name, id));
    }

    Fixtures.Officer officer(String communeCode) {
        return fixtures.officer(communeCode);
    }

    long shop(Seller seller, AShop shop) {
        return shops.open(seller.caller(), shop.input());
    }

    long product(Seller seller, long shopId, AProduct product) {
        return products.add(seller.caller(), shopId, product.input());
    }

    /** The shop approved by an officer of its commune. */
    void approveShop(long shopId, String communeCode) {
        reviews.approveShop(officer(communeCode).caller(), shopId);
    }

    void approveProduct(long productId, String communeCode) {
        reviews.approveProduct(officer(communeCode).caller(), productId);
    }

    /** A published shop with one listed product; answers the product's id. */
    long listed(Seller seller, String communeCode, AShop shop, AProduct product) {
        long shopId = shop(seller, shop);
        long productId = product(seller, shopId, product);
        Fixtures.Officer officer = officer(communeCode);
        reviews.approveShop(officer.caller(), shopId);
        reviews.approveProduct(officer.caller(), productId);
        return productId;
    }

    /** A photo of the product, as its seller uploads it; answers its id. */
    long addPhoto(long productId) {
        Product p = productRepository.find(productId).orElseThrow();
        Caller owner = Caller.member(0, "owner", "owner", ownerOf(p.shopId()));
        try {
            return products.addPhoto(owner, productId, PhotosTest.image("jpeg", 800, 600, BufferedImage.TYPE_INT_RGB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long ownerOf(long shopId) {
        return shopRepository.managers(shopId).stream().filter(m -> m.role().equals("OWNER")).findFirst().orElseThrow()
                .memberId();
    }

    Orders orders() {
        return orders;
    }

    Banks banks() {
        return banks;
    }

    ProductRepository products() {
        return productRepository;
    }

    Fixtures fixtures() {
        return fixtures;
    }
}

package org.hoiso.market;

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

    MarketFixtures(Fixtures fixtures, MemberRegistry members, Shops shops, Products products, Reviews reviews) {
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

    Fixtures fixtures() {
        return fixtures;
    }
}

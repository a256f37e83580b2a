package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A member's shop: opened from her own pages in her commune, hers alone to reach, approved by her commune's officers. */
@IntegrationTest
class ShopsIT {

    @Autowired
    MarketFixtures market;
    @Autowired
    Shops shops;
    @Autowired
    Reviews reviews;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberOpensAShopInHerCommuneWaitingForApprovalWithTheHoldersNameWrittenInCapitalsWithoutMarks() {
        MarketFixtures.Seller lan = market.seller(Places.MUI_NE);
        long id = market.shop(lan, AShop.valid().holder("Nguyễn Thị Lan"));
        Shop shop = shops.managed(lan.caller(), id);
        assertThat(shop.communeName()).isEqualTo("Phường Mũi Né");
        assertThat(shop.provinceName()).isEqualTo("Tỉnh Lâm Đồng");
        assertThat(shop.status()).isEqualTo(ListingStatus.PENDING);
        assertThat(shop.accountHolder()).isEqualTo("NGUYEN THI LAN");
        assertThat(shop.phone()).isEqualTo("0912345678");
        assertThat(shop.maskedPhone()).isEqualTo("09xx xxx 678");
    }

    @Test
    void anotherMemberDoesNotReachHerShop() {
        MarketFixtures.Seller lan = market.seller(Places.MUI_NE);
        MarketFixtures.Seller hoa = market.seller(Places.MUI_NE);
        long id = market.shop(lan, AShop.valid());
        assertThatThrownBy(() -> shops.managed(hoa.caller(), id)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(shops.mine(hoa.caller())).extracting(Shop::id).doesNotContain(id);
    }

    @Test
    void anOfficerIsNoSeller() {
        Caller officer = market.officer(Places.MUI_NE).caller();
        assertThatThrownBy(() -> shops.open(officer, AShop.valid().input())).isInstanceOf(DomainException.class)
                .hasMessage("market.seller.memberOnly");
    }

    @Test
    void aBinOfSixDigitsThatIsNotInTheBankListIsRefusedAndNothingIsWritten() {
        MarketFixtures.Seller lan = market.seller(Places.MUI_NE);
        long before = shopsCount();
        assertThat(problems(() -> market.shop(lan, AShop.valid().bank("970499", "0123456789"))))
                .containsExactly(FieldProblem.of("bankBin", "market.bank.unknown", "970499"));
        assertThat(shopsCount()).isEqualTo(before);
    }

    @Test
    void aBinOutside9704ThatIsInTheListIsAccepted() {
        MarketFixtures.Seller lan = market.seller(Places.MUI_NE);
        long id = market.shop(lan, AShop.valid().bank("546034", "0123456789"));
        assertThat(shops.managed(lan.caller(), id).bankBin()).isEqualTo("546034");
    }

    @Test
    void anAccountWithSpacesIsRefusedWithItsOwnMessage() {
        MarketFixtures.Seller lan = market.seller(Places.MUI_NE);
        assertThat(problems(() -> market.shop(lan, AShop.valid().bank("970436", "0123 456 789"))))
                .extracting(FieldProblem::code).containsExactly("market.bank.accountSpaces");
    }

    @Test
    void scriptInTheStoryIsRefused() {
        MarketFixtures.Seller lan = market.seller(Places.MUI_NE);
        assertThat(problems(() -> market.shop(lan, AShop.valid().story("Ngon <script>alert(1)</script>"))))
                .extracting(FieldProblem::code).containsExactly("market.text.markup");
    }

    @Test
    void aNewBankAccountSendsAPublishedShopBackToTheOfficersAndOtherEditsDoNot() {
        MarketFixtures.Seller lan = market.seller(Places.MUI_NE);
        long id = market.shop(lan, AShop.valid().named("Nước mắm Cô Lan"));
        market.approveShop(id, Places.MUI_NE);
        Shop published = shops.managed(lan.caller(), id);
        shops.update(lan.caller(), id, published.version(), AShop.valid().named("Nước mắm Cô Lan Mũi Né").input());
        Shop renamed = shops.managed(lan.caller(), id);
        assertThat(renamed.status()).isEqualTo(ListingStatus.PUBLISHED);
        shops.update(lan.caller(), id, renamed.version(),
                AShop.valid().named("Nước mắm Cô Lan Mũi Né").bank("970415", "1010101010").input());
        assertThat(shops.managed(lan.caller(), id).status()).isEqualTo(ListingStatus.PENDING);
    }

    @Test
    void anOfficerHidesAShopWithAReasonTheSellerSees() {
        MarketFixtures.Seller lan = market.seller(Places.MUI_NE);
        long id = market.shop(lan, AShop.valid());
        market.approveShop(id, Places.MUI_NE);
        reviews.hideShop(market.officer(Places.MUI_NE).caller(), id, "Ảnh cửa hàng không phải của chị");
        Shops.Managed m = shops.details(lan.caller(), id);
        assertThat(m.shop().status()).isEqualTo(ListingStatus.HIDDEN);
        assertThat(m.shop().statusReason()).isEqualTo("Ảnh cửa hàng không phải của chị");
        assertThat(m.reviews().get(0).step()).isEqualTo(ListingStep.HIDE);
    }

    @Test
    void hidingWithoutAReasonIsRefused() {
        MarketFixtures.Seller lan = market.seller(Places.MUI_NE);
        long id = market.shop(lan, AShop.valid());
        assertThat(problems(() -> reviews.hideShop(market.officer(Places.MUI_NE).caller(), id, " ")))
                .extracting(FieldProblem::code).containsExactly("market.reason.required");
    }

    @Test
    void anOfficerOfAnotherCommuneCannotApproveNorSeeTheShop() {
        MarketFixtures.Seller lan = market.seller(Places.MUI_NE);
        long id = market.shop(lan, AShop.valid());
        Caller other = market.officer(Places.PHU_THUY).caller();
        assertThatThrownBy(() -> reviews.approveShop(other, id)).isInstanceOf(DomainException.class)
                .hasMessage("market.shop.notFound");
        assertThat(reviews.queue(other, null).shops()).extracting(Shop::id).doesNotContain(id);
        assertThat(shops.managed(lan.caller(), id).status()).isEqualTo(ListingStatus.PENDING);
    }

    @Test
    void aProvinceOfficerApprovesAShopOfACommuneBelowHer() {
        MarketFixtures.Seller lan = market.seller(Places.HAM_THANG);
        long id = market.shop(lan, AShop.valid());
        reviews.approveShop(market.officer(Places.LAM_DONG).caller(), id);
        assertThat(shops.managed(lan.caller(), id).status()).isEqualTo(ListingStatus.PUBLISHED);
    }

    @Test
    void aCooperativesOwnerGivesACodeAndAnotherMemberBecomesItsManager() {
        MarketFixtures.Seller owner = market.seller(Places.TIEN_THANH);
        MarketFixtures.Seller second = market.seller(Places.TIEN_THANH);
        long id = market.shop(owner, AShop.valid().kind(ShopKind.COOPERATIVE).named("HTX Thanh long Tiến Thành"));
        String code = shops.invite(owner.caller(), id);
        assertThat(shops.join(second.caller(), code)).isEqualTo(id);
        assertThat(shops.managed(second.caller(), id).name()).isEqualTo("HTX Thanh long Tiến Thành");
        assertThat(shops.details(owner.caller(), id).managers()).extracting(Shops.ManagerName::name)
                .containsExactly(owner.name(), second.name());
        MarketFixtures.Seller third = market.seller(Places.TIEN_THANH);
        assertThat(problems(() -> shops.join(third.caller(), code))).extracting(FieldProblem::code)
                .containsExactly("market.shop.inviteCode");
    }

    @Test
    void aManagerWhoIsNotTheOwnerCannotInvite() {
        MarketFixtures.Seller owner = market.seller(Places.TIEN_THANH);
        MarketFixtures.Seller second = market.seller(Places.TIEN_THANH);
        long id = market.shop(owner, AShop.valid().kind(ShopKind.GROUP));
        shops.join(second.caller(), shops.invite(owner.caller(), id));
        assertThatThrownBy(() -> shops.invite(second.caller(), id)).hasMessage("market.shop.ownerOnly");
    }

    private long shopsCount() {
        return jdbc.sql("SELECT count(*) FROM market_shop").query(Long.class).single();
    }

    static List<FieldProblem> problems(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.fieldProblems();
        }
        throw new AssertionError("no refusal");
    }
}

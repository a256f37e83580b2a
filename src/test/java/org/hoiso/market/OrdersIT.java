package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoiso.market.vietqr.DecodedVietQr;
import org.hoiso.market.vietqr.Initiation;
import org.hoiso.market.vietqr.VietQr;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.QrSvg;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

/**
 * A buyer without an account orders from one shop, pays by the seller's dynamic VietQR code and follows her order;
 * the seller moves it step by step; stock is never sold twice.
 */
@IntegrationTest
class OrdersIT {

    private static final Pattern PAYLOAD = Pattern.compile("id=\"vietqr-payload\"[^>]*>([^<]+)</textarea>");

    @Autowired
    MockMvc mvc;
    @Autowired
    MarketFixtures market;
    @Autowired
    Orders orders;
    @Autowired
    JdbcClient jdbc;

    private MarketFixtures.Seller lan;
    private long product;
    private long variant;
    private long pickup;

    @BeforeEach
    void aListedBottleOfFishSauceWithTwentyInStock() {
        lan = market.seller(Places.MUI_NE);
        product = market.listed(lan, Places.MUI_NE, AShop.valid().bank("970436", "0071000123456").pickups("Nhà văn hóa khu phố 5")
                .areas(market.fixtures().unit(Places.MUI_NE).id(), market.fixtures().unit(Places.PHU_THUY).id()),
                AProduct.valid().named("Nước mắm Mũi Né " + Fixtures.uniqueGivenName(), "Mui Ne fish sauce"));
        variant = market.products().find(product).orElseThrow().variants().get(0).id();
        pickup = jdbc.sql("SELECT k.id FROM market_pickup k JOIN market_product p ON p.shop_id = k.shop_id WHERE p.id = :p")
                .param("p", product).query(Long.class).single();
    }

    @Test
    void aBuyerOrdersWithoutAnAccountAndTheVietQrNamesTheSellersAccountAndTheExactAmount() throws Exception {
        String location = order("2", "Trần Thị Mơ", "0903 111 222", "receive", Long.toString(pickup));
        String html = mvc.perform(get(location)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = PAYLOAD.matcher(html);
        assertThat(m.find()).isTrue();
        String payload = HtmlUtils.htmlUnescape(m.group(1));
        DecodedVietQr qr = VietQr.decode(payload);
        String code = location.replaceAll(".*/don-hang/([A-Z0-9]+)\\?.*", "$1");
        assertThat(qr.valid()).isTrue();
        assertThat(qr.bin()).isEqualTo("970436");
        assertThat(qr.account()).isEqualTo("0071000123456");
        assertThat(qr.amount()).isEqualTo(240_000L);
        assertThat(qr.pointOfInitiation()).isEqualTo(Initiation.DYNAMIC);
        assertThat(qr.purpose()).isEqualTo("Don hang " + code);
        assertThat(qr.billNumber()).isEqualTo(code);
        assertThat(html).contains(QrSvg.of(payload).svg()).contains("Vietcombank").contains("NGUYEN THI LAN")
                .contains("240.000 ₫").contains("0912345678");
        assertThat(stock()).isEqualTo(18);
    }

    @Test
    void theQrCodeDownloadsAsAPng() throws Exception {
        String location = order("1", "Trần Thị Mơ", "0903111222", "receive", Long.toString(pickup));
        String png = location.replaceFirst("\\?k=", "/vietqr.png?k=");
        MvcResult r = mvc.perform(get(png)).andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(r.getResponse().getContentAsByteArray()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void anOrderForMoreThanTheStockIsRefusedAndChangesNothing() throws Exception {
        long before = ordersCount();
        String html = mvc.perform(post("/cho-so/san-pham/" + product + "/dat-hang").with(csrf()).param("variantId", "" + variant)
                .param("quantity", "21").param("buyerName", "Trần Thị Mơ").param("buyerPhone", "0903111222")
                .param("receive", "" + pickup)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Không đủ hàng").contains("chỉ còn 20");
        assertThat(stock()).isEqualTo(20);
        assertThat(ordersCount()).isEqualTo(before);
    }

    @Test
    void aQuantityWithDecimalsIsRefused() {
        assertThatThrownBy(() -> orders.place(new OrderInput(List.of(new OrderInput.Line(variant, "1.5")), "Mơ", "0903111222",
                null, null, pickup, null, null))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldProblems().get(0).code())
                        .isEqualTo("market.order.quantityInvalid"));
    }

    @Test
    void deliveryByTheCommunesNameWithoutDiacriticsWithinItsProvince() throws Exception {
        String location = mvc
                .perform(post("/cho-so/san-pham/" + product + "/dat-hang").with(csrf()).param("variantId", "" + variant)
                        .param("quantity", "1").param("buyerName", "Mơ").param("buyerPhone", "0903111222")
                        .param("receive", "delivery")
                        .param("deliveryProvince", Places.LAM_DONG).param("deliveryCommune", "phu thuy")
                        .param("address", "12 Nguyễn Đình Chiểu"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(mvc.perform(get(location)).andReturn().getResponse().getContentAsString())
                .contains("Giao đến: 12 Nguyễn Đình Chiểu, Phường Phú Thuỷ");
    }

    @Test
    void deliveryOutsideTheShopsAreasIsRefused() {
        assertThatThrownBy(() -> orders.place(new OrderInput(List.of(new OrderInput.Line(variant, "1")), "Mơ", "0903111222",
                null, Places.NHA_TRANG, null, "1 Trần Phú", null))).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).fieldProblems().get(0).code())
                        .isEqualTo("market.order.noDelivery"));
    }

    @Test
    void theSellerMarksItPaidAndTheBuyerSeesIt() throws Exception {
        String location = order("1", "Trần Thị Mơ", "0903111222", "receive", Long.toString(pickup));
        Order o = mine(location);
        orders.step(lan.caller(), o.id(), o.version(), OrderStep.PAY, null);
        String html = mvc.perform(get(location)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"order-paid\"").contains("Người bán đã nhận tiền").doesNotContain("vietqr-payload");
        assertThat(mine(location).events()).extracting(Order.Event::actor).containsExactly("buyer", lan.caller().username());
    }

    @Test
    void cancellingGivesTheStockBackAndTheBuyerSeesWhy() throws Exception {
        String location = order("3", "Trần Thị Mơ", "0903111222", "receive", Long.toString(pickup));
        assertThat(stock()).isEqualTo(17);
        Order o = mine(location);
        orders.step(lan.caller(), o.id(), o.version(), OrderStep.CANCEL, "Hết hàng đợt này");
        assertThat(stock()).isEqualTo(20);
        assertThat(mvc.perform(get(location)).andReturn().getResponse().getContentAsString()).contains("Đã hủy")
                .contains("Hết hàng đợt này");
    }

    @Test
    void aStepTakenTwiceIsRefused() throws Exception {
        Order o = mine(order("1", "Mơ", "0903111222", "receive", Long.toString(pickup)));
        orders.step(lan.caller(), o.id(), o.version(), OrderStep.SHIP, null);
        Order shipped = orders.ofMine(lan.caller(), o.id());
        assertThatThrownBy(() -> orders.step(lan.caller(), o.id(), shipped.version(), OrderStep.SHIP, null))
                .hasMessage("market.order.stepNotAllowed");
    }

    @Test
    void theSellersListMasksBuyersAndEveryReadOfThemIsAudited() throws Exception {
        long shop = market.products().find(product).orElseThrow().shopId();
        Order o = mine(order("1", "Trần Thị Mơ", "0903111222", "receive", Long.toString(pickup)));
        Order listed = orders.ofShop(lan.caller(), shop, null).stream().filter(x -> x.id() == o.id()).findFirst().orElseThrow();
        assertThat(listed.buyerName()).isEqualTo("Trần T. M.");
        assertThat(listed.buyerPhone()).isEqualTo("09xx xxx 222");
        assertThat(listed.address()).isNull();
        assertThat(jdbc
                .sql("SELECT count(*) FROM audit_log WHERE entity_type = 'market_order' AND entity_id = :id AND action = 'READ'")
                .param("id", o.id()).query(Long.class).single()).isPositive();
    }

    @Test
    void anotherMemberDoesNotReachTheOrder() throws Exception {
        Order o = mine(order("1", "Mơ", "0903111222", "receive", Long.toString(pickup)));
        MarketFixtures.Seller hoa = market.seller(Places.MUI_NE);
        assertThatThrownBy(() -> orders.ofMine(hoa.caller(), o.id())).hasMessage("market.order.notFound");
        assertThatThrownBy(() -> orders.step(hoa.caller(), o.id(), o.version(), OrderStep.PAY, null))
                .hasMessage("market.order.notFound");
    }

    @Test
    void theBuyerFindsHerOrderAgainWithItsCodeAndHerPhone() throws Exception {
        String location = order("1", "Trần Thị Mơ", "0903111222", "receive", Long.toString(pickup));
        String code = location.replaceAll(".*/don-hang/([A-Z0-9]+)\\?.*", "$1");
        String found = mvc.perform(post("/cho-so/don-hang").with(csrf()).param("code", code.toLowerCase())
                .param("phone", "090 311 1222")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(found).isEqualTo(location);
        String wrong = mvc.perform(post("/cho-so/don-hang").with(csrf()).param("code", code).param("phone", "0903111223"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("Không tìm thấy đơn hàng").doesNotContain("Trần Thị Mơ");
        mvc.perform(get(location.replaceAll("k=.*", "k=wrong"))).andExpect(status().isNotFound());
    }

    /** Places an order through the product page's form; answers the order page's address. */
    private String order(String quantity, String name, String phone, String receiveParam, String receive) throws Exception {
        return mvc.perform(post("/cho-so/san-pham/" + product + "/dat-hang").with(csrf()).param("variantId", "" + variant)
                .param("quantity", quantity).param("buyerName", name).param("buyerPhone", phone).param(receiveParam, receive))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private Order mine(String location) {
        String code = location.replaceAll(".*/don-hang/([A-Z0-9]+)\\?.*", "$1");
        long id = jdbc.sql("SELECT id FROM market_order WHERE code = :c").param("c", code).query(Long.class).single();
        return orders.ofMine(lan.caller(), id);
    }

    private int stock() {
        return jdbc.sql("SELECT stock FROM market_variant WHERE id = :v").param("v", variant).query(Integer.class).single();
    }

    private long ordersCount() {
        return jdbc.sql("SELECT count(*) FROM market_order").query(Long.class).single();
    }
}

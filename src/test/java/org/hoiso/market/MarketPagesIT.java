package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The sellers' and the officers' pages of the market, through the real security filters and templates. */
@IntegrationTest
class MarketPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    MarketFixtures market;
    @Autowired
    UserDetailsService users;
    @Autowired
    Shops shops;
    @Autowired
    Products products;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberOpensAShopAndAddsAProductThroughHerPages() throws Exception {
        MarketFixtures.Seller lan = market.seller(Places.HAM_THANG);
        HoisoUser me = lan.principal();
        assertThat(html(get("/me/shops/new"), me)).contains("Phường Hàm Thắng").contains("Vietcombank (970436)");
        String shopPage = mvc.perform(post("/me/shops").with(user(me)).with(csrf()).param("kind", "MEMBER")
                .param("name", "Bánh tráng Hàm Thắng").param("phone", "0912 000 111").param("bankBin", "970405")
                .param("service", "ACCOUNT").param("bankAccount", "5100205123456").param("accountHolder", "Lê Thị Hạnh")
                .param("areas", "" + market.fixtures().unit(Places.HAM_THANG).id())
                .param("pickups", "Chợ Hàm Thắng\nNhà văn hóa"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long shopId = Long.parseLong(shopPage.replace("/me/shops/", ""));
        assertThat(html(get(shopPage), me)).contains("Bánh tráng Hàm Thắng").contains("Chờ duyệt").contains("LE THI HANH")
                .contains("Chợ Hàm Thắng");
        String productPage = mvc.perform(post("/me/shops/" + shopId + "/products").with(user(me)).with(csrf())
                .param("nameVi", "Bánh tráng mè").param("unitVi", "xấp").param("category", "FOOD")
                .param("variantId", "").param("variantNameVi", "").param("variantNameEn", "").param("variantPrice", "35.000")
                .param("variantStock", "40").param("variantId", "").param("variantNameVi", "").param("variantNameEn", "")
                .param("variantPrice", "").param("variantStock", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String edit = html(get(productPage), me);
        assertThat(edit).contains("Bánh tráng mè").contains("Tiếng Anh: 0%").contains("value=\"35000\"");
        long productId = Long.parseLong(productPage.replaceAll("\\D+", " ").strip());
        assertThat(html(get("/me/shops/" + shopId + "/english"), me)).contains("data-product=\"" + productId + "\"");
        Product p = products.mine(lan.caller(), productId);
        mvc.perform(post("/me/shops/" + shopId + "/english").with(user(me)).with(csrf())
                .param("version_" + productId, "" + p.version()).param("nameEn_" + productId, "Sesame rice paper")
                .param("unitEn_" + productId, "stack")).andExpect(status().is3xxRedirection());
        assertThat(products.mine(lan.caller(), productId).englishCompleteness()).isEqualTo(100);
        assertThat(html(get("/me/shops/" + shopId + "/english"), me)).contains("id=\"english-complete\"");
    }

    @Test
    void aPriceWithDecimalsComesBackWithWhatSheTypedAndWritesNothing() throws Exception {
        MarketFixtures.Seller lan = market.seller(Places.HAM_THANG);
        long shopId = market.shop(lan, AShop.valid());
        String html = html(post("/me/shops/" + shopId + "/products").with(csrf()).param("nameVi", "Mật ong rừng")
                .param("unitVi", "chai").param("category", "FOOD").param("variantId", "").param("variantNameVi", "")
                .param("variantNameEn", "").param("variantPrice", "250000,5").param("variantStock", "3"), lan.principal());
        assertThat(html).contains("không có phần thập phân").contains("value=\"Mật ong rừng\"").contains("value=\"250000,5\"");
        assertThat(products.ofShop(lan.caller(), shopId)).isEmpty();
    }

    @Test
    void aPhotoIsUploadedAndShownToItsSellerOnly() throws Exception {
        MarketFixtures.Seller lan = market.seller(Places.HAM_THANG);
        long shopId = market.shop(lan, AShop.valid());
        long productId = market.product(lan, shopId, AProduct.valid());
        byte[] png = PhotosTest.image("png", 640, 480, BufferedImage.TYPE_INT_RGB);
        mvc.perform(
                multipart("/me/products/" + productId + "/photos").file(new MockMultipartFile("photo", "a.png", "image/png", png))
                        .with(user(lan.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long photo = products.mine(lan.caller(), productId).photoIds().get(0);
        mvc.perform(get("/me/market/photos/" + photo).param("size", "thumb").with(user(lan.principal())))
                .andExpect(status().isOk());
        mvc.perform(get("/cho-so/anh/" + photo)).andExpect(status().isNotFound());
        MarketFixtures.Seller other = market.seller(Places.HAM_THANG);
        mvc.perform(get("/me/market/photos/" + photo).with(user(other.principal()))).andExpect(status().isNotFound());
    }

    @Test
    void a20MegabytePhotoAndAnSvgNamedJpgAreRefusedWithAMessageAndNothingIsStored() throws Exception {
        MarketFixtures.Seller lan = market.seller(Places.HAM_THANG);
        long shopId = market.shop(lan, AShop.valid());
        long productId = market.product(lan, shopId, AProduct.valid());
        byte[] big = new byte[20 * 1024 * 1024];
        big[0] = (byte) 0xff;
        big[1] = (byte) 0xd8;
        big[2] = (byte) 0xff;
        MvcResult r = mvc.perform(multipart("/me/products/" + productId + "/photos")
                .file(new MockMultipartFile("photo", "big.jpg", "image/jpeg", big)).with(user(lan.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(r.getFlashMap().get("outcomeErrors").toString()).contains("Ảnh quá lớn: tối đa 5 MB");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        MvcResult s = mvc.perform(multipart("/me/products/" + productId + "/photos")
                .file(new MockMultipartFile("photo", "cat.jpg", "image/jpeg", svg)).with(user(lan.principal())).with(csrf()))
                .andReturn();
        assertThat(s.getFlashMap().get("outcomeErrors").toString()).contains("Chỉ nhận ảnh JPEG hoặc PNG");
        assertThat(products.mine(lan.caller(), productId).photoIds()).isEmpty();
    }

    @Test
    void anOfficerApprovesFromHerPagesAndHidesWithAReasonTheSellerReads() throws Exception {
        MarketFixtures.Seller lan = market.seller(Places.HAM_THANG);
        long shopId = market.shop(lan, AShop.valid().named("Chè Hàm Thắng " + Fixtures.uniqueGivenName()));
        long productId = market.product(lan, shopId, AProduct.valid().named("Chè xanh", "Green tea"));
        Fixtures.Officer officer = market.officer(Places.HAM_THANG);
        HoisoUser principal = (HoisoUser) users.loadUserByUsername(officer.username());
        assertThat(html(get("/market/review"), principal)).contains("data-shop=\"" + shopId + "\"")
                .contains("data-product=\"" + productId + "\"");
        assertThat(html(get("/market/shops/" + shopId), principal)).contains("Duyệt cửa hàng").contains("0912345678");
        mvc.perform(post("/market/shops/" + shopId + "/approve").with(user(principal)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/market/products/" + productId + "/hide").param("shopId", "" + shopId).param("reason", "Ảnh mờ")
                .with(user(principal)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(html(get("/me/shops/" + shopId), lan.principal())).contains("Đang bán").contains("Lý do: Ảnh mờ");
    }

    @Test
    void aSellerSeesHerOrdersMaskedAndOneInFull() throws Exception {
        MarketFixtures.Seller lan = market.seller(Places.HAM_THANG);
        long productId = market.listed(lan, Places.HAM_THANG, AShop.valid(), AProduct.valid());
        Product p = market.products().find(productId).orElseThrow();
        long pickup = jdbc.sql("SELECT id FROM market_pickup WHERE shop_id = :s").param("s", p.shopId()).query(Long.class)
                .single();
        Orders.Placed placed = market.orders().place(new OrderInput(List.of(new OrderInput.Line(p.variants().get(0).id(), "2")),
                "Võ Thị Sen", "0977123456", null, null, pickup, null, "Gọi trước khi giao"));
        assertThat(html(get("/me/shops/" + p.shopId() + "/orders"), lan.principal())).contains(placed.code())
                .contains("Võ T. S.").contains("09xx xxx 456").doesNotContain("0977123456");
        assertThat(html(get("/me/orders/" + placed.id()), lan.principal())).contains("Võ Thị Sen").contains("0977123456")
                .contains("Gọi trước khi giao").contains("id=\"step-PAY\"");
        mvc.perform(post("/me/orders/" + placed.id() + "/steps").param("step", "PAY").param("version", "0")
                .with(user(lan.principal())).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(html(get("/me/orders/" + placed.id()), lan.principal())).contains("Người bán đã nhận tiền");
    }

    @Test
    void aNationalAdministratorReplacesTheBankListWithItsSourceAndDate() throws Exception {
        HoisoUser admin = (HoisoUser) users.loadUserByUsername(market.fixtures().account(
                Caller.Role.ADMIN, Places.CENTRAL).username());
        String csv = "bin,short_name,note\n" + String.join("\n", market.banks().all().stream()
                .map(b -> b.bin() + ",\"" + b.shortName() + "\",\"" + b.note() + "\"").toList())
                + "\n970999,Ngân hàng Thử,test\n";
        mvc.perform(multipart("/admin/market/banks").file(new MockMultipartFile("file", "banks.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).param("source", "NAPAS, danh sách tháng 6").param("asOf", "01/06/2026")
                .with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());
        try {
            assertThat(html(get("/admin/market/banks"), admin)).contains("NAPAS, danh sách tháng 6").contains("01/06/2026")
                    .contains("Ngân hàng Thử");
            assertThat(market.banks().known("970999")).isTrue();
        } finally {
            market.banks().replace(market.fixtures().admin(), "hoiso market/banks.csv", LocalDate.of(2026, 12, 3),
                    csv.lines().filter(l -> !l.startsWith("970999")).toList());
        }
    }

    @Test
    void aProvinceAdministratorCannotReplaceTheBankList() throws Exception {
        HoisoUser admin = (HoisoUser) users.loadUserByUsername(market.fixtures().account(
                Caller.Role.ADMIN, Places.LAM_DONG).username());
        MvcResult r = mvc.perform(multipart("/admin/market/banks").file(new MockMultipartFile("file", "banks.csv", "text/csv",
                "bin,short_name,note\n970999,X,\n".getBytes(StandardCharsets.UTF_8))).param("source", "x")
                .param("asOf", "01/06/2026")
                .with(user(admin)).with(csrf())).andReturn();
        assertThat(r.getFlashMap().get("outcomeErrors").toString()).contains("quản trị viên Trung ương");
        assertThat(market.banks().known("970999")).isFalse();
    }

    private String html(MockHttpServletRequestBuilder request, HoisoUser principal) throws Exception {
        return mvc.perform(request.with(user(principal)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}

package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.hoiso.market.vietqr.Payment;
import org.hoiso.market.vietqr.VietQr;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The market's JSON API: public reads and orders, sellers' and officers' operations, the VietQR check. */
@IntegrationTest
class MarketApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    MarketFixtures market;
    @Autowired
    JsonMapper json;

    static Stream<String[]> vectors() throws IOException {
        try (InputStream in = MarketApiIT.class.getResourceAsStream("/org/hoiso/market/vietqr/vectors.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.split(",", 3)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void everyPublicVectorDecodesAsValidWithoutAnAccount(String name, String payload, String note) throws Exception {
        JsonNode d = decode(payload);
        assertThat(d.get("valid").asBoolean()).as(note).isTrue();
        assertThat(d.get("problem").isNull()).isTrue();
        assertThat(d.get("bin").asString()).matches("[0-9]{6}");
        assertThat(d.get("bank").asString()).isNotBlank();
        assertThat(d.get("account").asString()).isNotBlank();
        assertThat(d.get("pointOfInitiation").asString()).isIn("STATIC", "DYNAMIC");
    }

    @Test
    void aDecodedCodeNamesBankAccountServiceAmountAndPurpose() throws Exception {
        String payload = VietQr
                .encode(Payment.toAccount("970436", "0071000123456").withAmount(240_000).withPurpose("Don hang CSABC"));
        JsonNode d = decode(payload);
        assertThat(d.get("bin").asString()).isEqualTo("970436");
        assertThat(d.get("bank").asString()).isEqualTo("Vietcombank");
        assertThat(d.get("account").asString()).isEqualTo("0071000123456");
        assertThat(d.get("service").asString()).isEqualTo("ACCOUNT");
        assertThat(d.get("amount").asLong()).isEqualTo(240_000);
        assertThat(d.get("purpose").asString()).isEqualTo("Don hang CSABC");
        assertThat(d.get("pointOfInitiation").asString()).isEqualTo("DYNAMIC");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong CRC       | 00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037045802VN63049E6E | vietqr.crcMismatch
            truncated       | 00020101021138570010A00000072701270006970403011300110123456780208QRIBFTTA53037 | vietqr.truncated
            """)
    void aBrokenCodeIsRefusedWithItsReason(String what, String payload, String code) throws Exception {
        JsonNode d = decode(payload);
        assertThat(d.get("valid").asBoolean()).isFalse();
        assertThat(d.get("problem").asString()).isEqualTo(code);
        assertThat(d.get("message").asString()).isNotBlank();
        assertThat(d.get("account").isNull()).isTrue();
    }

    @Test
    void tenThousandCharactersAreRefusedAsTooLong() throws Exception {
        assertThat(decode("0".repeat(10_000)).get("problem").asString()).isEqualTo("vietqr.tooLong");
    }

    @Test
    void theRefusalIsInEnglishWhenAskedFor() throws Exception {
        String body = mvc.perform(post("/api/v1/vietqr/decode").header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"payload\": \"hello\"}")).andExpect(status().isOk())
                .andReturn()
                .getResponse().getContentAsString();
        assertThat(json.readTree(body).get("message").asString()).startsWith("This is not a VietQR code");
    }

    @Test
    void theCatalogueAndAProductAreReadWithoutAnAccount() throws Exception {
        String word = Fixtures.uniqueGivenName();
        MarketFixtures.Seller lan = market.seller(Places.LIEN_HUONG);
        long id = market.listed(lan, Places.LIEN_HUONG, AShop.valid(),
                AProduct.valid().named("Hành tím " + word, "Shallots " + word));
        JsonNode page = read(get("/api/v1/market/products").param("q", "hanh tim " + word).param("province", Places.LAM_DONG));
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(page.get("items").get(0).get("currency").asString()).isEqualTo("VND");
        JsonNode product = read(get("/api/v1/market/products/" + id).param("lang", "en"));
        assertThat(product.get("nameEn").asString()).isEqualTo("Shallots " + word);
        assertThat(product.get("variants").get(0).get("stock").asInt()).isEqualTo(20);
        JsonNode banks = read(get("/api/v1/market/banks"));
        assertThat(banks.get("source").asString()).isNotBlank();
        assertThat(banks.get("banks").size()).isGreaterThan(50);
    }

    @Test
    void aBuyerOrdersThroughTheApiAndFollowsHerOrderByCodeAndPhone() throws Exception {
        MarketFixtures.Seller lan = market.seller(Places.LIEN_HUONG);
        long id = market.listed(lan, Places.LIEN_HUONG, AShop.valid().areas(market.fixtures().unit(Places.LIEN_HUONG).id()),
                AProduct.valid().price("99000", "5"));
        long variant = market.products().find(id).orElseThrow().variants().get(0).id();
        String placed = mvc.perform(post("/api/v1/market/orders").contentType(MediaType.APPLICATION_JSON).content("""
                {"lines": [{"variantId": %d, "quantity": 2}], "buyerName": "Đỗ Thị Hương", "buyerPhone": "0934567890",
                 "deliveryCommune": "%s", "address": "Thôn 2"}""".formatted(variant, Places.LIEN_HUONG)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        JsonNode o = json.readTree(placed);
        assertThat(o.get("total").asLong()).isEqualTo(198_000);
        assertThat(VietQr.decode(o.get("vietqr").asString()).amount()).isEqualTo(198_000L);
        JsonNode followed = read(get("/api/v1/market/orders/" + o.get("code").asString()).param("phone", "0934567890"));
        assertThat(followed.get("status").asString()).isEqualTo("PLACED");
        assertThat(followed.get("steps").size()).isEqualTo(1);
        mvc.perform(get("/api/v1/market/orders/" + o.get("code").asString()).param("phone", "0934567891"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPriceWithDecimalsSentAsANumberIsRefusedNotRounded() throws Exception {
        MarketFixtures.Seller lan = market.seller(Places.LIEN_HUONG);
        long shop = market.shop(lan, AShop.valid());
        String body = mvc.perform(post("/api/v1/market/my/shops/" + shop + "/products").with(user(lan.principal()))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"nameVi": "Nho Ninh Thuận", "unitVi": "kg", "category": "FOOD",
                         "variants": [{"price": 65000.5, "stock": 10}]}"""))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(body).get("errors").get(0).get("code").asString()).isEqualTo("market.price.decimals");
    }

    @Test
    void aSellerOpensAShopAddsAProductAndAnOfficerApprovesThemThroughTheApi() throws Exception {
        MarketFixtures.Seller lan = market.seller(Places.LIEN_HUONG);
        String created = mvc.perform(post("/api/v1/market/my/shops").with(user(lan.principal()))
                .contentType(MediaType.APPLICATION_JSON).content(
                        """
                                {"kind": "GROUP", "name": "Tổ phụ nữ kinh doanh số Liên Hương", "phone": "0912555666",
                                 "bankBin": "970418", "bankAccount": "31410001234567", "accountHolder": "Vo Thi Nga", "service": "ACCOUNT",
                                 "pickups": ["Nhà văn hóa thôn Lạc Trị"]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long shop = json.readTree(created).get("id").asLong();
        String product = mvc.perform(post("/api/v1/market/my/shops/" + shop + "/products").with(user(lan.principal()))
                .contentType(MediaType.APPLICATION_JSON).content(
                        """
                                {"nameVi": "Nho xanh", "unitVi": "kg", "category": "FOOD", "madeToOrder": false,
                                 "ocop": {"stars": 3, "decision": "55/QĐ-UBND", "date": "2025-03-01", "authority": "UBND tỉnh Bình Thuận"},
                                 "variants": [{"price": 65000, "stock": 10}]}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long productId = json.readTree(product).get("id").asLong();
        Fixtures.Officer officer = market.officer(Places.LIEN_HUONG);
        JsonNode queue = json
                .readTree(mvc.perform(get("/api/v1/market/review").with(httpBasic(officer.username(), officer.password())))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(queue.get("shops").findValuesAsString("name")).contains("Tổ phụ nữ kinh doanh số Liên Hương");
        mvc.perform(
                post("/api/v1/market/review/shops/" + shop + "/approve").with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/market/review/products/" + productId + "/approve")
                .with(httpBasic(officer.username(), officer.password()))).andExpect(status().isOk());
        JsonNode mine = read(get("/api/v1/market/my/shops/" + shop + "/products").with(user(lan.principal())));
        assertThat(mine.get(0).get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(mine.get(0).get("englishCompleteness").asInt()).isZero();
        assertThat(read(get("/api/v1/market/products/" + productId)).get("ocop").get("stars").asInt()).isEqualTo(3);
    }

    @Test
    void anOfficerOfAnotherCommuneCannotHideAShopThroughTheApi() throws Exception {
        MarketFixtures.Seller lan = market.seller(Places.LIEN_HUONG);
        long shop = market.shop(lan, AShop.valid());
        Fixtures.Officer other = market.officer(Places.NHA_TRANG);
        mvc.perform(post("/api/v1/market/review/shops/" + shop + "/hide").with(httpBasic(other.username(), other.password()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}")).andExpect(status().isNotFound());
    }

    @Test
    void onlyANationalAdministratorReplacesTheBankListThroughTheApi() throws Exception {
        Fixtures.Officer province = market.fixtures().account(Caller.Role.ADMIN, Places.LAM_DONG);
        mvc.perform(put("/api/v1/market/banks").with(httpBasic(province.username(), province.password()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"source\": \"x\", \"asOf\": \"2026-06-01\", \"banks\": []}"))
                .andExpect(status().isForbidden());
        assertThat(market.banks().all()).hasSizeGreaterThan(50);
    }

    private JsonNode decode(String payload) throws Exception {
        String body = mvc.perform(post("/api/v1/vietqr/decode").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("payload", payload)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        return json.readTree(body);
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}

package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public catalogue, no login: search without diacritics and in English, filters, product pages with JSON-LD, the
 * two languages with hreflang, "Buy from the Union", the sitemap and one merchant feed per language.
 */
@IntegrationTest
class StorefrontIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    MarketFixtures market;
    @Autowired
    JsonMapper json;

    private String word;
    private long listed;
    private long shopId;

    @BeforeEach
    void aListedProductOfPhanThietWithAnOcopRating() {
        word = Fixtures.uniqueGivenName();
        MarketFixtures.Seller lan = market.seller(Places.PHAN_THIET);
        String decided = LocalDate.now().minusMonths(6).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        listed = market.listed(lan, Places.PHAN_THIET, AShop.valid().named("Cơ sở " + word),
                AProduct.valid().named("Mắm ruốc " + word, "Shrimp paste " + word)
                        .ocop("4", "2207/QĐ-UBND", decided, "UBND tỉnh Lâm Đồng"));
        shopId = shopOf(listed);
    }

    @Test
    void aVisitorFindsItTypingWithoutDiacritics() throws Exception {
        assertThat(page("/cho-so?q=mam ruoc " + word.toLowerCase(Locale.ROOT))).contains("data-product=\"" + listed + "\"")
                .contains("Mắm ruốc " + word).contains("OCOP 4 sao");
    }

    @Test
    void anEnglishVisitorFindsItByItsEnglishNameAndSeesEnglish() throws Exception {
        String html = page("/en/market?q=shrimp paste " + word);
        assertThat(html).contains("data-product=\"" + listed + "\"").contains("Shrimp paste " + word).contains("OCOP 4 stars")
                .contains("lang=\"en\"");
    }

    @Test
    void aProvinceFilterKeepsOnlyThatProvince() throws Exception {
        assertThat(page("/cho-so?q=" + word + "&province=" + Places.LAM_DONG)).contains("data-product=\"" + listed + "\"");
        assertThat(page("/cho-so?q=" + word + "&province=" + Places.KHANH_HOA)).doesNotContain("data-product=\"" + listed + "\"")
                .contains("id=\"no-results\"");
    }

    @Test
    void communeCategoryOcopAndPriceFiltersNarrowTheResults() throws Exception {
        String base = "/cho-so?q=" + word + "&province=" + Places.LAM_DONG;
        assertThat(page(base + "&commune=" + Places.PHAN_THIET + "&category=FOOD&ocop=4&min=100000&max=150.000"))
                .contains("data-product=\"" + listed + "\"");
        assertThat(page(base + "&commune=" + Places.MUI_NE)).doesNotContain("data-product=\"" + listed + "\"");
        assertThat(page(base + "&category=CRAFT")).doesNotContain("data-product=\"" + listed + "\"");
        assertThat(page(base + "&ocop=5")).doesNotContain("data-product=\"" + listed + "\"");
        assertThat(page(base + "&max=100000")).doesNotContain("data-product=\"" + listed + "\"");
    }

    @Test
    void deliversToMyCommuneMeansTheShopsOwnCommuneOrOneOfItsAreas() throws Exception {
        String base = "/cho-so?q=" + word + "&province=" + Places.LAM_DONG + "&to=";
        assertThat(page(base + Places.PHAN_THIET)).contains("data-product=\"" + listed + "\"");
        assertThat(page(base + Places.LIEN_HUONG)).doesNotContain("data-product=\"" + listed + "\"");
        MarketFixtures.Seller hoa = market.seller(Places.PHU_THUY);
        long wide = market.listed(hoa, Places.PHU_THUY, AShop.valid().areas(market.fixtures().unit(Places.LAM_DONG).id()),
                AProduct.valid().named("Thanh long " + word, "Dragon fruit " + word));
        assertThat(page(base + Places.LIEN_HUONG)).contains("data-product=\"" + wide + "\"");
    }

    @Test
    void aPendingProductIsNotInTheCatalogueNorOnItsPage() throws Exception {
        MarketFixtures.Seller mai = market.seller(Places.PHAN_THIET);
        long shop = market.shop(mai, AShop.valid());
        long pending = market.product(mai, shop, AProduct.valid().named("Bánh tráng " + word, null));
        assertThat(page("/cho-so?q=banh trang " + word)).doesNotContain("data-product=\"" + pending + "\"");
        mvc.perform(get("/cho-so/san-pham/" + pending)).andExpect(status().isNotFound());
    }

    @Test
    void aProductPageCarriesSchemaOrgProductOfferAndOcopCertification() throws Exception {
        String html = page("/cho-so/san-pham/" + listed);
        String ld = html.substring(html.indexOf("application/ld+json\">") + 21, html.indexOf("</script>"));
        JsonNode product = json.readTree(ld);
        assertThat(product.get("@type").asString()).isEqualTo("Product");
        assertThat(product.get("name").asString()).isEqualTo("Mắm ruốc " + word);
        JsonNode offer = product.get("offers").get(0);
        assertThat(offer.get("price").asLong()).isEqualTo(120_000);
        assertThat(offer.get("priceCurrency").asString()).isEqualTo("VND");
        assertThat(offer.get("availability").asString()).isEqualTo("https://schema.org/InStock");
        assertThat(offer.get("seller").get("name").asString()).isEqualTo("Cơ sở " + word);
        JsonNode certification = product.get("hasCertification");
        assertThat(certification.get("@type").asString()).isEqualTo("Certification");
        assertThat(certification.get("certificationIdentification").asString()).isEqualTo("2207/QĐ-UBND");
        assertThat(certification.get("certificationRating").get("ratingValue").asInt()).isEqualTo(4);
        assertThat(html).contains("hreflang=\"en\" href=\"http://localhost:8080/en/market/products/" + listed + "\"")
                .contains("hreflang=\"vi\" href=\"http://localhost:8080/cho-so/san-pham/" + listed + "\"");
    }

    @Test
    void theEnglishProductPageIsEnglishWhateverTheLanguageCookieSays() throws Exception {
        MvcResult r = mvc.perform(get("/en/market/products/" + listed).cookie(new Cookie("hoiso-lang", "vi")))
                .andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentAsString()).contains("Shrimp paste " + word).contains("Place the order")
                .contains("<html lang=\"en\"");
        assertThat(r.getResponse().getCookie("hoiso-lang")).isNull();
    }

    @Test
    void aSellersPhoneIsMaskedAndNoManagersNameIsShown() throws Exception {
        String html = page("/cho-so/cua-hang/" + shopId);
        assertThat(html).contains("09xx xxx 678").doesNotContain("0912345678").doesNotContain("Phạm Thị");
    }

    @Test
    void buyFromTheUnionListsTheShopsOfACommuneAndOfItsProvince() throws Exception {
        long commune = market.fixtures().unit(Places.PHAN_THIET).id();
        long province = market.fixtures().unit(Places.LAM_DONG).id();
        assertThat(page("/cho-so/don-vi/" + commune)).contains("Cơ sở " + word);
        assertThat(page("/en/market/union/" + province)).contains("Cơ sở " + word).contains("Buy from the Union");
        assertThat(page("/cho-so/don-vi/" + market.fixtures().unit(Places.NHA_TRANG).id())).doesNotContain("Cơ sở " + word);
    }

    @Test
    void theSitemapListsTheProductInBothLanguages() throws Exception {
        assertThat(page("/sitemap.xml")).contains("<loc>http://localhost:8080/sitemap-market-1.xml</loc>");
        String all = page("/sitemap-market-0.xml") + page("/sitemap-market-1.xml") + page("/sitemap-market-2.xml");
        assertThat(all).contains("<loc>http://localhost:8080/cho-so/san-pham/" + listed + "</loc>")
                .contains("<loc>http://localhost:8080/en/market/products/" + listed + "</loc>")
                .contains("hreflang=\"en\" href=\"http://localhost:8080/en/market/products/" + listed + "\"")
                .contains("<loc>http://localhost:8080/cho-so/cua-hang/" + shopId + "</loc>");
    }

    @Test
    void eachMerchantFeedIsInOneLanguageAndNeedsAPhoto() throws Exception {
        assertThat(page("/cho-so/google-merchant.xml")).doesNotContain("CS-" + listed + "<");
        market.addPhoto(listed);
        String vi = page("/cho-so/google-merchant.xml");
        String en = page("/en/market/google-merchant.xml");
        assertThat(vi).contains("<g:id>CS-" + listed + "</g:id>").contains("<title>Mắm ruốc " + word + "</title>")
                .contains("<g:price>120000 VND</g:price>").contains("<g:availability>in_stock</g:availability>");
        assertThat(en).contains("<g:id>CS-" + listed + "</g:id>").contains("<title>Shrimp paste " + word + "</title>")
                .doesNotContain("Mắm ruốc " + word);
    }

    @Test
    void listedPhotosAreCachedByBrowsers() throws Exception {
        long photo = market.addPhoto(listed);
        MvcResult r = mvc.perform(get("/cho-so/anh/" + photo + "/nho")).andExpect(status().isOk()).andReturn();
        assertThat(r.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(r.getResponse().getHeader("Cache-Control")).contains("max-age=3600").contains("public");
    }

    private String page(String uri) throws Exception {
        return mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long shopOf(long productId) {
        return market.products().find(productId).orElseThrow().shopId();
    }
}

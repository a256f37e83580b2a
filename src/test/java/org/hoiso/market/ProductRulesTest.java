package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.hoiso.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a product must be before anything is written; each bad input named with its field. */
class ProductRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Test
    void aValidProductPassesWithItsLowestPrice() {
        ProductRules.Checked c = ProductRules.check(AProduct.valid().variants(List.of(
                new ProductInput.VariantInput(null, "Chai 500 ml", "500 ml bottle", "120.000", "20"),
                new ProductInput.VariantInput(null, "Can 2 lít", "2 litre can", "420000", "0"))).input(), TODAY);
        assertThat(c.problems()).isEmpty();
        assertThat(c.lowestPrice()).isEqualTo(120_000);
        assertThat(c.variants()).extracting(ProductRules.CheckedVariant::stock).containsExactly(20, 0);
    }

    @ParameterizedTest(name = "price {0}, stock {1} → {2} on {3}")
    @CsvSource(delimiter = '|', textBlock = """
            120000.5 | 5   | market.price.decimals  | variants[0].price
            -120000  | 5   | market.price.negative  | variants[0].price
            120000   | -1  | market.stock.negative  | variants[0].stock
            120000   | 1.5 | market.stock.whole     | variants[0].stock
            """)
    void badNumbersAreRefusedOnTheirField(String price, String stock, String code, String field) {
        assertThat(ProductRules.check(AProduct.valid().price(price, stock).input(), TODAY).problems())
                .containsExactly(FieldProblem.of(field, code));
    }

    @Test
    void aMadeToOrderProductHasNoStock() {
        ProductRules.Checked c = ProductRules.check(AProduct.valid().madeToOrder().price("350000", "").input(), TODAY);
        assertThat(c.problems()).isEmpty();
        assertThat(c.variants().get(0).stock()).isNull();
    }

    @Test
    void scriptInADescriptionIsRefusedNotEscaped() {
        assertThat(ProductRules.check(AProduct.valid().description("Ngon <script>alert('x')</script>", null).input(), TODAY)
                .problems()).containsExactly(FieldProblem.of("descriptionVi", "market.text.markup"));
    }

    @Test
    void severalVariantsEachNeedAName() {
        assertThat(ProductRules.check(AProduct.valid().variants(List.of(
                new ProductInput.VariantInput(null, "Nhỏ", null, "10000", "1"),
                new ProductInput.VariantInput(null, "", null, "20000", "1"))).input(), TODAY).problems())
                .containsExactly(FieldProblem.of("variants[1].nameVi", "error.field.required"));
    }

    @Test
    void elevenVariantsAreTooMany() {
        List<ProductInput.VariantInput> eleven = IntStream.range(0, 11)
                .mapToObj(i -> new ProductInput.VariantInput(null, "Loại " + i, null, "1000", "1")).toList();
        assertThat(ProductRules.check(AProduct.valid().variants(eleven).input(), TODAY).problems()).extracting(FieldProblem::code)
                .containsExactly("market.variants.tooMany");
    }

    @Test
    void aValidOcopRatingRunsThreeYearsFromItsDecision() {
        ProductRules.Checked c = ProductRules.check(AProduct.valid()
                .ocop("4", "1234/QĐ-UBND", "20/07/2024", "UBND tỉnh Bình Thuận").input(), TODAY);
        assertThat(c.problems()).isEmpty();
        assertThat(c.ocop().expires()).isEqualTo(LocalDate.of(2027, 7, 19));
        assertThat(c.ocop().validOn(LocalDate.of(2027, 7, 19))).isTrue();
        assertThat(c.ocop().validOn(LocalDate.of(2027, 7, 20))).isFalse();
    }

    @Test
    void anExpiredOcopRatingIsRefusedWithItsExpiryDay() {
        assertThat(ProductRules.check(AProduct.valid().ocop("5", "88/QĐ-UBND", "01/06/2023", "UBND tỉnh Lâm Đồng").input(), TODAY)
                .problems()).containsExactly(FieldProblem.of("ocopDate", "market.ocop.expired", "31/05/2026"));
    }

    @ParameterizedTest(name = "stars {0}, decision {1}, date {2}, authority {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            6    | 1/QĐ | 01/01/2026 | UBND tỉnh | ocopStars
            4    | null | 01/01/2026 | UBND tỉnh | ocopDecision
            4    | 1/QĐ | 31/02/2026 | UBND tỉnh | ocopDate
            4    | 1/QĐ | 01/01/2027 | UBND tỉnh | ocopDate
            4    | 1/QĐ | 01/01/2026 | null      | ocopAuthority
            """)
    void anIncompleteOrImpossibleOcopRatingIsRefusedOnItsField(String stars, String decision, String date, String authority,
            String field) {
        assertThat(ProductRules.check(AProduct.valid().ocop(stars, decision, date, authority).input(), TODAY).problems())
                .extracting(FieldProblem::field).containsExactly(field);
    }

    @Test
    void aTraceabilityLinkMustBeHttps() {
        assertThat(ProductRules.check(AProduct.valid().trace("L01", "javascript:alert(1)").input(), TODAY).problems())
                .containsExactly(FieldProblem.of("traceUrl", "market.product.traceUrl"));
        assertThat(ProductRules.check(AProduct.valid().trace("L01", "https://truyxuat.vn/sp/123").input(), TODAY).problems())
                .isEmpty();
    }

    @Test
    void anUnknownCategoryIsRefused() {
        assertThat(ProductRules.check(AProduct.valid().category("WEAPONS").input(), TODAY).problems())
                .containsExactly(FieldProblem.of("category", "market.product.categoryUnknown"));
    }
}

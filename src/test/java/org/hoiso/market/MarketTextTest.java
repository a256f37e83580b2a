package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Prices in whole dong as people type them, stock in whole items, no HTML in texts, masks of a phone and a name. */
class MarketTextTest {

    @ParameterizedTest(name = "price \"{0}\" → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            120000        | 120000 | null
            120.000       | 120000 | null
            1.200.000     | 1200000 | null
            ' 120 000 '   | 120000 | null
            1             | 1      | null
            120000.5      | null   | market.price.decimals
            120,5         | null   | market.price.decimals
            12.50         | null   | market.price.decimals
            -5000         | null   | market.price.negative
            0             | null   | market.price.range
            10000000001   | null   | market.price.range
            mười nghìn    | null   | market.price.format
            ''            | null   | market.price.required
            """)
    void aPriceIsAWholePositiveNumberOfDongWithOrWithoutThousandsDots(String typed, Long value, String problem) {
        MarketText.Amount a = MarketText.price(typed);
        assertThat(a.value()).isEqualTo(value);
        assertThat(a.problem()).isEqualTo(problem);
    }

    @ParameterizedTest(name = "stock \"{0}\" → {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            0        | 0    | null
            50       | 50   | null
            -1       | null | market.stock.negative
            2.5      | null | market.stock.whole
            1000001  | null | market.stock.format
            many     | null | market.stock.format
            ''       | null | market.stock.required
            """)
    void stockIsAWholeNumberFromZero(String typed, Long value, String problem) {
        MarketText.Amount a = MarketText.stock(typed);
        assertThat(a.value()).isEqualTo(value);
        assertThat(a.problem()).isEqualTo(problem);
    }

    @ParameterizedTest(name = "\"{0}\" holds markup: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nước mắm **ngon** và *thơm*               | false
            Giá 5 < 10 nghìn                          | false
            - dòng một                                | false
            <script>alert(1)</script>                 | true
            <img src=x onerror=alert(1)>              | true
            </p>                                      | true
            <!-- chú thích -->                        | true
            [xem](javascript:alert(1))                | true
            &#60;script&#62;                          | true
            ảnh onload = x                            | true
            """)
    void anyHtmlOrScriptIsFound(String text, boolean markup) {
        assertThat(MarketText.hasMarkup(text)).isEqualTo(markup);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"0912345678, 09xx xxx 678", "123, xxx"})
    void aListShowsAPhoneMasked(String phone, String masked) {
        assertThat(MarketText.maskPhone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Nguyễn Thị Hoa, Nguyễn T. H.", "Lan, Lan"})
    void aListShowsABuyersNameMasked(String name, String masked) {
        assertThat(MarketText.maskName(name)).isEqualTo(masked);
    }
}

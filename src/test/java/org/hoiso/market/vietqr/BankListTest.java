package org.hoiso.market.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankListTest {

    private static final BankList BUNDLED = BankList.bundled();

    @Test
    void theBundledListNamesBanksByBin() {
        assertThat(BUNDLED.find("970436")).hasValueSatisfying(b -> assertThat(b.shortName()).isEqualTo("Vietcombank"));
        assertThat(BUNDLED.find("970403").orElseThrow()).isEqualTo(new BankList.Bank("970403", "Sacombank", ""));
        assertThat(BUNDLED.banks()).hasSizeGreaterThan(60).allSatisfy((bin, bank) -> assertThat(bank.bin()).isEqualTo(bin));
    }

    @Test
    void aBinIsValidWhenSixDigitsAndInTheListNotWhenItStartsWith9704() {
        assertThat(BUNDLED.isKnownBin("546034")).isTrue();
        assertThat(BUNDLED.isKnownBin("422589")).isTrue();
        assertThat(BUNDLED.isKnownBin("970401")).isFalse();
        assertThat(BUNDLED.isKnownBin("9704")).isFalse();
        assertThat(BUNDLED.isKnownBin(null)).isFalse();
        assertThat(BUNDLED.find(null)).isEmpty();
    }

    @Test
    void bothCimbBinsAreKeptWithTheirNote() {
        assertThat(BUNDLED.find("970459").orElseThrow().note()).contains("422589");
        assertThat(BUNDLED.find("422589").orElseThrow().shortName()).isEqualTo("CIMB VN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"97040", "9704361", "97043a", "", " 970436", "٩٧٠٤٣٦"})
    void aBinFormatIsExactlySixAsciiDigits(String bin) {
        assertThat(BankList.isBinFormat(bin)).isFalse();
    }

    @Test
    void headerBlankLinesByteOrderMarkAndQuotesAreRead() {
        BankList list = BankList.parse(List.of("\uFEFFbin,short_name,note", "", "970436, Vietcombank ,",
                "\"999999\",\"Test, Bank\",\"a \"\"quoted\"\" note, with a comma\"", "888888,Other"));
        assertThat(list.banks().values()).containsExactly(new BankList.Bank("970436", "Vietcombank", ""),
                new BankList.Bank("999999", "Test, Bank", "a \"quoted\" note, with a comma"),
                new BankList.Bank("888888", "Other", ""));
    }

    @Test
    void theBanksCannotBeChangedThroughTheMap() {
        assertThatThrownBy(() -> BUNDLED.banks().put("111111", new BankList.Bank("111111", "X", "")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"97043,Short BIN,", "970436,,", "970436", "970403,Again,", "970499,A,b,c", "970499,\"open,"})
    void aBadLineIsRefusedWithItsLineNumber(String bad) {
        assertThatThrownBy(() -> BankList.parse(List.of("bin,short_name,note", "970403,Sacombank,", bad)))
                .isInstanceOfSatisfying(VietQrException.class, e -> {
                    assertThat(e.problems()).containsExactly(VietQrProblem.BANK_LIST_LINE);
                    assertThat(e.args()).containsExactly(3);
                });
    }
}

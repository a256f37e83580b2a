package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import java.util.function.Predicate;
import org.hoiso.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a shop must be before anything is written; the bank list decides which BINs exist. */
class ShopRulesTest {

    private static final Predicate<String> BANKS = Set.of("970436", "970405", "546034")::contains;

    @Test
    void aValidShopIsCleanedAsItWillBeStored() {
        ShopRules.Checked c = ShopRules.check(AShop.valid().phone("+84 912 345 678").holder("  Trần Thị Đào ").input(), BANKS);
        assertThat(c.problems()).isEmpty();
        assertThat(c.shop().phone()).isEqualTo("0912345678");
        assertThat(c.shop().accountHolder()).isEqualTo("TRAN THI DAO");
    }

    @ParameterizedTest(name = "BIN {0}, account \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            97043        | 0123456789      | bankBin     | market.bank.binFormat
            97O436       | 0123456789      | bankBin     | market.bank.binFormat
            970499       | 0123456789      | bankBin     | market.bank.unknown
            970436       | 0123 456 789    | bankAccount | market.bank.accountSpaces
            970436       | 0123-456-789    | bankAccount | market.bank.accountFormat
            970436       | 01234567890123456789 | bankAccount | market.bank.accountFormat
            """)
    void aBankAccountBuyersCannotPayIntoIsRefused(String bin, String account, String field, String code) {
        assertThat(ShopRules.check(AShop.valid().bank(bin, account).input(), BANKS).problems()).extracting(FieldProblem::field,
                FieldProblem::code).containsExactly(tuple(field, code));
    }

    @Test
    void aBinOutside9704InTheListIsKnown() {
        assertThat(ShopRules.check(AShop.valid().bank("546034", "0123456789").input(), BANKS).problems()).isEmpty();
    }

    @Test
    void aHolderNameWithSymbolsIsRefused() {
        assertThat(ShopRules.check(AShop.valid().holder("Lan 😀").input(), BANKS).problems()).extracting(FieldProblem::code)
                .containsExactly("market.bank.holder");
    }

    @Test
    void aShopWithNeitherDeliveryNorPickupIsRefused() {
        assertThat(ShopRules.check(AShop.valid().pickups().input(), BANKS).problems()).extracting(FieldProblem::code)
                .containsExactly("market.shop.areas.none");
    }

    @Test
    void aLandlineIsNoShopPhone() {
        assertThat(ShopRules.check(AShop.valid().phone("024 3825 1234").input(), BANKS).problems())
                .extracting(FieldProblem::code).containsExactly("market.shop.phoneInvalid");
    }
}

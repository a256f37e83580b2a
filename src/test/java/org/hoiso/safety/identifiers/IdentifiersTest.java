package org.hoiso.safety.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.hoiso.market.vietqr.Payment;
import org.hoiso.market.vietqr.VietQr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest(name = "\"{0}\" is the {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "0912 345 678                    | PHONE        | +84912345678",
            "+84 169 123 4567                | PHONE        | +84391234567",
            "Vietcombank 0011 0012 34567     | BANK_ACCOUNT | 970436:0011001234567",
            "vietcombank: 0011001234567      | BANK_ACCOUNT | 970436:0011001234567",
            "970436 0011-001-234567          | BANK_ACCOUNT | 970436:0011001234567",
            "Sài Gòn Bank 123456789          | BANK_ACCOUNT | 970400:123456789",
            "MB 0123 456 789                 | BANK_ACCOUNT | 970422:0123456789",
            "https://fb.com/nguyen.van.lua   | PROFILE      | https://www.facebook.com/nguyen.van.lua",
            "www.vietcombank-secure.xyz/otp  | LINK         | vietcombank-secure.xyz/otp"})
    void oneBoxTakesAnyIdentifier(String typed, IdentifierKind kind, String value) {
        assertThat(Identifiers.guess(typed)).contains(new Identifier(kind, value));
    }

    @Test
    void aPastedVietQrCodeIsTheAccountItPaysTo() {
        String payload = VietQr.encode(Payment.toAccount("970415", "113366668888").withAmount(2_000_000));
        assertThat(Identifiers.guess(payload)).contains(new Identifier(IdentifierKind.BANK_ACCOUNT, "970415:113366668888"));
        assertThat(BankAccounts.fromVietQr(payload.substring(0, payload.length() - 1) + "0")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is no identifier")
    @ValueSource(strings = {"", "xin chào", "Vietcombank", "999999 0011001234567", "000201 broken"})
    void whatIsNoIdentifierIsRefused(String typed) {
        assertThat(Identifiers.guess(typed)).isEmpty();
    }

    @Test
    void aBankAccountIsChosenByAListedBankAndReadWithItsName() {
        assertThat(BankAccounts.normalise("970436", " 0011 0012 34567 ")).contains(
                new Identifier(IdentifierKind.BANK_ACCOUNT, "970436:0011001234567"));
        assertThat(BankAccounts.normalise("123456", "0011001234567")).isEmpty();
        assertThat(BankAccounts.normalise("970436", "12")).isEmpty();
        assertThat(new Identifier(IdentifierKind.BANK_ACCOUNT, "970436:0011001234567").display())
                .isEqualTo("Vietcombank 0011001234567");
        assertThat(new Identifier(IdentifierKind.PHONE, "+84912345678").display()).isEqualTo("0912345678");
    }
}

package org.hoiso.market.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietQrEncodeTest {

    private static final Payment SHOP = Payment.toAccount("970436", "0123456789");

    private static void refused(Payment payment, VietQrProblem... problems) {
        assertThat(VietQr.check(payment)).containsExactly(problems);
        assertThatThrownBy(() -> VietQr.encode(payment)).isInstanceOfSatisfying(VietQrException.class,
                e -> assertThat(e.problems()).containsExactly(problems));
    }

    @ParameterizedTest
    @ValueSource(strings = {"97040", "9704031", "97040A", "", "９７０４３６"})
    void aBinIsExactlySixAsciiDigits(String bin) {
        refused(Payment.toAccount(bin, "0123456789"), VietQrProblem.BIN_FORMAT);
    }

    @Test
    void aBinOutside9704IsWrittenTheBankListDecidesWhetherItExists() {
        assertThat(VietQr.check(Payment.toAccount("546034", "0123456789"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0011 012345678", "", "01234567890123456789", "0123-456", "Đ123"})
    void anAccountIsOneTo19LettersAndDigitsWithoutSpaces(String account) {
        refused(Payment.toAccount("970436", account), VietQrProblem.ACCOUNT_FORMAT);
    }

    @Test
    void anAccountOf19LettersAndDigitsIsWritten() {
        assertThat(VietQr.encode(Payment.toAccount("970422", "VQRQ000123456789012"))).contains("0119VQRQ000123456789012");
    }

    @Test
    void nullBinAndAccountAreRefusedTogether() {
        refused(Payment.toAccount(null, null), VietQrProblem.BIN_FORMAT, VietQrProblem.ACCOUNT_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -180_000, 10_000_000_000_000L, Long.MAX_VALUE})
    void anAmountIsAPositiveWholeNumberOfDongOfAtMost13Digits(long amount) {
        refused(SHOP.withAmount(amount), VietQrProblem.AMOUNT_FORMAT);
    }

    @Test
    void anAmountIsWrittenAsAnIntegerInADynamicCode() {
        String code = VietQr.encode(SHOP.withAmount(9_999_999_999_999L));
        assertThat(code).startsWith("000201010212").contains("54139999999999999");
        assertThat(VietQr.encode(SHOP)).startsWith("000201010211").doesNotContain("5406");
    }

    @Test
    void aDynamicCodeWithoutAmountOrAServiceOrAPointOfInitiationIsRefused() {
        refused(new Payment("970436", "0123456789", TransferService.ACCOUNT, Initiation.DYNAMIC, null, null, null, null, null),
                VietQrProblem.AMOUNT_MISSING);
        refused(new Payment("970436", "0123456789", null, null, null, null, null, null, null),
                VietQrProblem.SERVICE, VietQrProblem.INITIATION);
    }

    @Test
    void aPurposeOfMoreThan25CharactersIsRefusedAnd25AreWritten() {
        refused(SHOP.withPurpose("x".repeat(26)), VietQrProblem.PURPOSE_TOO_LONG);
        assertThat(VietQr.encode(SHOP.withPurpose("x".repeat(25)))).contains("6229" + "0825" + "x".repeat(25) + "6304");
    }

    @Test
    void aPurposeWithAnEmojiOrAControlCharacterIsRefusedNeverWritten() {
        refused(SHOP.withPurpose("Cảm ơn \uD83D\uDE00"), VietQrProblem.PURPOSE_CHARACTERS);
        refused(SHOP.withPurpose("tien\thang"), VietQrProblem.PURPOSE_CHARACTERS);
        refused(SHOP.withPurpose("日本"), VietQrProblem.PURPOSE_CHARACTERS);
    }

    @Test
    void vietnameseMarksAreDroppedFromTheTextAsWritten() {
        assertThat(VietQr.asciiText("Thanh toán đơn hàng HS-123")).isEqualTo("Thanh toan don hang HS-123");
        assertThat(VietQr.asciiText(Normalizer.normalize("Thanh toán đơn hàng HS-123", Normalizer.Form.NFD)))
                .isEqualTo("Thanh toan don hang HS-123");
        assertThat(VietQr.asciiText("ĐẶNG THỊ ĐÀO, Ưng Ơn, ỹ")).isEqualTo("DANG THI DAO, Ung On, y");
        assertThat(VietQr.asciiText("")).isNull();
    }

    @Test
    void theLengthLimitCountsTheTextAsWrittenSoThePhraseWithItsOrderNumberIsOneTooLong() {
        refused(SHOP.withPurpose("Thanh toán đơn hàng HS-123"), VietQrProblem.PURPOSE_TOO_LONG);
        String code = VietQr.encode(SHOP.withPurpose("Thanh toán đơn HS-123"));
        assertThat(code).contains("0821Thanh toan don HS-123");
        assertThat(VietQr.decode(code).purpose()).isEqualTo("Thanh toan don HS-123");
    }

    @Test
    void merchantNameCityAndBillNumberAreWrittenInAsciiWithTheirLimits() {
        String code = VietQr.encode(SHOP.withAmount(50_000).withBillNumber("ĐH-0042").withMerchant("Tạp hóa Hương", "Đà Nẵng"));
        assertThat(code).contains("5913Tap hoa Huong", "6007Da Nang", "0107DH-0042");
        refused(SHOP.withMerchant("x".repeat(26), "y".repeat(16)), VietQrProblem.MERCHANT_NAME_TOO_LONG,
                VietQrProblem.MERCHANT_CITY_TOO_LONG);
        refused(SHOP.withBillNumber("№1").withMerchant("Shop ♥", "Huế\u0000"), VietQrProblem.BILL_NUMBER_CHARACTERS,
                VietQrProblem.MERCHANT_NAME_CHARACTERS, VietQrProblem.MERCHANT_CITY_CHARACTERS);
        refused(SHOP.withBillNumber("b".repeat(26)), VietQrProblem.BILL_NUMBER_TOO_LONG);
    }

    @Test
    void emptyTextsAreLeftOut() {
        assertThat(VietQr.encode(SHOP.withPurpose("").withBillNumber("").withMerchant("", ""))).isEqualTo(VietQr.encode(SHOP));
    }

    @Test
    void theCodeIsPrintableAsciiEndingWithItsCrc() {
        String code = VietQr.encode(SHOP.withAmount(25_000).withPurpose("Mua rau muống").withMerchant("Chị Tư", "Cần Thơ"));
        assertThat(code.chars()).allMatch(c -> c >= 0x20 && c <= 0x7E);
        String body = code.substring(0, code.length() - 4);
        assertThat(body).endsWith("6304");
        assertThat(code.substring(code.length() - 4)).isEqualTo(Crc16.hex(body));
    }

    @Test
    void everyProblemNamesAFieldOfThePaymentOrTheWholePayloadOrTheBankList() {
        Set<String> fields = Arrays.stream(Payment.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(HashSet::new));
        fields.addAll(List.of("payload", "banks"));
        for (VietQrProblem problem : VietQrProblem.values()) {
            assertThat(problem.field()).as(problem.name()).isIn(fields);
        }
    }
}

package org.hoiso.market.vietqr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hoiso.market.vietqr.Payloads.DYNAMIC_ACCOUNT;
import static org.hoiso.market.vietqr.Payloads.NAPAS_38;
import static org.hoiso.market.vietqr.Payloads.tlv;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VietQrDecodeTest {

    private static final String FORMAT = "000201";
    private static final String DYNAMIC = "010212";
    private static final String STATIC = "010211";
    private static final String CURRENCY = "5303704";
    private static final String AMOUNT = "5406180000";
    private static final String COUNTRY = "5802VN";
    private static final String ADDITIONAL = "62340107NPS68690819thanh toan don hang";
    /** An e-wallet's own account template, with another GUID than NAPAS's. */
    private static final String WALLET = tlv("00", "vn.example.wallet") + tlv("01", "0901234567");
    /** The NAPAS example as printed: the account's length says 12 digits and 13 follow. */
    private static final String PRINTED_TYPO_38 = "38570010A00000072701270006970403011200110123456780208QRIBFTTA";

    private static String payload(String... elements) {
        return Payloads.withCrc(String.join("", elements));
    }

    private static String napas(int tag, String bin, String account, String service) {
        String beneficiary = tlv("00", bin) + tlv("01", account);
        return tlv(String.valueOf(tag), tlv("00", VietQr.NAPAS_GUID) + tlv("01", beneficiary) + tlv("02", service));
    }

    private static String dynamicWith(String... extra) {
        return payload(FORMAT, DYNAMIC, NAPAS_38, CURRENCY, AMOUNT, COUNTRY, String.join("", extra));
    }

    @Test
    void theHelpersBuildTheSpecificationsExample() {
        assertThat(payload(FORMAT, DYNAMIC, NAPAS_38, CURRENCY, AMOUNT, COUNTRY, ADDITIONAL)).isEqualTo(DYNAMIC_ACCOUNT);
        assertThat(napas(38, "970403", "0011012345678", "QRIBFTTA")).isEqualTo(NAPAS_38);
    }

    static Stream<Arguments> malformed() {
        String v = DYNAMIC_ACCOUNT;
        return Stream.of(
                Arguments.of("null", null, VietQrProblem.EMPTY),
                Arguments.of("empty", "", VietQrProblem.EMPTY),
                Arguments.of("only blanks", " \r\n\t", VietQrProblem.EMPTY),
                Arguments.of("10,000 characters", "0".repeat(10_000), VietQrProblem.TOO_LONG),
                Arguments.of("513 characters", v + "0".repeat(513 - v.length()), VietQrProblem.TOO_LONG),
                Arguments.of("a letter with a diacritic", v.replace("thanh toan", "thanh toán"), VietQrProblem.CHARACTERS),
                Arguments.of("a control character", v.replace("toan don", "toan\u0007don"), VietQrProblem.CHARACTERS),
                Arguments.of("an emoji", v.replace("hang", "h\uD83D\uDE00"), VietQrProblem.CHARACTERS),
                Arguments.of("not elements at all", "hello, world", VietQrProblem.MALFORMED),
                Arguments.of("a non-digit ID", "000201" + "A10211", VietQrProblem.MALFORMED),
                Arguments.of("a non-digit length", "00020101x211", VietQrProblem.MALFORMED),
                Arguments.of("truncated in an element", v.substring(0, 60), VietQrProblem.TRUNCATED),
                Arguments.of("truncated in the CRC", v.substring(0, v.length() - 2), VietQrProblem.TRUNCATED),
                Arguments.of("a nested length that disagrees with its value, CRC matching",
                        payload(FORMAT, STATIC, PRINTED_TYPO_38, CURRENCY, COUNTRY), VietQrProblem.LENGTH_MISMATCH),
                Arguments.of("a top-level length that disagrees with its value, CRC matching",
                        dynamicWith("5905ABCDEF", ADDITIONAL), VietQrProblem.LENGTH_MISMATCH),
                Arguments.of("garbage after the CRC", v + "xyz", VietQrProblem.TRAILING_DATA),
                Arguments.of("an element after the CRC", v + "0000", VietQrProblem.TRAILING_DATA),
                Arguments.of("no CRC", v.substring(0, v.length() - 8), VietQrProblem.CRC_MISSING),
                Arguments.of("a CRC that is not hexadecimal", v.substring(0, v.length() - 4) + "2E2G", VietQrProblem.CRC_MISSING),
                Arguments.of("a wrong CRC", v.substring(0, v.length() - 4) + "2E2F", VietQrProblem.CRC_MISMATCH),
                Arguments.of("an amount changed after the CRC was made", v.replace("180000", "980000"),
                        VietQrProblem.CRC_MISMATCH),
                Arguments.of("two amounts", dynamicWith("5403100", ADDITIONAL), VietQrProblem.DUPLICATE_TAG),
                Arguments.of("two purposes", dynamicWith(tlv("62", "0802ab0802cd")), VietQrProblem.DUPLICATE_TAG),
                Arguments.of("no payload format first", payload(DYNAMIC, NAPAS_38, CURRENCY, AMOUNT, COUNTRY),
                        VietQrProblem.PAYLOAD_FORMAT),
                Arguments.of("the payload format second", payload(DYNAMIC, FORMAT, NAPAS_38, CURRENCY, AMOUNT, COUNTRY),
                        VietQrProblem.PAYLOAD_FORMAT),
                Arguments.of("only another scheme's template", payload(FORMAT, STATIC, tlv("26", WALLET), CURRENCY, COUNTRY),
                        VietQrProblem.NOT_NAPAS),
                Arguments.of("two NAPAS templates", payload(FORMAT, STATIC, NAPAS_38,
                        napas(27, "970436", "0123456789", "QRIBFTTA"), CURRENCY, COUNTRY), VietQrProblem.SEVERAL_NAPAS),
                Arguments.of("dollars", payload(FORMAT, DYNAMIC, NAPAS_38, "5303840", AMOUNT, COUNTRY), VietQrProblem.CURRENCY),
                Arguments.of("no currency", payload(FORMAT, STATIC, NAPAS_38, COUNTRY), VietQrProblem.CURRENCY),
                Arguments.of("another country", payload(FORMAT, STATIC, NAPAS_38, CURRENCY, "5802TH"), VietQrProblem.COUNTRY),
                Arguments.of("an unknown point of initiation", payload(FORMAT, "010213", NAPAS_38, CURRENCY, COUNTRY),
                        VietQrProblem.INITIATION),
                Arguments.of("no point of initiation", payload(FORMAT, NAPAS_38, CURRENCY, COUNTRY), VietQrProblem.INITIATION),
                Arguments.of("a merchant payment", payload(FORMAT, STATIC, napas(38, "970403", "MERCHANT01", "QRPUSH"),
                        CURRENCY, COUNTRY), VietQrProblem.SERVICE),
                Arguments.of("a BIN of 5 digits", payload(FORMAT, STATIC, napas(38, "97040", "0011012345678", "QRIBFTTA"),
                        CURRENCY, COUNTRY), VietQrProblem.BIN_FORMAT),
                Arguments.of("an account with a space", payload(FORMAT, STATIC,
                        napas(38, "970403", "0011 012345678", "QRIBFTTA"), CURRENCY, COUNTRY), VietQrProblem.ACCOUNT_FORMAT),
                Arguments.of("an amount with decimals", payload(FORMAT, DYNAMIC, NAPAS_38, CURRENCY, "54071800.50", COUNTRY),
                        VietQrProblem.AMOUNT_FORMAT),
                Arguments.of("a dynamic code without an amount", payload(FORMAT, DYNAMIC, NAPAS_38, CURRENCY, COUNTRY),
                        VietQrProblem.AMOUNT_MISSING),
                Arguments.of("a purpose of 26 characters", dynamicWith(tlv("62", tlv("08", "x".repeat(26)))),
                        VietQrProblem.PURPOSE_TOO_LONG),
                Arguments.of("a bill number of 26 characters", dynamicWith(tlv("62", tlv("01", "x".repeat(26)))),
                        VietQrProblem.BILL_NUMBER_TOO_LONG),
                Arguments.of("a merchant name of 26 characters", dynamicWith(tlv("59", "x".repeat(26))),
                        VietQrProblem.MERCHANT_NAME_TOO_LONG),
                Arguments.of("a city of 16 characters", dynamicWith(tlv("60", "x".repeat(16))),
                        VietQrProblem.MERCHANT_CITY_TOO_LONG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void aMalformedPayloadIsRefusedWithItsOwnProblemAndNoField(String what, String payload, VietQrProblem problem) {
        DecodedVietQr decoded = VietQr.decode(payload);
        assertThat(decoded.valid()).isFalse();
        assertThat(decoded.problem()).isEqualTo(problem);
        assertThat(decoded.problemCode()).isEqualTo(problem.code()).startsWith("vietqr.");
        assertThat(decoded.payment()).isEmpty();
        assertThat(decoded).isEqualTo(DecodedVietQr.refused(problem));
    }

    @Test
    void everyProblemTheDecoderCanFindHasAMalformedExample() {
        Set<VietQrProblem> found = malformed().map(a -> (VietQrProblem) a.get()[2]).collect(Collectors.toSet());
        Set<VietQrProblem> decoderProblems = EnumSet.allOf(VietQrProblem.class);
        decoderProblems.removeAll(EnumSet.of(VietQrProblem.PURPOSE_CHARACTERS, VietQrProblem.BILL_NUMBER_CHARACTERS,
                VietQrProblem.MERCHANT_NAME_CHARACTERS, VietQrProblem.MERCHANT_CITY_CHARACTERS, VietQrProblem.BANK_LIST_LINE));
        assertThat(found).isEqualTo(decoderProblems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0100", "-100", "+100", "1e5", "1 000", "12345678901234"})
    void anAmountThatIsNotAPositiveIntegerOfAtMost13DigitsIsRefused(String amount) {
        assertThat(VietQr.decode(payload(FORMAT, DYNAMIC, NAPAS_38, CURRENCY, tlv("54", amount), COUNTRY)).problem())
                .isEqualTo(VietQrProblem.AMOUNT_FORMAT);
    }

    @Test
    void anAmountOf13DigitsIsRead() {
        assertThat(VietQr.decode(payload(FORMAT, DYNAMIC, NAPAS_38, CURRENCY, tlv("54", "9999999999999"), COUNTRY))
                .amount()).isEqualTo(9_999_999_999_999L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "97040", "9704031", "97040A", "970 03"})
    void aBinThatIsNotSixDigitsIsRefused(String bin) {
        String code = payload(FORMAT, STATIC, napas(38, bin, "0011012345678", "QRIBFTTA"), CURRENCY, COUNTRY);
        assertThat(VietQr.decode(code).problem()).isEqualTo(VietQrProblem.BIN_FORMAT);
    }

    @Test
    void aLowerCaseCrcIsAccepted() {
        String upper = "00020101021138600010A00000072701300006970403011697040311012345670208QRIBFTTC53037045802VN63044F52";
        String lower = upper.substring(0, upper.length() - 4) + "4f52";
        assertThat(VietQr.decode(lower).valid()).isTrue();
        assertThat(VietQr.decode(lower)).isEqualTo(VietQr.decode(upper));
    }

    @Test
    void tagOrderIsNotFixedTheAccountTemplateMayComeAfterTheAdditionalData() {
        String reordered = payload(FORMAT, DYNAMIC, CURRENCY, AMOUNT, COUNTRY, ADDITIONAL, NAPAS_38);
        DecodedVietQr decoded = VietQr.decode(reordered);
        assertThat(decoded.valid()).isTrue();
        assertThat(decoded).isEqualTo(VietQr.decode(DYNAMIC_ACCOUNT));
    }

    @Test
    void ofSeveralAccountTemplatesTheOneWithTheNapasGuidIsChosenEvenWhenSecond() {
        DecodedVietQr decoded = VietQr.decode(payload(FORMAT, DYNAMIC, tlv("26", WALLET), NAPAS_38, CURRENCY, AMOUNT,
                COUNTRY, ADDITIONAL));
        assertThat(decoded).isEqualTo(VietQr.decode(DYNAMIC_ACCOUNT));
    }

    @Test
    void theNapasTemplateMayStandInAnyTagFrom26To51() {
        DecodedVietQr decoded = VietQr.decode(payload(FORMAT, STATIC, tlv("38", WALLET),
                napas(51, "970436", "0123456789", "QRIBFTTA"), CURRENCY, COUNTRY));
        assertThat(decoded.valid()).isTrue();
        assertThat(decoded.bin()).isEqualTo("970436");
        assertThat(decoded.account()).isEqualTo("0123456789");
        DecodedVietQr outside = VietQr.decode(payload(FORMAT, STATIC, napas(52, "970436", "0123456789", "QRIBFTTA"),
                CURRENCY, COUNTRY));
        assertThat(outside.problem()).isEqualTo(VietQrProblem.NOT_NAPAS);
    }

    @Test
    void blanksAndLineBreaksAroundTheTextAreIgnored() {
        assertThat(VietQr.decode("  " + DYNAMIC_ACCOUNT + "\r\n")).isEqualTo(VietQr.decode(DYNAMIC_ACCOUNT));
        assertThat(VietQr.decode(DYNAMIC_ACCOUNT).valid()).isTrue();
    }

    @Test
    void aTextOf512CharactersIsReadButNotOneOf513() {
        String body = FORMAT + DYNAMIC + NAPAS_38 + CURRENCY + AMOUNT + COUNTRY + ADDITIONAL;
        StringBuilder padded = new StringBuilder(body);
        for (int tag = 80; padded.length() + 8 < 512; tag++) {
            int room = 512 - 8 - padded.length() - 4;
            padded.append(tlv(String.valueOf(tag), "z".repeat(Math.min(99, room))));
        }
        String code = payload(padded.toString());
        assertThat(code).hasSize(512);
        assertThat(VietQr.decode(code)).isEqualTo(VietQr.decode(DYNAMIC_ACCOUNT));
        assertThat(VietQr.decode(code + " ").valid()).isFalse();
        assertThat(VietQr.decode(code + " ").problem()).isEqualTo(VietQrProblem.TOO_LONG);
    }

    @Test
    void aStaticCodeMayCarryAnAmount() {
        DecodedVietQr decoded = VietQr.decode(payload(FORMAT, STATIC, NAPAS_38, CURRENCY, AMOUNT, COUNTRY));
        assertThat(decoded.valid()).isTrue();
        assertThat(decoded.pointOfInitiation()).isEqualTo(Initiation.STATIC);
        assertThat(decoded.amount()).isEqualTo(180_000L);
    }

    @Test
    void anEmptyTextElementCountsAsAbsentAndOtherTagsAreIgnored() {
        DecodedVietQr decoded = VietQr.decode(payload(FORMAT, STATIC, NAPAS_38, "52044829", CURRENCY, COUNTRY,
                tlv("62", "0800" + tlv("05", "REF42") + tlv("07", "T1"))));
        assertThat(decoded.valid()).isTrue();
        assertThat(decoded.purpose()).isNull();
        assertThat(decoded.payment().orElseThrow()).isEqualTo(Payment.toAccount("970403", "0011012345678"));
    }

    @Test
    void theMerchantNameAndCityAreRead() {
        DecodedVietQr decoded = VietQr.decode(dynamicWith(tlv("59", "Cua hang Hoa Mai"), tlv("60", "Ha Noi")));
        assertThat(decoded.merchantName()).isEqualTo("Cua hang Hoa Mai");
        assertThat(decoded.merchantCity()).isEqualTo("Ha Noi");
    }
}

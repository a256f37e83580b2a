package org.hoiso.market.vietqr;

/**
 * Why a VietQR payload is refused (by the decoder) or a payment cannot be encoded (by the encoder): a
 * message code of {@code i18n/market.properties} (Vietnamese) and {@code market_en.properties}
 * (English), and the field of the payment it is about ({@code payload} when it is about the code as a
 * whole), so a form can show it beside the field.
 */
public enum VietQrProblem {
    /** Nothing to read: null, empty or only blanks. */
    EMPTY("vietqr.empty", "payload"),
    /** Longer than {@link VietQr#MAX_PAYLOAD_LENGTH}: refused before it is read. */
    TOO_LONG("vietqr.tooLong", "payload"),
    /** A character that is not printable ASCII (a control character, a letter with a diacritic, an emoji). */
    CHARACTERS("vietqr.characters", "payload"),
    /** Not a run of ID-length-value elements (an ID or a length that is not two digits). */
    MALFORMED("vietqr.malformed", "payload"),
    /** The text stops inside an element: part of the code is missing. */
    TRUNCATED("vietqr.truncated", "payload"),
    /** A declared length disagrees with its value, although the CRC matches. */
    LENGTH_MISMATCH("vietqr.lengthMismatch", "payload"),
    /** Characters after the CRC element, which must be the last. */
    TRAILING_DATA("vietqr.trailingData", "payload"),
    /** No CRC element (tag 63, 4 hexadecimal digits) at the end. */
    CRC_MISSING("vietqr.crcMissing", "payload"),
    /** The CRC does not match the payload: the code was altered or misread. */
    CRC_MISMATCH("vietqr.crcMismatch", "payload"),
    /** The same tag twice (at the top or inside a template). */
    DUPLICATE_TAG("vietqr.duplicateTag", "payload"),
    /** The first element is not the payload format indicator {@code 000201}. */
    PAYLOAD_FORMAT("vietqr.payloadFormat", "payload"),
    /** No account template with the NAPAS GUID {@code A000000727}: not a VietQR transfer code. */
    NOT_NAPAS("vietqr.notNapas", "payload"),
    /** More than one account template with the NAPAS GUID: the receiving account is ambiguous. */
    SEVERAL_NAPAS("vietqr.severalNapas", "payload"),
    /** The currency (tag 53) is missing or not {@code 704} (Vietnamese dong). */
    CURRENCY("vietqr.currency", "payload"),
    /** The country (tag 58) is missing or not {@code VN}. */
    COUNTRY("vietqr.country", "payload"),
    /** The point of initiation (tag 01) is missing or neither {@code 11} nor {@code 12}. */
    INITIATION("vietqr.initiation", "pointOfInitiation"),
    /** The service is missing or not a transfer ({@code QRIBFTTA}, {@code QRIBFTTC}). */
    SERVICE("vietqr.service", "service"),
    /** The bank identification number is not exactly 6 digits. */
    BIN_FORMAT("vietqr.binFormat", "bin"),
    /** The account or card number is not 1–19 letters and digits. */
    ACCOUNT_FORMAT("vietqr.accountFormat", "account"),
    /** The amount is not a positive whole number of dong of at most 13 digits. */
    AMOUNT_FORMAT("vietqr.amountFormat", "amount"),
    /** A dynamic code without an amount. */
    AMOUNT_MISSING("vietqr.amountMissing", "amount"),
    /** The purpose of the transfer is longer than 25 characters once written without diacritics. */
    PURPOSE_TOO_LONG("vietqr.purposeTooLong", "purpose"),
    /** The purpose holds a character that cannot be written in ASCII (an emoji, a control character). */
    PURPOSE_CHARACTERS("vietqr.purposeCharacters", "purpose"),
    /** The bill number is longer than 25 characters once written without diacritics. */
    BILL_NUMBER_TOO_LONG("vietqr.billNumberTooLong", "billNumber"),
    /** The bill number holds a character that cannot be written in ASCII. */
    BILL_NUMBER_CHARACTERS("vietqr.billNumberCharacters", "billNumber"),
    /** The merchant name is longer than 25 characters once written without diacritics. */
    MERCHANT_NAME_TOO_LONG("vietqr.merchantNameTooLong", "merchantName"),
    /** The merchant name holds a character that cannot be written in ASCII. */
    MERCHANT_NAME_CHARACTERS("vietqr.merchantNameCharacters", "merchantName"),
    /** The merchant city is longer than 15 characters once written without diacritics. */
    MERCHANT_CITY_TOO_LONG("vietqr.merchantCityTooLong", "merchantCity"),
    /** The merchant city holds a character that cannot be written in ASCII. */
    MERCHANT_CITY_CHARACTERS("vietqr.merchantCityCharacters", "merchantCity"),
    /** A line of a bank list that is not {@code bin,short_name,note} with a new 6-digit BIN; argument: the line number. */
    BANK_LIST_LINE("vietqr.bankListLine", "banks");

    private final String code;
    private final String field;

    VietQrProblem(String code, String field) {
        this.code = code;
        this.field = field;
    }

    /** The message code in the bundles. */
    public String code() {
        return code;
    }

    /** The field it is about: a component name of {@link Payment}, {@code payload} or {@code banks}. */
    public String field() {
        return field;
    }
}

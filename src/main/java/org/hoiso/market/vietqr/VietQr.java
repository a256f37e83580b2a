package org.hoiso.market.vietqr;

import java.util.List;
import java.util.Objects;

/**
 * VietQR (mã VietQR) codes for transfers through NAPAS 247, the EMVCo merchant-presented QR profile of
 * NAPAS ("QR Code Format" v1.5.2): writes a {@link Payment} as the text of a QR code and reads any text
 * back into its fields. A payload is, in this order: {@code 00} payload format {@code 01}; {@code 01}
 * point of initiation ({@code 11} static, {@code 12} dynamic); {@code 38} the NAPAS account template
 * (GUID {@code A000000727}, beneficiary template with the BIN and the account or card number, service
 * {@code QRIBFTTA} or {@code QRIBFTTC}); {@code 53} currency {@code 704}; {@code 54} amount; {@code 58}
 * country {@code VN}; {@code 59}/{@code 60} merchant name and city; {@code 62} additional data (bill
 * number {@code 01}, purpose {@code 08}); and last {@code 63} the CRC ({@link Crc16}). A reader accepts
 * any tag order and picks the account template whose GUID is NAPAS's among tags 26–51.
 */
public final class VietQr {

    /** Longer texts are refused before they are read (EMVCo's own limit for a payload). */
    public static final int MAX_PAYLOAD_LENGTH = 512;
    /** The globally unique identifier of NAPAS in an account template. */
    public static final String NAPAS_GUID = "A000000727";
    /** Vietnamese dong (ISO 4217). */
    public static final String CURRENCY_VND = "704";
    /** Viet Nam (ISO 3166-1). */
    public static final String COUNTRY_VN = "VN";

    private VietQr() {
    }

    /**
     * The payload of the payment's QR code, ASCII only (Vietnamese marks dropped from the texts).
     *
     * @throws VietQrException with every problem of the payment ({@link #check})
     */
    public static String encode(Payment payment) {
        Payment p = PaymentRules.written(Objects.requireNonNull(payment, "payment"));
        List<VietQrProblem> problems = PaymentRules.problems(p);
        if (!problems.isEmpty()) {
            throw new VietQrException(problems);
        }
        String beneficiary = Tlv.write("00", p.bin()) + Tlv.write("01", p.account());
        StringBuilder out = new StringBuilder(160)
                .append(Tlv.write("00", "01"))
                .append(Tlv.write("01", p.pointOfInitiation().code()))
                .append(Tlv.write("38", Tlv.write("00", NAPAS_GUID) + Tlv.write("01", beneficiary)
                        + Tlv.write("02", p.service().code())))
                .append(Tlv.write("53", CURRENCY_VND));
        if (p.amount() != null) {
            out.append(Tlv.write("54", Long.toString(p.amount())));
        }
        out.append(Tlv.write("58", COUNTRY_VN));
        optional(out, "59", p.merchantName());
        optional(out, "60", p.merchantCity());
        StringBuilder additional = new StringBuilder();
        optional(additional, "01", p.billNumber());
        optional(additional, "08", p.purpose());
        optional(out, "62", additional.toString());
        out.append("6304");
        return out.append(Crc16.hex(out)).toString();
    }

    /** Every reason the payment cannot be encoded, in the order of its fields; empty when it can. */
    public static List<VietQrProblem> check(Payment payment) {
        return PaymentRules.problems(PaymentRules.written(Objects.requireNonNull(payment, "payment")));
    }

    /**
     * Reads a text as a VietQR transfer code. Never throws: any text (null, empty, far too long, binary
     * noise, a code of another scheme) gives a result, refused with its {@link VietQrProblem} when it is
     * not a well-formed NAPAS transfer code with a matching CRC. Blanks and line breaks around the text
     * are ignored; the CRC may be in lower case.
     */
    public static DecodedVietQr decode(String payload) {
        return VietQrDecoder.decode(payload);
    }

    /** A text as the encoder writes it: Vietnamese marks dropped (đ → d); characters ASCII cannot hold are kept, for {@link #check} to refuse. */
    public static String asciiText(String text) {
        return PaymentRules.ascii(text);
    }

    private static void optional(StringBuilder out, String id, String value) {
        if (value != null && !value.isEmpty()) {
            out.append(Tlv.write(id, value));
        }
    }
}

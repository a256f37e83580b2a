package org.hoiso.market.vietqr;

/**
 * The NAPAS 247 service a VietQR code asks for (sub-tag 02 of the NAPAS account template 38):
 * {@code QRIBFTTA}, an interbank transfer to an account, or {@code QRIBFTTC}, to a card number. Other
 * NAPAS services (merchant payments {@code QRPUSH}, cash withdrawal) are not transfers and are refused
 * by this package.
 */
public enum TransferService {
    /** Transfer to a bank account ({@code QRIBFTTA}). */
    ACCOUNT("QRIBFTTA"),
    /** Transfer to a card number ({@code QRIBFTTC}). */
    CARD("QRIBFTTC");

    private final String code;

    TransferService(String code) {
        this.code = code;
    }

    /** The service code written in the payload. */
    public String code() {
        return code;
    }

    /** The service of a code, or null when it is not a transfer service. */
    public static TransferService ofCode(String code) {
        for (TransferService s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        return null;
    }
}

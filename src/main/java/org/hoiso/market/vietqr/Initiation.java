package org.hoiso.market.vietqr;

/**
 * The point of initiation method of a VietQR code (tag 01, EMVCo rule): {@code 11}, a static code that
 * may be paid many times (printed on a shop's sign), or {@code 12}, a dynamic code made for one
 * payment, which always carries its amount (tag 54).
 */
public enum Initiation {
    /** Reusable code ({@code 11}). */
    STATIC("11"),
    /** One payment, with an amount ({@code 12}). */
    DYNAMIC("12");

    private final String code;

    Initiation(String code) {
        this.code = code;
    }

    /** The value written in tag 01. */
    public String code() {
        return code;
    }

    /** The method of a tag-01 value, or null when it is neither {@code 11} nor {@code 12}. */
    public static Initiation ofCode(String code) {
        for (Initiation i : values()) {
            if (i.code.equals(code)) {
                return i;
            }
        }
        return null;
    }
}

package org.hoiso.market.vietqr;

import java.util.Locale;

/**
 * The checksum of a VietQR payload (NAPAS rule, tag 63): CRC-16/CCITT-FALSE, polynomial 0x1021,
 * initial value 0xFFFF, no reflection, no final XOR (the check value of {@code "123456789"} is
 * {@code 29B1}), computed over the whole payload including the characters {@code "6304"} that open the
 * CRC element, and written as 4 upper-case hexadecimal digits, zero-padded ({@code 0283}). The payload
 * is printable ASCII, so each character is one byte.
 */
final class Crc16 {

    private Crc16() {
    }

    /** The CRC of the characters' low bytes (the callers pass ASCII only). */
    static int of(CharSequence text) {
        int crc = 0xFFFF;
        for (int i = 0; i < text.length(); i++) {
            crc ^= (text.charAt(i) & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc;
    }

    /** The CRC as written in a payload: 4 upper-case hexadecimal digits with leading zeros. */
    static String hex(CharSequence text) {
        return String.format(Locale.ROOT, "%04X", of(text));
    }

    /** Whether {@code written} (upper or lower case) is the CRC of {@code text}. */
    static boolean matches(CharSequence text, String written) {
        return written.length() == 4 && written.chars().allMatch(Crc16::isHexDigit) && hex(text).equalsIgnoreCase(written);
    }

    static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f';
    }
}

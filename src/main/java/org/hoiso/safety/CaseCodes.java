package org.hoiso.safety;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The case code and PIN a reporter follows her report with, without an account: a code of twelve characters from
 * an alphabet without look-alikes ({@code 7KQ2-M9XD-…}, about 59 bits, so codes are not guessed), a six-digit PIN
 * kept only as a bcrypt hash, and attempts limited per code and per address.
 */
final class CaseCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CaseCodes() {
    }

    static String newCode() {
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i == 4 || i == 8) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    static String newPin() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** A code as typed ("7kq2 m9xd …", with or without dashes) in its stored form, or null when it cannot be one. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (s.length() != 12) {
            return null;
        }
        String code = s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8);
        return CODE.matcher(code).matches() ? code : null;
    }

    /** A PIN as typed, digits only, or null when it is not six digits. */
    static String pin(String typed) {
        if (typed == null) {
            return null;
        }
        String p = typed.replaceAll("\\s", "");
        return p.matches("[0-9]{6}") ? p : null;
    }
}

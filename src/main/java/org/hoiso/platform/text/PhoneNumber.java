package org.hoiso.platform.text;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese mobile numbers in the national 10-digit form (0 + 9 digits). Accepts +84 / 84 prefixes,
 * separators, and the 11-digit numbers retired in 2018, which it converts to their new prefixes.
 */
public final class PhoneNumber {

    // The 2018 change of 11-digit mobile prefixes (Ministry of Information and Communications).
    private static final Map<String, String> OLD_PREFIXES = Map.ofEntries(
            Map.entry("0162", "032"), Map.entry("0163", "033"), Map.entry("0164", "034"), Map.entry("0165", "035"),
            Map.entry("0166", "036"), Map.entry("0167", "037"), Map.entry("0168", "038"), Map.entry("0169", "039"),
            Map.entry("0120", "070"), Map.entry("0121", "079"), Map.entry("0122", "077"), Map.entry("0126", "076"),
            Map.entry("0128", "078"), Map.entry("0123", "083"), Map.entry("0124", "084"), Map.entry("0125", "085"),
            Map.entry("0127", "081"), Map.entry("0129", "082"), Map.entry("0186", "056"), Map.entry("0188", "058"),
            Map.entry("0199", "059"));

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");

    private PhoneNumber() {
    }

    /** The normalised number, or empty if the input is not a Vietnamese mobile number. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.strip();
        boolean plus = digits.startsWith("+");
        digits = SEPARATORS.matcher(digits).replaceAll("");
        if (plus) {
            digits = digits.substring(1);
        }
        if (!DIGITS.matcher(digits).matches()) {
            return Optional.empty();
        }
        if (digits.startsWith("84") && (digits.length() == 11 || digits.length() == 12)) {
            digits = "0" + digits.substring(2);
        } else if (!digits.startsWith("0") && digits.length() == 9) {
            digits = "0" + digits;
        }
        if (digits.length() == 11) {
            String replacement = OLD_PREFIXES.get(digits.substring(0, 4));
            if (replacement == null) {
                return Optional.empty();
            }
            digits = replacement + digits.substring(4);
        }
        if (digits.length() == 10 && MOBILE.matcher(digits).matches()) {
            return Optional.of(digits);
        }
        return Optional.empty();
    }
}

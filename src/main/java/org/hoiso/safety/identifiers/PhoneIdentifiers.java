package org.hoiso.safety.identifiers;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers as they are counted: a Vietnamese mobile or fixed number in the international form {@code +84…}
 * whatever way it was typed (0…, 84…, +84, 0084, spaces, dots, dashes, brackets), an 11-digit mobile number retired
 * in 2018 mapped to its new prefix, a service number (1800…, 1900…) as its digits, a foreign number as
 * {@code +<country code>…}.
 *
 * <p>The 2018 conversion of 11-digit mobile numbers to 10 digits: announced by the Ministry of Information and
 * Communications (Bộ Thông tin và Truyền thông) on 29 May 2018, carried out from 15 September 2018 (both numbers
 * rang until 14 November 2018); the last seven digits are kept and the old prefix replaced. The table is in
 * {@code src/main/resources/safety/SOURCES.md} with its sources.
 */
public final class PhoneIdentifiers {

    /** Old 11-digit mobile prefix → new 10-digit prefix (Viettel, MobiFone, VinaPhone, Vietnamobile, Gmobile). */
    public static final Map<String, String> RETIRED_PREFIXES = Map.ofEntries(
            Map.entry("0162", "032"), Map.entry("0163", "033"), Map.entry("0164", "034"), Map.entry("0165", "035"),
            Map.entry("0166", "036"), Map.entry("0167", "037"), Map.entry("0168", "038"), Map.entry("0169", "039"),
            Map.entry("0120", "070"), Map.entry("0121", "079"), Map.entry("0122", "077"), Map.entry("0126", "076"),
            Map.entry("0128", "078"),
            Map.entry("0123", "083"), Map.entry("0124", "084"), Map.entry("0125", "085"), Map.entry("0127", "081"),
            Map.entry("0129", "082"),
            Map.entry("0186", "056"), Map.entry("0188", "058"),
            Map.entry("0199", "059"));

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/\\u00a0]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");
    /** Fixed lines since 2017: 0 + an area code starting with 2 + the subscriber, 11 digits in all. */
    private static final Pattern FIXED = Pattern.compile("02[0-9]{9}");
    private static final Pattern SERVICE = Pattern.compile("1[89]00[0-9]{4}([0-9]{2})?");
    private static final Pattern FOREIGN = Pattern.compile("[1-9][0-9]{6,14}");

    private PhoneIdentifiers() {
    }

    /** The normalised number, or empty when the text is no phone number. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = input.strip();
        boolean plus = text.startsWith("+");
        String digits = SEPARATORS.matcher(plus ? text.substring(1) : text).replaceAll("");
        if (digits.isEmpty() || digits.length() > 20 || !DIGITS.matcher(digits).matches()) {
            return Optional.empty();
        }
        if (!plus && digits.startsWith("00")) {
            plus = true;
            digits = digits.substring(2);
        }
        if (plus) {
            if (!digits.startsWith("84")) {
                return FOREIGN.matcher(digits).matches() ? Optional.of("+" + digits) : Optional.empty();
            }
            return national("0" + digits.substring(2));
        }
        if (SERVICE.matcher(digits).matches()) {
            return Optional.of(digits);
        }
        if (digits.startsWith("84") && (digits.length() == 11 || digits.length() == 12)) {
            return national("0" + digits.substring(2));
        }
        if (!digits.startsWith("0") && (digits.length() == 9 || digits.length() == 10)) {
            return national("0" + digits);
        }
        return national(digits);
    }

    /** The national form (0…) of a normalised Vietnamese number, empty for a service or foreign one. */
    public static Optional<String> nationalForm(String normalised) {
        return normalised != null && normalised.startsWith("+84") ? Optional.of("0" + normalised.substring(3)) : Optional.empty();
    }

    private static Optional<String> national(String n) {
        String number = n;
        if (number.length() == 11 && number.startsWith("01")) {
            String replacement = RETIRED_PREFIXES.get(number.substring(0, 4));
            if (replacement == null) {
                return Optional.empty();
            }
            number = replacement + number.substring(4);
        }
        if (MOBILE.matcher(number).matches() || FIXED.matcher(number).matches()) {
            return Optional.of("+84" + number.substring(1));
        }
        return Optional.empty();
    }
}

package org.hoiso.market;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.hoiso.platform.text.VietnameseText;

/**
 * Texts and numbers as sellers and buyers type them: whole dong with or without "." between thousands
 * ("120000", "120.000"), stock in whole items, descriptions in the lessons' safe markup with no HTML in them,
 * and the masks of a phone number and a name in lists.
 */
final class MarketText {

    /** The largest price of one item: ten billion dong. */
    static final long MAX_PRICE = 10_000_000_000L;
    static final int MAX_STOCK = 1_000_000;

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,13}");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    /** An HTML tag, comment or declaration, an event handler attribute, or a script URL. */
    private static final Pattern MARKUP = Pattern.compile("(?i)<\\s*[/!?a-z]|\\bon[a-z]+\\s*=|javascript\\s*:|&#");

    private MarketText() {
    }

    /** A number as typed, or the message code of why it is not a whole, positive amount of dong. */
    record Amount(Long value, String problem) {
    }

    static Amount price(String text) {
        String t = text == null ? "" : SPACES.matcher(text).replaceAll("");
        if (t.isEmpty()) {
            return new Amount(null, "market.price.required");
        }
        if (t.startsWith("-")) {
            return new Amount(null, "market.price.negative");
        }
        if (GROUPED.matcher(t).matches()) {
            t = t.replace(".", "");
        }
        if (!DIGITS.matcher(t).matches()) {
            return new Amount(null, t.matches("[0-9.,]+") ? "market.price.decimals" : "market.price.format");
        }
        long v = Long.parseLong(t);
        return v < 1 || v > MAX_PRICE ? new Amount(null, "market.price.range") : new Amount(v, null);
    }

    static Amount stock(String text) {
        String t = text == null ? "" : SPACES.matcher(text).replaceAll("");
        if (t.isEmpty()) {
            return new Amount(null, "market.stock.required");
        }
        if (t.startsWith("-")) {
            return new Amount(null, "market.stock.negative");
        }
        if (!t.matches("[0-9]{1,7}")) {
            return new Amount(null, t.matches("[0-9.,]+") ? "market.stock.whole" : "market.stock.format");
        }
        long v = Long.parseLong(t);
        return v > MAX_STOCK ? new Amount(null, "market.stock.format") : new Amount(v, null);
    }

    /** Whether a text holds HTML or script, which descriptions refuse (only the safe markup is rendered). */
    static boolean hasMarkup(String text) {
        return text != null && MARKUP.matcher(text).find();
    }

    /** NFC, single spaces, trimmed; blank is null. */
    static String line(String text) {
        return VietnameseText.cleanOrNull(text);
    }

    /** A multi-line text: NFC, each line trimmed at its end, Windows line ends made plain; blank is null. */
    static String block(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        return t.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    /** "0912345678" → "09xx xxx 678": what a list shows of a phone. */
    static String maskPhone(String phone) {
        if (phone == null || phone.length() < 6) {
            return "xxx";
        }
        return phone.substring(0, 2) + "xx xxx " + phone.substring(phone.length() - 3);
    }

    /** "Nguyễn Thị Hoa" → "Nguyễn T. H.": what a list shows of a buyer's name. */
    static String maskName(String name) {
        return name == null || name.isBlank() ? "" : VietnameseText.initials(name);
    }
}

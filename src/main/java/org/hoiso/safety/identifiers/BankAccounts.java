package org.hoiso.safety.identifiers;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hoiso.market.vietqr.BankList;
import org.hoiso.market.vietqr.DecodedVietQr;
import org.hoiso.market.vietqr.VietQr;

/**
 * Bank accounts as they are counted: the bank's identification number (BIN, six digits, one of the market's bank
 * list) and the account or card number in capitals without spaces, dots or dashes, as {@code <BIN>:<account>}; typed
 * with the bank chosen from the list, as "bank account" text ({@code Vietcombank 0011 0012 34567},
 * {@code 970436 0011001234567}), or read from a pasted VietQR code.
 */
public final class BankAccounts {

    private static final BankList BANKS = BankList.bundled();
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-\\u00a0]");
    /** What VietQR allows an account or card number to be: letters and digits, at most 19. */
    private static final Pattern ACCOUNT = Pattern.compile("[0-9A-Z]{4,19}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private BankAccounts() {
    }

    /** The banks a form offers, in the list's order. */
    public static List<BankList.Bank> banks() {
        return List.copyOf(BANKS.banks().values());
    }

    /** The account of a bank chosen by its BIN, or empty when the BIN is not a listed bank or the number is no account. */
    public static Optional<Identifier> normalise(String bin, String account) {
        if (bin == null || !BANKS.isKnownBin(bin.strip()) || account == null) {
            return Optional.empty();
        }
        String number = SEPARATORS.matcher(account.strip()).replaceAll("").toUpperCase(Locale.ROOT);
        if (!ACCOUNT.matcher(number).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Identifier(IdentifierKind.BANK_ACCOUNT, bin.strip() + ":" + number));
    }

    /** "Bank account" typed on one line: the bank by its BIN or its short name (the longest that fits), then the number. */
    public static Optional<Identifier> fromText(String text) {
        if (text == null || text.isBlank() || text.length() > 120) {
            return Optional.empty();
        }
        String t = text.strip();
        String folded = fold(t);
        BankList.Bank best = null;
        int bestLength = 0;
        for (BankList.Bank bank : BANKS.banks().values()) {
            for (String name : List.of(bank.bin(), fold(bank.shortName()))) {
                if (!name.isEmpty() && folded.startsWith(name) && folded.length() > name.length() && name.length() > bestLength) {
                    best = bank;
                    bestLength = name.length();
                }
            }
        }
        return best == null ? Optional.empty() : normalise(best.bin(), rest(t, bestLength));
    }

    /** The account a VietQR transfer code sends money to, or empty when the text is no valid VietQR code. */
    public static Optional<Identifier> fromVietQr(String payload) {
        DecodedVietQr qr = VietQr.decode(payload);
        return qr.valid() ? normalise(qr.bin(), qr.account()) : Optional.empty();
    }

    /** Whether the text looks like a VietQR payload (EMVCo "payload format 01" first). */
    public static boolean looksLikeVietQr(String text) {
        return text != null && text.strip().startsWith("000201");
    }

    static String display(String value) {
        int colon = value.indexOf(':');
        String bin = value.substring(0, colon);
        String name = BANKS.find(bin).map(BankList.Bank::shortName).orElse(bin);
        return name + " " + value.substring(colon + 1);
    }

    /** Lower case, no marks, no spaces, đ as d: "Sài Gòn Bank" → "saigonbank". */
    private static String fold(String s) {
        String n = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** What follows the bank's name in the typed text, given how many folded characters the name took. */
    private static String rest(String text, int foldedLength) {
        int seen = 0;
        int i = 0;
        while (i < text.length() && seen < foldedLength) {
            seen += fold(String.valueOf(text.charAt(i))).length();
            i++;
        }
        String after = text.substring(i).strip();
        return after.startsWith(":") || after.startsWith("-") ? after.substring(1) : after;
    }
}

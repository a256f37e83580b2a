package org.hoiso.market.vietqr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The NAPAS rules a payment must keep to be written, applied alike by the encoder (before writing) and
 * the decoder (after reading), so that whatever the decoder accepts the encoder writes again: BIN of
 * exactly 6 digits; account or card number of 1–19 ASCII letters and digits; a service and a point of
 * initiation; an amount, when present, a positive whole number of dong of at most 13 digits, and present
 * in a dynamic code; texts in printable ASCII (bank apps refuse diacritics, so Vietnamese marks are
 * dropped first: đ → d, Đ → D, then the marks of the canonical decomposition), purpose, bill number and
 * merchant name of at most 25 characters, city of at most 15.
 */
final class PaymentRules {

    static final long MAX_AMOUNT = 9_999_999_999_999L;
    static final int MAX_TEXT = 25;
    static final int MAX_CITY = 15;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private PaymentRules() {
    }

    /** The payment as it will be written: texts without Vietnamese marks, empty texts absent. */
    static Payment written(Payment p) {
        return new Payment(p.bin(), p.account(), p.service(), p.pointOfInitiation(), p.amount(), ascii(p.purpose()),
                ascii(p.billNumber()), ascii(p.merchantName()), ascii(p.merchantCity()));
    }

    /** Every problem of a written payment, in the order of its fields; empty when it can be encoded. */
    static List<VietQrProblem> problems(Payment p) {
        List<VietQrProblem> problems = new ArrayList<>();
        if (!isBin(p.bin())) {
            problems.add(VietQrProblem.BIN_FORMAT);
        }
        if (!isAccount(p.account())) {
            problems.add(VietQrProblem.ACCOUNT_FORMAT);
        }
        if (p.service() == null) {
            problems.add(VietQrProblem.SERVICE);
        }
        if (p.pointOfInitiation() == null) {
            problems.add(VietQrProblem.INITIATION);
        }
        if (p.amount() != null && (p.amount() <= 0 || p.amount() > MAX_AMOUNT)) {
            problems.add(VietQrProblem.AMOUNT_FORMAT);
        } else if (p.amount() == null && p.pointOfInitiation() == Initiation.DYNAMIC) {
            problems.add(VietQrProblem.AMOUNT_MISSING);
        }
        text(p.purpose(), MAX_TEXT, VietQrProblem.PURPOSE_CHARACTERS, VietQrProblem.PURPOSE_TOO_LONG, problems);
        text(p.billNumber(), MAX_TEXT, VietQrProblem.BILL_NUMBER_CHARACTERS, VietQrProblem.BILL_NUMBER_TOO_LONG, problems);
        text(p.merchantName(), MAX_TEXT, VietQrProblem.MERCHANT_NAME_CHARACTERS, VietQrProblem.MERCHANT_NAME_TOO_LONG,
                problems);
        text(p.merchantCity(), MAX_CITY, VietQrProblem.MERCHANT_CITY_CHARACTERS, VietQrProblem.MERCHANT_CITY_TOO_LONG,
                problems);
        return problems;
    }

    /** Exactly 6 ASCII digits. */
    static boolean isBin(String bin) {
        return bin != null && bin.length() == 6 && bin.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** 1–19 ASCII letters and digits. */
    static boolean isAccount(String account) {
        return account != null && !account.isEmpty() && account.length() <= 19
                && account.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z');
    }

    /** Space to tilde: what a payload may hold. */
    static boolean isPrintableAscii(String text) {
        return text.chars().allMatch(c -> c >= 0x20 && c <= 0x7E);
    }

    /** The text without Vietnamese marks (null and empty give null); other characters are kept for the check. */
    static String ascii(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String plain = text.replace('đ', 'd').replace('Đ', 'D').replace('Ð', 'D');
        if (!isPrintableAscii(plain)) {
            plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        }
        return plain.isEmpty() ? null : plain;
    }

    private static void text(String value, int max, VietQrProblem characters, VietQrProblem tooLong,
            List<VietQrProblem> problems) {
        if (value == null) {
            return;
        }
        if (!isPrintableAscii(value)) {
            problems.add(characters);
        } else if (value.length() > max) {
            problems.add(tooLong);
        }
    }
}

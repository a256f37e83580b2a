package org.hoiso.platform.text;

import java.text.Normalizer;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text as hoiso stores and searches it: Unicode NFC, clean spaces, diacritic-free folding. */
public final class VietnameseText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B\\uFEFF]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Locale VI = Locale.forLanguageTag("vi");
    /** Dates ("today", a transfer's day) are Viet Nam's dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnameseText() {
    }

    /** NFC, trimmed, runs of white space (including no-break and zero-width) collapsed to one space; null stays null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip();
    }

    /** {@link #clean} that turns an empty result into null. */
    public static String cleanOrNull(String s) {
        String c = clean(s);
        return c == null || c.isEmpty() ? null : c;
    }

    /**
     * A person's name as an officer expects to see it: clean, and where the name was typed in one case
     * (all upper or all lower) or with mixed-case words, each word capitalised at its first letter: "NGUYỄN  THỊ hoa" →
     * "Nguyễn Thị Hoa", "-đỗ" → "-Đỗ".
     */
    public static String personName(String s) {
        String c = clean(s);
        if (c == null || c.isEmpty()) {
            return c;
        }
        StringBuilder out = new StringBuilder(c.length());
        for (String word : c.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String lower = word.toLowerCase(VI);
            // the word's first letter, after any mark typed before it ("-Đỗ", "(Lê)")
            int at = 0;
            while (at < lower.length() && !Character.isLetter(lower.codePointAt(at))) {
                at += Character.charCount(lower.codePointAt(at));
            }
            if (at == lower.length()) {
                out.append(lower);
                continue;
            }
            int first = lower.codePointAt(at);
            out.append(lower, 0, at).appendCodePoint(Character.toTitleCase(first))
                    .append(lower.substring(at + Character.charCount(first)));
        }
        return out.toString();
    }

    /** Lower case without diacritics, đ → d: the same folding the database applies with hoiso_fold(). */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String lower = clean(s).toLowerCase(VI).replace('đ', 'd');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * A name shown to someone who holds a code but should learn little: the family name and initials,
     * "Nguyễn Thị Hoa" → "Nguyễn T. H." — enough for her to recognise herself.
     */
    public static String initials(String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(' ').append(parts[i].charAt(0)).append('.');
        }
        return b.toString();
    }
}

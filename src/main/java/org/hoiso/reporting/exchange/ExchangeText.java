package org.hoiso.reporting.exchange;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text rules the exchange formats share. */
final class ExchangeText {

    /** The lexical space of {@code xs:decimal}: no exponent, no thousands separator, a dot. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private ExchangeText() {
    }

    static boolean isDecimal(String s) {
        return s != null && DECIMAL.matcher(s).matches();
    }

    /** Null for null or blank, else the text stripped. */
    static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * A heading reduced to what an officer means by it: no case, no diacritics, đ as d, runs of
     * anything else as one underscore ({@code "Mã đơn vị"} and {@code "ma_don_vi"} meet).
     */
    static String headingKey(String heading) {
        String s = Normalizer.normalize(heading.strip(), Normalizer.Form.NFD);
        s = COMBINING.matcher(s).replaceAll("").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        s = NOT_WORD.matcher(s).replaceAll("_");
        int start = s.startsWith("_") ? 1 : 0;
        int end = s.endsWith("_") && s.length() > start ? s.length() - 1 : s.length();
        return s.substring(start, end);
    }

    /**
     * The text without the characters XML 1.0 cannot hold (C0 controls other than TAB, LF and CR,
     * unpaired surrogates, U+FFFE/U+FFFF): such a character pasted into a text answer would make
     * the whole export unreadable for the partner, and it carries no meaning.
     */
    static String xmlSafe(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}

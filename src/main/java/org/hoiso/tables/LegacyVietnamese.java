package org.hoiso.tables;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Vietnamese text typed in the pre-Unicode fonts (TCVN3 and VNI-Windows) and its conversion to Unicode
 * NFC. Such text reaches hoiso as strings of Latin-1 / Windows-1252 characters: an XLSX cell holds
 * them as Unicode, and a CSV file's bytes are read as Windows-1252, so one string-level conversion
 * serves both.
 *
 * <p>Tables, each checked against two independent public sources that agree on every code both define:
 * <ul>
 * <li>TCVN3 (TCVN 5712:1993, the ABC fonts): GNU libiconv {@code lib/tcvn.h} (table TCVN-5712 to
 * Unicode) and xvnkb {@code tcvn.h} (Đào Hải Lâm, VISC, 2002); the lower-case letters also against
 * duydev/vietnamese-conversion {@code src/charsets.ts}. The capitals libiconv places in C0 control
 * codes (Ú Ụ Ừ Ứ Ử Ữ Ự Ỳ Ý Ỷ Ỹ Ỵ) have no code in the fonts (xvnkb types them with the lower-case
 * codes), so control characters are left alone.
 * <li>VNI-Windows: xvnkb {@code vni.h} and duydev/vietnamese-conversion {@code src/charsets.ts}.
 * </ul>
 */
public final class LegacyVietnamese {

    /** TCVN3 bytes 0x80–0xFF as Unicode (0xB0–0xB4 are combining tone marks). Bytes below 0x80 are ASCII. */
    private static final String TCVN3_HIGH = ""
            + "\u00C0\u1EA2\u00C3\u00C1\u1EA0\u1EB6\u1EAC\u00C8\u1EBA\u1EBC\u00C9\u1EB8\u1EC6\u00CC\u1EC8\u0128" // 0x80
            + "\u00CD\u1ECA\u00D2\u1ECE\u00D5\u00D3\u1ECC\u1ED8\u1EDC\u1EDE\u1EE0\u1EDA\u1EE2\u00D9\u1EE6\u0168" // 0x90
            + "\u00A0\u0102\u00C2\u00CA\u00D4\u01A0\u01AF\u0110\u0103\u00E2\u00EA\u00F4\u01A1\u01B0\u0111\u1EB0" // 0xA0
            + "\u0300\u0309\u0303\u0301\u0323\u00E0\u1EA3\u00E3\u00E1\u1EA1\u1EB2\u1EB1\u1EB3\u1EB5\u1EAF\u1EB4" // 0xB0
            + "\u1EAE\u1EA6\u1EA8\u1EAA\u1EA4\u1EC0\u1EB7\u1EA7\u1EA9\u1EAB\u1EA5\u1EAD\u00E8\u1EC2\u1EBB\u1EBD" // 0xC0
            + "\u00E9\u1EB9\u1EC1\u1EC3\u1EC5\u1EBF\u1EC7\u00EC\u1EC9\u1EC4\u1EBE\u1ED2\u0129\u00ED\u1ECB\u00F2" // 0xD0
            + "\u1ED4\u1ECF\u00F5\u00F3\u1ECD\u1ED3\u1ED5\u1ED7\u1ED1\u1ED9\u1EDD\u1EDF\u1EE1\u1EDB\u1EE3\u00F9" // 0xE0
            + "\u1ED6\u1EE7\u0169\u00FA\u1EE5\u1EEB\u1EED\u1EEF\u1EE9\u1EF1\u1EF3\u1EF7\u1EF9\u00FD\u1EF5\u1ED0"; // 0xF0

    /**
     * Windows-1252 for the bytes 0x80–0x9F. The five bytes the code page leaves undefined (0x81, 0x8D,
     * 0x8F, 0x90, 0x9D) stand for themselves as U+0081…, as TCVN3 uses them for Ả Ì Ĩ Í Ù.
     */
    private static final String WINDOWS_1252_C1 = windows1252C1();

    /** The tone marks in the order of the tone numbers 1–5: huyền, hỏi, ngã, sắc, nặng. */
    private static final String TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323";
    private static final int ACUTE = 4;
    private static final int DOT = 5;
    private static final String VOWELS = "aăâeêioôơuưy";
    private static final String SHAPED_VOWELS = "ăâêôơư";

    /** For every Vietnamese letter up to U+1EFF: the lower-case letter without its tone, or 0. */
    private static final char[] PLAIN = new char[0x1F00];
    /** For every Vietnamese letter up to U+1EFF: its tone number, 0 for none. */
    private static final byte[] TONE = new byte[0x1F00];

    private static final String[] ONSETS = {"ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
            "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x", ""};

    /** Every rhyme of standard Vietnamese, without tone (a final k, as in Đắk Lắk, is read as c). */
    private static final Set<String> RHYMES = Set.of((""
            + "a ai ao au ay ac ach am an ang anh ap at ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây "
            + "e eo ec em en eng ep et ê êu êch êm ên ênh êp êt i ia iu ich im in inh ip it "
            + "iêc iêm iên iêng iêp iêt iêu o oi oc om on ong op ot ooc oong "
            + "oa oai oao oay oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăp oăt oe oeo oem oen oet "
            + "ô ôi ôc ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt u ua ui uc um un ung up ut uân uâng uât uây "
            + "uê uêch uênh uôc uôi uôm uôn uông uôt uơ uy uya uych uyn uynh uyp uyt uyu uyên uyêt "
            + "ư ưa ưi ưu ưc ưm ưn ưng ưt ươc ươi ươm ươn ương ươp ươt ươu y yêm yên yêng yêt yêu").split(" "));

    /** Open rhymes whose tone may sit on either vowel: hòa / hoà, khỏe / khoẻ, thủy / thuỷ. */
    private static final Set<String> EITHER_VOWEL = Set.of("oa", "oe", "uy");

    /** VNI: for a base letter, the letter it makes with each following mark byte (indexed from 0xC0), or 0. */
    private static final char[][] VNI_PAIRS = new char[0x100][];
    /** VNI: the letters typed as one byte, or 0. */
    private static final char[] VNI_SINGLES = new char[0x100];

    /*
     * Detection: a word is evidence for a font when it is not a Vietnamese syllable as it stands but is
     * one after conversion. The font must explain more than half of the words with non-ASCII letters, at
     * least MIN_EVIDENCE of them, and at least EVIDENCE_RATIO times as many as the words that speak for
     * Unicode (with a Vietnamese-only letter, or syllables the conversion would break): a few cells
     * typed later in Unicode do not hide a legacy file, a file with more Unicode is left alone.
     */
    private static final int MIN_EVIDENCE = 3;
    private static final int EVIDENCE_RATIO = 10;

    static {
        buildLetters();
        buildVni();
    }

    private LegacyVietnamese() {
    }

    /**
     * The legacy font the sample's text was typed in, or NONE. The sample is a few hundred cells of one
     * file; NONE unless the evidence for one font is clear, as a false conversion corrupts data.
     */
    public static LegacyFont detect(Iterable<String> sample) {
        Evidence tcvn3 = new Evidence();
        Evidence vni = new Evidence();
        int candidates = 0;
        int unicode = 0;
        for (String cell : sample) {
            for (String word : words(cell)) {
                if (isAscii(word)) {
                    continue;
                }
                candidates++;
                if (hasUnicodeOnlyLetter(word, 0)) {
                    unicode++;
                    continue;
                }
                boolean asIs = isSyllable(nfc(word));
                tcvn3.add(asIs, isSyllable(toUnicode(word, LegacyFont.TCVN3)));
                vni.add(asIs, isSyllable(toUnicode(word, LegacyFont.VNI)));
            }
        }
        boolean isTcvn3 = tcvn3.convinces(candidates, unicode);
        boolean isVni = vni.convinces(candidates, unicode);
        if (isTcvn3 && (!isVni || tcvn3.gained > vni.gained)) {
            return LegacyFont.TCVN3;
        }
        if (isVni && (!isTcvn3 || vni.gained > tcvn3.gained)) {
            return LegacyFont.VNI;
        }
        return LegacyFont.NONE;
    }

    /**
     * The string, typed in {@code font}, as Unicode NFC; with NONE only normalised. TCVN3 text was typed in
     * a capitals font (.VnTimeH, which shows the lower-case codes as capitals) and is converted to capitals
     * only on evidence in the text itself: no lower-case ASCII letter, and a word where a lower-case code
     * stands with a capital letter after the word's first ("NGUYÔN", "HéI"). A word capitalised as in a
     * sentence ("Sè" for "Số") or a run of capitals without a Vietnamese letter ("TDP") is no evidence.
     */
    public static String toUnicode(String s, LegacyFont font) {
        return switch (font) {
            case NONE -> nfc(s);
            case TCVN3 -> nfc(fromTcvn3(s));
            case VNI -> nfc(fromVni(s));
        };
    }

    /**
     * One cell of a file whose text is in {@code font}, as hoiso stores it: ASCII, text already typed in
     * Unicode (it has a letter only Unicode Vietnamese has) and text of a NONE file are only normalised
     * to NFC; the rest is converted. Returns the same instance when nothing changes.
     */
    public static String fixCell(String cell, LegacyFont font) {
        int firstNonAscii = 0;
        while (firstNonAscii < cell.length() && cell.charAt(firstNonAscii) < 0x80) {
            firstNonAscii++;
        }
        if (firstNonAscii == cell.length()) {
            return cell;
        }
        if (font == LegacyFont.NONE || hasUnicodeOnlyLetter(cell, firstNonAscii)) {
            return nfc(cell);
        }
        String converted = toUnicode(cell, font);
        if (breaksMoreThanItMends(cell, font)) {
            return nfc(cell);
        }
        return converted.equals(cell) ? cell : converted;
    }

    /**
     * The cell's own evidence against the file's font: more of its words are Vietnamese syllables as they
     * stand than after conversion (a cell typed later in Unicode letters Latin-1 also has).
     */
    private static boolean breaksMoreThanItMends(String cell, LegacyFont font) {
        Evidence evidence = new Evidence();
        for (String word : words(cell)) {
            if (!isAscii(word)) {
                evidence.add(isSyllable(nfc(word)), isSyllable(toUnicode(word, font)));
            }
        }
        return evidence.broken > evidence.gained;
    }

    /** How many words with non-ASCII letters in the text are Vietnamese syllables once converted from {@code font}. */
    static int countSyllables(String text, LegacyFont font) {
        int count = 0;
        for (String word : words(text)) {
            if (!isAscii(word) && isSyllable(toUnicode(word, font))) {
                count++;
            }
        }
        return count;
    }

    /** The character Windows-1252 gives the byte {@code b} (0–255); its five undefined bytes give U+0081…. */
    static char windows1252(int b) {
        return b >= 0x80 && b < 0xA0 ? WINDOWS_1252_C1.charAt(b - 0x80) : (char) b;
    }

    /**
     * Whether the NFC word is one Vietnamese syllable: an onset, a rhyme from the standard inventory,
     * at most one tone, placed on the vowel that carries it (old and new placement both accepted), and
     * only sắc or nặng before a final c, ch, p or t.
     */
    static boolean isSyllable(String word) {
        int length = word.length();
        if (length == 0 || length > 7) {
            return false;
        }
        char[] plain = new char[length];
        int tone = 0;
        int tonePosition = -1;
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            plain[i] = c < PLAIN.length ? PLAIN[c] : 0;
            if (plain[i] == 0) {
                return false;
            }
            if (TONE[c] != 0) {
                if (tone != 0) {
                    return false;
                }
                tone = TONE[c];
                tonePosition = i;
            }
        }
        String syllable = new String(plain);
        for (String onset : ONSETS) {
            int start = onset.length();
            if (syllable.length() > start && syllable.startsWith(onset) && spells(onset, syllable.charAt(start))
                    && isRhyme(syllable.substring(start), tone, tonePosition - start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether Vietnamese spelling lets the onset stand before the letter (k, gh, ngh before i e ê; c, ng not). */
    private static boolean spells(String onset, char next) {
        boolean front = next == 'i' || next == 'e' || next == 'ê';
        return switch (onset) {
            case "k" -> front || next == 'y';
            case "gh", "ngh" -> front;
            case "c", "ng" -> !front && next != 'y';
            case "g" -> next != 'e' && next != 'ê';
            case "q" -> next == 'u';
            case "qu" -> next != 'u';
            case "gi" -> next != 'i';
            default -> true;
        };
    }

    private static boolean isRhyme(String rhyme, int tone, int tonePosition) {
        int length = rhyme.length();
        char last = rhyme.charAt(length - 1);
        if (!RHYMES.contains(last == 'k' ? rhyme.substring(0, length - 1) + 'c' : rhyme)) {
            return false;
        }
        boolean stop = last == 'c' || last == 'k' || last == 'p' || last == 't' || rhyme.endsWith("ch");
        if (stop && tone != ACUTE && tone != DOT) {
            return false;
        }
        if (tone == 0) {
            return true;
        }
        int vowels = 0;
        int shaped = -1;
        while (vowels < length && VOWELS.indexOf(rhyme.charAt(vowels)) >= 0) {
            if (SHAPED_VOWELS.indexOf(rhyme.charAt(vowels)) >= 0) {
                shaped = vowels;
            }
            vowels++;
        }
        if (shaped >= 0) {
            return tonePosition == shaped;
        }
        if (vowels < length || vowels == 1) {
            return tonePosition == vowels - 1;
        }
        if (vowels == 3) {
            return tonePosition == 1;
        }
        return tonePosition == 0 || tonePosition == 1 && EITHER_VOWEL.contains(rhyme);
    }

    private static String fromTcvn3(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int b = c < 0x80 ? -1 : legacyByte(c);
            char u = b < 0 ? c : TCVN3_HIGH.charAt(b - 0x80);
            if (out == null && u != c) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(u);
            }
        }
        String converted = out == null ? s : out.toString();
        return typedInCapitals(s) ? converted.toUpperCase(Locale.ROOT) : converted;
    }

    /**
     * Text typed in .VnTimeH: no lower-case ASCII letter, and a word holding a lower-case TCVN3 code and a
     * capital anywhere after its first letter.
     */
    private static boolean typedInCapitals(String s) {
        boolean found = false;
        int position = 0;
        boolean lowerCode = false;
        boolean laterCapital = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z') {
                return false;
            }
            if (!isWordChar(c)) {
                found |= lowerCode && laterCapital;
                position = 0;
                lowerCode = false;
                laterCapital = false;
                continue;
            }
            if (c >= 0x80) {
                int b = legacyByte(c);
                char letter = b < 0 ? c : TCVN3_HIGH.charAt(b - 0x80);
                lowerCode |= Character.isLowerCase(letter);
                laterCapital |= position > 0 && Character.isUpperCase(letter);
            } else {
                laterCapital |= position > 0;
            }
            position++;
        }
        return found;
    }

    private static String fromVni(String s) {
        StringBuilder out = null;
        int length = s.length();
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            char u = c;
            int width = 1;
            if (c < 0x100) {
                char[] pairs = VNI_PAIRS[c];
                char next = i + 1 < length ? s.charAt(i + 1) : 0;
                if (pairs != null && next >= 0xC0 && next <= 0xFF && pairs[next - 0xC0] != 0) {
                    u = pairs[next - 0xC0];
                    width = 2;
                } else if (VNI_SINGLES[c] != 0) {
                    u = VNI_SINGLES[c];
                }
            }
            if (out == null && (u != c || width == 2)) {
                out = new StringBuilder(length).append(s, 0, i);
            }
            if (out != null) {
                out.append(u);
            }
            i += width - 1;
        }
        return out == null ? s : out.toString();
    }

    /** The byte a Latin-1 or Windows-1252 character stands for, or -1. */
    private static int legacyByte(char c) {
        if (c <= 0xFF) {
            return c;
        }
        int i = WINDOWS_1252_C1.indexOf(c);
        return i < 0 ? -1 : 0x80 + i;
    }

    /** Whether the string has, from {@code from} on, a letter or mark that only Unicode Vietnamese produces. */
    private static boolean hasUnicodeOnlyLetter(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x100 && (c >= 0x1EA0 && c <= 0x1EF9 || c >= 0x0300 && c <= 0x036F
                    || "ĂăĐđĨĩŨũƠơƯư".indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The runs of letters, including every character a legacy font uses as a letter. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return c != 0xA0 && (legacyByte(c) >= 0 || Character.isLetter(c)
                || Character.getType(c) == Character.NON_SPACING_MARK);
    }

    private static String nfc(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static String windows1252C1() {
        byte[] bytes = new byte[0x20];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + i);
        }
        char[] chars = new String(bytes, Charset.forName("windows-1252")).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\uFFFD') {
                chars[i] = (char) (0x80 + i);
            }
        }
        return new String(chars);
    }

    /** Fills PLAIN and TONE from the canonical decompositions of the Latin letters. */
    private static void buildLetters() {
        for (char c = 'a'; c <= 'z'; c++) {
            PLAIN[c] = c;
            PLAIN[Character.toUpperCase(c)] = c;
        }
        PLAIN['đ'] = 'đ';
        PLAIN['Đ'] = 'đ';
        for (char c = 0xC0; c < PLAIN.length; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = Character.toLowerCase(decomposed.charAt(0));
            if (decomposed.length() == 1 || base < 'a' || base > 'z') {
                continue;
            }
            StringBuilder shape = new StringBuilder().append(base);
            int tone = 0;
            boolean vietnamese = true;
            for (int i = 1; i < decomposed.length(); i++) {
                char mark = decomposed.charAt(i);
                int t = TONE_MARKS.indexOf(mark) + 1;
                if (t > 0 && tone == 0) {
                    tone = t;
                } else if (t == 0 && "\u0302\u0306\u031B".indexOf(mark) >= 0) {
                    shape.append(mark);
                } else {
                    vietnamese = false;
                }
            }
            String plain = Normalizer.normalize(shape, Normalizer.Form.NFC);
            if (vietnamese && plain.length() == 1 && VOWELS.indexOf(plain.charAt(0)) >= 0) {
                PLAIN[c] = plain.charAt(0);
                TONE[c] = (byte) tone;
            }
        }
    }

    /**
     * VNI-Windows: a vowel followed by one byte carrying its marks, in the order acute, grave, hook,
     * tilde, dot (the first of the circumflex and breve bytes is the bare mark); capitals take the
     * capital form of the byte. ô and ö are ơ and ư, and take tone bytes like a vowel.
     */
    private static void buildVni() {
        vniMarks("aeouyôö", "ùøûõï", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323");
        vniMarks("aeo", "âáàåãä", "\u0302", "\u0302\u0301", "\u0302\u0300", "\u0302\u0309", "\u0302\u0303", "\u0302\u0323");
        vniMarks("a", "êéèúüë", "\u0306", "\u0306\u0301", "\u0306\u0300", "\u0306\u0309", "\u0306\u0303", "\u0306\u0323");
        String typed = "ñÑôÔöÖæÆóÓòÒîÎ";
        String letters = "đĐơƠưƯỉỈĩĨịỊỵỴ";
        for (int i = 0; i < typed.length(); i++) {
            VNI_SINGLES[typed.charAt(i)] = letters.charAt(i);
        }
    }

    /** Registers base + mark byte (either case of the byte) for both cases of each base; the base gives the case. */
    private static void vniMarks(String bases, String markBytes, String... combining) {
        for (char lower : bases.toCharArray()) {
            for (char base : new char[] {lower, Character.toUpperCase(lower)}) {
                String letter = String.valueOf(switch (base) {
                    case 'ô' -> 'ơ';
                    case 'Ô' -> 'Ơ';
                    case 'ö' -> 'ư';
                    case 'Ö' -> 'Ư';
                    default -> base;
                });
                if (VNI_PAIRS[base] == null) {
                    VNI_PAIRS[base] = new char[0x40];
                }
                char[] pairs = VNI_PAIRS[base];
                for (int i = 0; i < combining.length; i++) {
                    char composed = Normalizer.normalize(letter + combining[i], Normalizer.Form.NFC).charAt(0);
                    pairs[markBytes.charAt(i) - 0xC0] = composed;
                    pairs[Character.toUpperCase(markBytes.charAt(i)) - 0xC0] = composed;
                }
            }
        }
    }

    /** Words a font explains (not a syllable as they stand, one after conversion) and words it breaks. */
    private static final class Evidence {
        private int gained;
        private int broken;

        void add(boolean syllableAsIs, boolean syllableConverted) {
            if (!syllableAsIs && syllableConverted) {
                gained++;
            } else if (syllableAsIs && !syllableConverted) {
                broken++;
            }
        }

        boolean convinces(int candidates, int unicode) {
            return gained >= MIN_EVIDENCE && 2 * gained > candidates && gained >= EVIDENCE_RATIO * (broken + unicode);
        }
    }
}

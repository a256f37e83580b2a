package org.hoiso.tables;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test-only encoders from Unicode into TCVN3 and VNI, written from the public tables independently of
 * {@link LegacyVietnamese}: each row is one vowel in the order plain, sắc, huyền, hỏi, ngã, nặng. The import's
 * tests build their legacy files with them too.
 */
public final class LegacyFonts {

    /** The Vietnamese vowels in the row order of the tables below. */
    static final String VOWELS = "aăâeêioôơuưy";
    /** The tone marks in the column order of the tables: sắc, huyền, hỏi, ngã, nặng. */
    static final String TONES = "\u0301\u0300\u0309\u0303\u0323";

    /** TCVN3 lower case (xvnkb tcvn.h, GNU libiconv tcvn.h); ư is the soft hyphen 0xAD. */
    private static final String[] TCVN3_LOWER = {
            "a ¸ µ ¶ · ¹", "¨ ¾ » ¼ ½ Æ", "© Ê Ç È É Ë", "e Ð Ì Î Ï Ñ", "ª Õ Ò Ó Ô Ö", "i Ý × Ø Ü Þ",
            "o ã ß á â ä", "« è å æ ç é", "¬ í ê ë ì î", "u ó ï ñ ò ô", "\u00AD ø õ ö ÷ ù", "y ý ú û ü þ"};

    /**
     * TCVN3 capitals. Bytes 0x80–0x9F appear as their Windows-1252 characters (€ for 0x80), the five
     * bytes Windows-1252 leaves undefined as U+0081…. The capitals marked * have no code and are typed
     * with the lower-case code.
     */
    private static final String[] TCVN3_UPPER = {
            "A ƒ € \u0081 ‚ „", "¡ À ¯ º ¿ …", "¢ Ä Á Â Ã †", "E Š ‡ ˆ ‰ ‹", "£ Ú Å Í Ù Œ", "I \u0090 \u008D Ž \u008F ‘",
            "O • ’ “ ” –", "¤ ÿ Û à ð —", "¥ › ˜ ™ š œ", "U ó* \u009D ž Ÿ ô*", "¦ ø* õ* ö* ÷* ù*", "Y ý* ú* û* ü* þ*"};

    /** VNI lower case (xvnkb vni.h, duydev/vietnamese-conversion charsets.ts); capitals are the same in upper case. */
    private static final String[] VNI_LOWER = {
            "a aù aø aû aõ aï", "aê aé aè aú aü aë", "aâ aá aà aå aã aä", "e eù eø eû eõ eï", "eâ eá eà eå eã eä",
            "i í ì æ ó ò", "o où oø oû oõ oï", "oâ oá oà oå oã oä", "ô ôù ôø ôû ôõ ôï", "u uù uø uû uõ uï",
            "ö öù öø öû öõ öï", "y yù yø yû yõ î"};

    private static final Map<Character, String> TCVN3 = new HashMap<>();
    private static final Map<Character, String> VNI = new HashMap<>();

    static {
        for (int v = 0; v < VOWELS.length(); v++) {
            String[] lower = TCVN3_LOWER[v].split(" ");
            String[] upper = TCVN3_UPPER[v].split(" ");
            String[] vni = VNI_LOWER[v].split(" ");
            for (int t = 0; t < 6; t++) {
                char letter = letter(VOWELS.charAt(v), t);
                TCVN3.put(letter, lower[t]);
                TCVN3.put(Character.toUpperCase(letter), upper[t].replace("*", ""));
                VNI.put(letter, vni[t]);
                VNI.put(Character.toUpperCase(letter), vni[t].toUpperCase(Locale.ROOT));
            }
        }
        TCVN3.put('đ', "®");
        TCVN3.put('Đ', "§");
        VNI.put('đ', "ñ");
        VNI.put('Đ', "Ñ");
    }

    private LegacyFonts() {
    }

    /** The vowel with tone column {@code t} (0 plain, then sắc, huyền, hỏi, ngã, nặng). */
    static char letter(char vowel, int t) {
        String marked = t == 0 ? String.valueOf(vowel) : vowel + TONES.substring(t - 1, t);
        return Normalizer.normalize(marked, Normalizer.Form.NFC).charAt(0);
    }

    /** The 67 non-ASCII Vietnamese letters in lower case: the 60 toned vowels, ă â ê ô ơ ư and đ. */
    static List<Character> nonAsciiLetters() {
        return TCVN3.keySet().stream().filter(c -> c >= 0x80 && Character.isLowerCase(c)).sorted().toList();
    }

    /** Whether the capital has its own TCVN3 code (12 capitals are typed with the lower-case code). */
    static boolean hasTcvn3Capital(char capital) {
        return !TCVN3.get(capital).equals(TCVN3.get(Character.toLowerCase(capital)));
    }

    /** The text as .VnTime would store it: XLSX cell text, or the bytes of a CSV read as Windows-1252. */
    public static String tcvn3(String unicode) {
        return encode(unicode, TCVN3);
    }

    /** The text as VNI-Times would store it. */
    public static String vni(String unicode) {
        return encode(unicode, VNI);
    }

    /** A legacy string as the bytes of a file: Latin-1 characters as themselves, the rest as Windows-1252. */
    public static byte[] bytes(String legacy) {
        byte[] bytes = new byte[legacy.length()];
        Charset windows1252 = Charset.forName("windows-1252");
        for (int i = 0; i < legacy.length(); i++) {
            char c = legacy.charAt(i);
            bytes[i] = c <= 0xFF ? (byte) c : String.valueOf(c).getBytes(windows1252)[0];
        }
        return bytes;
    }

    private static String encode(String unicode, Map<Character, String> table) {
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            out.append(table.getOrDefault(c, String.valueOf(c)));
        }
        return out.toString();
    }
}

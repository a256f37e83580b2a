package org.hoiso.tables;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Objects;

/**
 * Finds the byte encoding of a text (CSV) file from its first {@value #SNIFF_BYTES} bytes and decodes
 * it as a stream: a byte-order mark; UTF-16 by its zero bytes; strictly valid UTF-8; otherwise an
 * 8-bit file, Windows-1258 or legacy font text read as Windows-1252, whichever yields more Vietnamese
 * syllables. The legacy font is also detected in Unicode files, where legacy text can be pasted.
 */
public final class TextDecoding {

    /** How much of the file is read to decide. */
    static final int SNIFF_BYTES = 64 * 1024;

    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /**
     * A decoded file. The reader streams and does not normalise: cells go through
     * {@link LegacyVietnamese#fixCell} with {@code font}.
     */
    public record Decoded(Reader reader, SourceEncoding encoding, LegacyFont font) {
    }

    private TextDecoding() {
    }

    /** Decides the encoding and legacy font of the stream from its head and returns a reader of all of it. */
    public static Decoded open(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
        buffered.mark(SNIFF_BYTES);
        byte[] head = new byte[SNIFF_BYTES];
        int length = buffered.readNBytes(head, 0, SNIFF_BYTES);
        buffered.reset();
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            return unicode(buffered, head, length, 3, StandardCharsets.UTF_8, SourceEncoding.UTF8_BOM);
        }
        if (startsWith(head, length, 0xFF, 0xFE)) {
            return unicode(buffered, head, length, 2, StandardCharsets.UTF_16LE, SourceEncoding.UTF16LE);
        }
        if (startsWith(head, length, 0xFE, 0xFF)) {
            return unicode(buffered, head, length, 2, StandardCharsets.UTF_16BE, SourceEncoding.UTF16BE);
        }
        SourceEncoding utf16 = utf16ByZeroBytes(head, length);
        if (utf16 != null) {
            Charset charset = utf16 == SourceEncoding.UTF16LE ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return unicode(buffered, head, length, 0, charset, utf16);
        }
        if (isUtf8(head, length, length == SNIFF_BYTES)) {
            return unicode(buffered, head, length, 0, StandardCharsets.UTF_8, SourceEncoding.UTF8);
        }
        return eightBit(buffered, head, length);
    }

    private static Decoded unicode(BufferedInputStream in, byte[] head, int length, int bom, Charset charset,
            SourceEncoding encoding) throws IOException {
        in.skipNBytes(bom);
        String text = new String(head, bom, length - bom, charset);
        return new Decoded(new InputStreamReader(in, charset), encoding, LegacyVietnamese.detect(text.lines().toList()));
    }

    /** Windows-1258, unless the head read as Windows-1252 is in a legacy font that yields more syllables. */
    private static Decoded eightBit(BufferedInputStream in, byte[] head, int length) {
        String asWindows1258 = Normalizer.normalize(new String(head, 0, length, WINDOWS_1258), Normalizer.Form.NFC);
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = LegacyVietnamese.windows1252(head[i] & 0xFF);
        }
        String asWindows1252 = new String(chars);
        LegacyFont font = LegacyVietnamese.detect(asWindows1252.lines().toList());
        if (font != LegacyFont.NONE && LegacyVietnamese.countSyllables(asWindows1252, font) > LegacyVietnamese
                .countSyllables(asWindows1258, LegacyFont.NONE)) {
            return new Decoded(new Windows1252Reader(in), SourceEncoding.LEGACY_8BIT, font);
        }
        return new Decoded(new InputStreamReader(in, WINDOWS_1258), SourceEncoding.WINDOWS_1258, LegacyFont.NONE);
    }

    private static boolean startsWith(byte[] head, int length, int... bytes) {
        if (length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-16 without a byte-order mark: text has many characters below U+0100, whose high byte is zero,
     * so a quarter or more of the odd (little-endian) or even (big-endian) bytes are zero, and few on
     * the other side. Null when the head does not look like UTF-16.
     */
    private static SourceEncoding utf16ByZeroBytes(byte[] head, int length) {
        int pairs = length / 2;
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            if (head[i] == 0) {
                zeroEven++;
            }
            if (head[i + 1] == 0) {
                zeroOdd++;
            }
        }
        if (pairs > 0 && 4 * zeroOdd >= pairs && 8 * zeroEven <= zeroOdd) {
            return SourceEncoding.UTF16LE;
        }
        if (pairs > 0 && 4 * zeroEven >= pairs && 8 * zeroOdd <= zeroEven) {
            return SourceEncoding.UTF16BE;
        }
        return null;
    }

    /**
     * Strictly valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF). A sequence cut
     * by the end of the head is accepted when the file goes on ({@code cut}).
     */
    private static boolean isUtf8(byte[] head, int length, boolean cut) {
        int i = 0;
        while (i < length) {
            int lead = head[i] & 0xFF;
            int continuations;
            if (lead < 0x80) {
                continuations = 0;
            } else if (lead >= 0xC2 && lead <= 0xDF) {
                continuations = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                continuations = 2;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                continuations = 3;
            } else {
                return false;
            }
            for (int k = 1; k <= continuations; k++) {
                if (i + k >= length) {
                    return cut;
                }
                int b = head[i + k] & 0xFF;
                if ((b & 0xC0) != 0x80 || k == 1 && (lead == 0xE0 && b < 0xA0 || lead == 0xED && b > 0x9F
                        || lead == 0xF0 && b < 0x90 || lead == 0xF4 && b > 0x8F)) {
                    return false;
                }
            }
            i += continuations + 1;
        }
        return true;
    }

    /**
     * Windows-1252, byte for byte, keeping its five undefined bytes as U+0081… (Java's decoder would
     * replace them, and TCVN3 uses them for letters).
     */
    private static final class Windows1252Reader extends Reader {

        private final InputStream in;
        private final byte[] bytes = new byte[8192];

        Windows1252Reader(InputStream in) {
            this.in = in;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, buffer.length);
            if (length == 0) {
                return 0;
            }
            int n = in.read(bytes, 0, Math.min(length, bytes.length));
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = LegacyVietnamese.windows1252(bytes[i] & 0xFF);
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

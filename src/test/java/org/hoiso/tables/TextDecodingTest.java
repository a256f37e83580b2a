package org.hoiso.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static final List<String> PLACES = List.of("Xã Ea Kao", "Phường Đống Đa", "Huyện Buôn Đôn", "Tỉnh Đắk Lắk");

    /** A member list as officers type it: a header, then name; birth date; address. */
    private static final String CSV = csv();

    private static String csv() {
        StringBuilder csv = new StringBuilder("Họ và tên;Ngày sinh;Địa chỉ\n");
        for (int i = 0; i < LegacyVietnameseTest.NAMES.size(); i++) {
            csv.append(LegacyVietnameseTest.NAMES.get(i)).append(';').append(String.format("%02d/03/1985", i + 1))
                    .append(';').append(PLACES.get(i % PLACES.size())).append('\n');
        }
        return csv.toString();
    }

    private static TextDecoding.Decoded open(byte[] bytes) throws IOException {
        return TextDecoding.open(new ByteArrayInputStream(bytes));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** The whole decoded text, each cell through {@link LegacyVietnamese#fixCell} as the CSV reader does. */
    private static String readFixed(TextDecoding.Decoded decoded) throws IOException {
        StringWriter text = new StringWriter();
        decoded.reader().transferTo(text);
        return Arrays.stream(text.toString().split("\n", -1))
                .map(line -> Arrays.stream(line.split(";", -1))
                        .map(cell -> LegacyVietnamese.fixCell(cell, decoded.font()))
                        .collect(Collectors.joining(";")))
                .collect(Collectors.joining("\n"));
    }

    /**
     * The text as a Vietnamese Windows PC saves it in code page 1258: a letter the code page has
     * precomposed stays one byte, any other keeps its tone as a combining mark after the letter.
     */
    private static byte[] windows1258(String text) {
        Charset windows1258 = Charset.forName("windows-1258");
        CharsetEncoder encoder = windows1258.newEncoder();
        StringBuilder out = new StringBuilder();
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        int start = 0;
        while (start < nfd.length()) {
            int end = start + 1;
            while (end < nfd.length() && Character.getType(nfd.charAt(end)) == Character.NON_SPACING_MARK) {
                end++;
            }
            String composed = Normalizer.normalize(nfd.substring(start, end), Normalizer.Form.NFC);
            if (encoder.canEncode(composed)) {
                out.append(composed);
            } else {
                StringBuilder letter = new StringBuilder().append(nfd.charAt(start));
                StringBuilder tone = new StringBuilder();
                for (char mark : nfd.substring(start + 1, end).toCharArray()) {
                    (LegacyFonts.TONES.indexOf(mark) >= 0 ? tone : letter).append(mark);
                }
                out.append(Normalizer.normalize(letter, Normalizer.Form.NFC)).append(tone);
            }
            start = end;
        }
        assertThat(encoder.canEncode(out)).isTrue();
        return out.toString().getBytes(windows1258);
    }

    @Test
    void utf8WithoutBom() throws IOException {
        TextDecoding.Decoded decoded = open(CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.encoding()).isEqualTo(SourceEncoding.UTF8);
        assertThat(decoded.font()).isEqualTo(LegacyFont.NONE);
        assertThat(readFixed(decoded)).isEqualTo(CSV);
    }

    @Test
    void utf8WithBomSkipsTheBom() throws IOException {
        TextDecoding.Decoded decoded = open(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                CSV.getBytes(StandardCharsets.UTF_8)));
        assertThat(decoded.encoding()).isEqualTo(SourceEncoding.UTF8_BOM);
        assertThat(decoded.font()).isEqualTo(LegacyFont.NONE);
        assertThat(readFixed(decoded)).isEqualTo(CSV);
    }

    @Test
    void decomposedUtf8IsComposedCellByCell() throws IOException {
        TextDecoding.Decoded decoded = open(Normalizer.normalize(CSV, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.encoding()).isEqualTo(SourceEncoding.UTF8);
        assertThat(decoded.font()).isEqualTo(LegacyFont.NONE);
        assertThat(readFixed(decoded)).isEqualTo(CSV);
    }

    @Test
    void utf16WithAndWithoutBom() throws IOException {
        byte[] le = CSV.getBytes(StandardCharsets.UTF_16LE);
        byte[] be = CSV.getBytes(StandardCharsets.UTF_16BE);
        List<Object[]> cases = List.of(
                new Object[] {concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le), SourceEncoding.UTF16LE},
                new Object[] {concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be), SourceEncoding.UTF16BE},
                new Object[] {le, SourceEncoding.UTF16LE},
                new Object[] {be, SourceEncoding.UTF16BE});
        for (Object[] c : cases) {
            TextDecoding.Decoded decoded = open((byte[]) c[0]);
            assertThat(decoded.encoding()).isEqualTo(c[1]);
            assertThat(decoded.font()).isEqualTo(LegacyFont.NONE);
            assertThat(readFixed(decoded)).isEqualTo(CSV);
        }
    }

    @Test
    void windows1258() throws IOException {
        byte[] bytes = windows1258(CSV);
        assertThat(bytes).contains((byte) 0xDE, (byte) 0xF2); // combining ngã and nặng: Nguyễn, Thị
        TextDecoding.Decoded decoded = open(bytes);
        assertThat(decoded.encoding()).isEqualTo(SourceEncoding.WINDOWS_1258);
        assertThat(decoded.font()).isEqualTo(LegacyFont.NONE);
        assertThat(readFixed(decoded)).isEqualTo(CSV);
    }

    @Test
    void tcvn3Bytes() throws IOException {
        TextDecoding.Decoded decoded = open(LegacyFonts.bytes(LegacyFonts.tcvn3(CSV)));
        assertThat(decoded.encoding()).isEqualTo(SourceEncoding.LEGACY_8BIT);
        assertThat(decoded.font()).isEqualTo(LegacyFont.TCVN3);
        assertThat(readFixed(decoded)).isEqualTo(CSV);
    }

    @Test
    void tcvn3BytesWindows1252LeavesUndefinedAreKept() throws IOException {
        String text = CSV + "ẢNH;ÌA;ĨA;ÍT;ÙA\n";
        TextDecoding.Decoded decoded = open(LegacyFonts.bytes(LegacyFonts.tcvn3(text)));
        assertThat(decoded.font()).isEqualTo(LegacyFont.TCVN3);
        assertThat(readFixed(decoded)).isEqualTo(text);
    }

    @Test
    void vniBytes() throws IOException {
        TextDecoding.Decoded decoded = open(LegacyFonts.bytes(LegacyFonts.vni(CSV)));
        assertThat(decoded.encoding()).isEqualTo(SourceEncoding.LEGACY_8BIT);
        assertThat(decoded.font()).isEqualTo(LegacyFont.VNI);
        assertThat(readFixed(decoded)).isEqualTo(CSV);
    }

    @Test
    void legacyTextPastedIntoUtf8() throws IOException {
        TextDecoding.Decoded tcvn3 = open(LegacyFonts.tcvn3(CSV).getBytes(StandardCharsets.UTF_8));
        assertThat(tcvn3.encoding()).isEqualTo(SourceEncoding.UTF8);
        assertThat(tcvn3.font()).isEqualTo(LegacyFont.TCVN3);
        assertThat(readFixed(tcvn3)).isEqualTo(CSV);
        TextDecoding.Decoded vni = open(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                LegacyFonts.vni(CSV).getBytes(StandardCharsets.UTF_8)));
        assertThat(vni.encoding()).isEqualTo(SourceEncoding.UTF8_BOM);
        assertThat(vni.font()).isEqualTo(LegacyFont.VNI);
        assertThat(readFixed(vni)).isEqualTo(CSV);
    }

    @Test
    void europeanWindows1252TextIsReadAsWindows1258WithoutConversion() throws IOException {
        String text = "Name;City\nJosé Müller;Zürich\nFrançois Lefèvre;Genève\n";
        TextDecoding.Decoded decoded = open(text.getBytes(Charset.forName("windows-1252")));
        assertThat(decoded.encoding()).isEqualTo(SourceEncoding.WINDOWS_1258);
        assertThat(decoded.font()).isEqualTo(LegacyFont.NONE);
        assertThat(readFixed(decoded)).isEqualTo(text);
    }

    @Test
    void asciiIsUtf8() throws IOException {
        String text = "Ho ten;Ngay sinh\nNguyen Thi Hoa;05/03/1985\n";
        TextDecoding.Decoded decoded = open(text.getBytes(StandardCharsets.US_ASCII));
        assertThat(decoded.encoding()).isEqualTo(SourceEncoding.UTF8);
        assertThat(decoded.font()).isEqualTo(LegacyFont.NONE);
        assertThat(readFixed(decoded)).isEqualTo(text);
    }

    @Test
    void utf8SequenceCutByTheEndOfTheHead() throws IOException {
        for (int bytesInHead = 1; bytesInHead <= 2; bytesInHead++) {
            StringBuilder ascii = new StringBuilder();
            while (ascii.length() < TextDecoding.SNIFF_BYTES) {
                ascii.append("Nguyen Van An;01/01/1980;Ha Noi\n");
            }
            ascii.setLength(TextDecoding.SNIFF_BYTES - bytesInHead);
            String text = ascii + "ễn Thị Hoà\n" + CSV;
            TextDecoding.Decoded decoded = open(text.getBytes(StandardCharsets.UTF_8));
            assertThat(decoded.encoding()).isEqualTo(SourceEncoding.UTF8);
            assertThat(decoded.font()).isEqualTo(LegacyFont.NONE);
            assertThat(readFixed(decoded)).isEqualTo(text);
        }
    }

    @Test
    void emptyStream() throws IOException {
        TextDecoding.Decoded decoded = open(new byte[0]);
        assertThat(decoded.encoding()).isEqualTo(SourceEncoding.UTF8);
        assertThat(decoded.font()).isEqualTo(LegacyFont.NONE);
        assertThat(decoded.reader().read()).isEqualTo(-1);
    }

    @Test
    void readsOnlyTheHeadToDecide() throws IOException {
        byte[] line = LegacyFonts.bytes(LegacyFonts.tcvn3("Nguyễn Thị Hoà;05/03/1985;Phường Đống Đa\n"));
        long size = 200L * 1024 * 1024;
        long[] consumed = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return consumed[0] < size ? line[(int) (consumed[0]++ % line.length)] & 0xFF : -1;
            }
        };
        TextDecoding.Decoded decoded = TextDecoding.open(endless);
        assertThat(decoded.font()).isEqualTo(LegacyFont.TCVN3);
        assertThat(consumed[0]).isLessThanOrEqualTo(2L * TextDecoding.SNIFF_BYTES);
        char[] start = new char[line.length];
        assertThat(decoded.reader().read(start)).isPositive();
        assertThat(LegacyVietnamese.fixCell(new String(start).split(";")[0], decoded.font())).isEqualTo("Nguyễn Thị Hoà");
    }
}

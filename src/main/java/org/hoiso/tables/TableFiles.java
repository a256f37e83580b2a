package org.hoiso.tables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens an uploaded member list as a {@link TableReader}, whatever its name says: the kind of file is
 * sniffed from its first 64 KiB. A ZIP is read as XLSX, readable text as CSV; an old binary .xls, a
 * web page saved as .xls, a PDF, an image or any other binary file is refused with a
 * {@link FileProblem} that tells the officer what to do.
 */
public final class TableFiles {

    /** How much of the file's start is examined. */
    static final int SNIFF_BYTES = 64 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[][] BINARY_MAGIC = {
            {'%', 'P', 'D', 'F'}, // PDF
            {(byte) 0x89, 'P', 'N', 'G'}, // PNG
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, // JPEG
            {'G', 'I', 'F', '8'}, // GIF
            {0x1F, (byte) 0x8B}, // GZIP
            {'R', 'a', 'r', '!'}, // RAR
            {'7', 'z', (byte) 0xBC, (byte) 0xAF}, // 7-Zip
    };
    private static final String[] MARKUP = {"<?xml", "<!doctype html", "<html", "<table"};

    private TableFiles() {
    }

    /** What the start of a file shows it to be. */
    enum Kind {
        XLSX, CSV, OLD_EXCEL, WEB_PAGE, BINARY
    }

    /**
     * Opens a CSV or XLSX file for reading row by row.
     *
     * @param file the uploaded file (its name is not looked at)
     * @return a reader positioned before the first row; the caller closes it
     * @throws FileProblem when the file is empty, not a table, or broken beyond reading
     * @throws IOException when the file cannot be read
     */
    public static TableReader open(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new FileProblem("intake.file.empty");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        return switch (sniff(head)) {
            case XLSX -> XlsxTableReader.open(file);
            case CSV -> CsvTableReader.open(file, size);
            case OLD_EXCEL -> throw new FileProblem("intake.file.oldExcel");
            case WEB_PAGE -> throw new FileProblem("intake.file.webPage");
            case BINARY -> throw new FileProblem("intake.file.binary");
        };
    }

    /** The kind of file whose first bytes are {@code head} (at most {@link #SNIFF_BYTES}). */
    static Kind sniff(byte[] head) {
        if (startsWith(head, ZIP) || startsWith(head, ZIP_EMPTY)) {
            return Kind.XLSX;
        }
        if (startsWith(head, OLE2)) {
            return Kind.OLD_EXCEL;
        }
        for (byte[] magic : BINARY_MAGIC) {
            if (startsWith(head, magic)) {
                return Kind.BINARY;
            }
        }
        boolean utf16Bom = head.length >= 2
                && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
        if (utf16Bom || looksLikeUtf16(head)) {
            return Kind.CSV;
        }
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return Kind.BINARY;
            }
            if (isControl(b)) {
                controls++;
            }
        }
        if (controls > Math.max(8, head.length / 100)) {
            return Kind.BINARY;
        }
        return isMarkup(head) ? Kind.WEB_PAGE : Kind.CSV;
    }

    /** UTF-16 text without a byte order mark: many NUL bytes, nearly all at even or nearly all at odd offsets. */
    private static boolean looksLikeUtf16(byte[] head) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int nuls = even + odd;
        return nuls >= 4 && nuls * 10 >= head.length && Math.max(even, odd) * 10 >= nuls * 9;
    }

    /** A C0 control or DEL that text files do not contain (TAB, LF, FF, CR and the DOS end-of-file mark are fine). */
    private static boolean isControl(byte b) {
        return (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r' && b != 0x1A) || b == 0x7F;
    }

    /** An HTML page or an XML document (web applications save those with an .xls name). */
    private static boolean isMarkup(byte[] head) {
        int i = startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        String start = new String(head, i, Math.min(32, head.length - i), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String markup : MARKUP) {
            if (start.startsWith(markup)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

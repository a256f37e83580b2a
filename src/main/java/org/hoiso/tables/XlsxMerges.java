package org.hoiso.tables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The merged cells of a sheet that span more than one row ("Chi hội Tổ 1" merged down beside the members
 * of that branch), so that each row under a merged cell reads its value. A sheet's XML lists its merge
 * ranges after its rows, so they are read first, in a pass of their own over the sheet's XML.
 *
 * <p>Ranges within a single row (a title across the table, a heading over two columns) are left alone:
 * they say nothing about the rows below. At most {@value #MAX_RANGES} ranges are kept; a sheet with more
 * is refused ({@code intake.file.tooManyMerges}).
 */
final class XlsxMerges {

    static final int MAX_RANGES = 65_536;
    /** Examples of filled ranges kept for the officer. */
    static final int EXAMPLES = 5;

    /** A merge range, 1-based rows and 0-based columns as the reader uses them. */
    record Range(long firstRow, long lastRow, int firstColumn, int lastColumn) {

        /** The range as Excel writes it, "A5:A9". */
        String ref() {
            return XlsxTableReader.columnName(firstColumn) + firstRow + ":" + XlsxTableReader.columnName(lastColumn) + lastRow;
        }
    }

    static final XlsxMerges NONE = new XlsxMerges(List.of());

    /** Ranges by first row. */
    private final Range[] ranges;
    private final String[] values;
    private final boolean[] texts;
    private final List<FileInfo.MergedRange> examples = new ArrayList<>(EXAMPLES);
    private int next;
    private final List<Integer> active = new ArrayList<>();

    private XlsxMerges(List<Range> ranges) {
        this.ranges = ranges.stream().sorted(Comparator.comparingLong(Range::firstRow)).toArray(Range[]::new);
        this.values = new String[this.ranges.length];
        this.texts = new boolean[this.ranges.length];
    }

    /**
     * Reads the merge ranges of a sheet part that span more than one row. The part is scanned as bytes for
     * {@code mergeCell} tags (with or without a namespace prefix) rather than parsed: this pass costs what
     * inflating the part costs, a fraction of parsing it. Markup cannot hold a raw "<", so a tag found
     * outside a comment is a tag; one inside a comment only fills cells of that file.
     */
    static XlsxMerges read(XlsxPackage pkg, String part) throws IOException {
        List<Range> found = new ArrayList<>();
        byte[] buffer = new byte[1 << 16];
        byte[] tag = new byte[MAX_TAG];
        int tagLength = -1;
        try (InputStream in = pkg.open(part)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '<') {
                        tagLength = 0;
                    } else if (tagLength >= 0) {
                        if (b == '>' || tagLength == MAX_TAG) {
                            Range r = b == '>' ? mergeCell(tag, tagLength) : null;
                            if (r != null) {
                                if (found.size() == MAX_RANGES) {
                                    throw new FileProblem("intake.file.tooManyMerges", MAX_RANGES);
                                }
                                found.add(r);
                            }
                            tagLength = -1;
                        } else {
                            tag[tagLength++] = b;
                        }
                    }
                }
            }
        } catch (IOException e) {
            // the rows' own pass names the row where the part broke, or refuses the zip bomb
            return found.isEmpty() ? NONE : new XlsxMerges(found);
        }
        return found.isEmpty() ? NONE : new XlsxMerges(found);
    }

    private static final int MAX_TAG = 256;
    private static final byte[] MERGE_CELL = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REF = "ref=".getBytes(StandardCharsets.US_ASCII);

    /** The range of a tag's bytes (between "<" and ">") when it is a {@code mergeCell} with a {@code ref}, or null. */
    private static Range mergeCell(byte[] tag, int length) {
        int nameEnd = 0;
        while (nameEnd < length && tag[nameEnd] != ' ' && tag[nameEnd] != '/' && tag[nameEnd] != '\t'
                && tag[nameEnd] != '\n' && tag[nameEnd] != '\r') {
            nameEnd++;
        }
        int nameStart = nameEnd - MERGE_CELL.length;
        if (nameStart < 0 || (nameStart > 0 && tag[nameStart - 1] != ':')
                || !Arrays.equals(tag, nameStart, nameEnd, MERGE_CELL, 0, MERGE_CELL.length)) {
            return null;
        }
        for (int i = nameEnd; i + REF.length + 1 < length; i++) {
            boolean attributeStart = tag[i - 1] == ' ' || tag[i - 1] == '\t' || tag[i - 1] == '\n' || tag[i - 1] == '\r';
            if (attributeStart && Arrays.equals(tag, i, i + REF.length, REF, 0, REF.length)) {
                byte quote = tag[i + REF.length];
                int from = i + REF.length + 1;
                int to = from;
                while (to < length && tag[to] != quote) {
                    to++;
                }
                return quote == '"' || quote == '\'' ? parse(new String(tag, from, to - from, StandardCharsets.US_ASCII)) : null;
            }
        }
        return null;
    }

    /** A range that spans more than one row within the columns a row may have, or null. */
    static Range parse(String ref) {
        if (ref == null) {
            return null;
        }
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return null;
        }
        long[] first = cell(ref.substring(0, colon).trim());
        long[] last = cell(ref.substring(colon + 1).trim());
        if (first == null || last == null || last[0] <= first[0] || last[1] < first[1]
                || first[1] >= CsvTableReader.MAX_COLUMNS) {
            return null;
        }
        return new Range(first[0], last[0], (int) first[1], (int) Math.min(last[1], CsvTableReader.MAX_COLUMNS - 1));
    }

    /** {row (1-based), column (0-based)} of a reference such as "AB12", or null. */
    private static long[] cell(String ref) {
        int i = 0;
        long column = 0;
        while (i < ref.length() && i < 3 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
            column = column * 26 + (ref.charAt(i) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == ref.length() || ref.length() - i > 7) {
            return null;
        }
        long row = 0;
        for (int j = i; j < ref.length(); j++) {
            char c = ref.charAt(j);
            if (c < '0' || c > '9') {
                return null;
            }
            row = row * 10 + (c - '0');
        }
        return row < 1 ? null : new long[] {row, column - 1};
    }

    /** How many ranges span more than one row. */
    int count() {
        return ranges.length;
    }

    /** Up to {@value #EXAMPLES} ranges already filled, with their value as read. */
    List<FileInfo.MergedRange> examples() {
        return examples;
    }

    /** The last column any range reaches, or -1. */
    int lastColumn() {
        int last = -1;
        for (Range r : ranges) {
            last = Math.max(last, r.lastColumn());
        }
        return last;
    }

    /**
     * Fills row {@code row}'s cells that lie under a merged cell with that cell's value, when the row has
     * data of its own ({@code width > 0}); returns the row's new width. On a range's first row its value
     * is taken from its first cell. The arrays reach at least {@link #lastColumn()}.
     */
    int fill(long row, String[] cells, boolean[] text, int width) {
        while (next < ranges.length && ranges[next].firstRow() <= row) {
            active.add(next++);
        }
        int w = width;
        for (int k = active.size() - 1; k >= 0; k--) {
            int i = active.get(k);
            Range r = ranges[i];
            if (row > r.lastRow()) {
                active.remove(k);
                continue;
            }
            if (row == r.firstRow()) {
                String first = cells[r.firstColumn()];
                if (first != null && !first.isBlank()) {
                    values[i] = first;
                    texts[i] = text[r.firstColumn()];
                    if (examples.size() < EXAMPLES) {
                        examples.add(new FileInfo.MergedRange(r.ref(), first));
                    }
                }
            }
            if (values[i] == null || width == 0) {
                continue;
            }
            for (int c = r.firstColumn(); c <= r.lastColumn(); c++) {
                if (cells[c] == null || cells[c].isBlank()) {
                    cells[c] = values[i];
                    text[c] = texts[i];
                    w = Math.max(w, c + 1);
                }
            }
        }
        return w;
    }
}

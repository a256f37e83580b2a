package org.hoiso.tables;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Reads the first visible sheet of an XLSX workbook that has a non-blank row, row by row, straight
 * from the sheet's XML with a streaming parser: memory holds one row (plus the first rows, buffered
 * to detect a legacy font) and the shared strings table, which {@link SharedStrings} keeps off the
 * heap when it is large.
 *
 * <p>Cells read as the officer sees them: text as is; numbers as plain decimals (15 significant
 * digits, no exponent, no ".0"); numbers in a date or time format as ISO dates and times; booleans as
 * TRUE/FALSE; formulas as their cached value ("" when the file has none); errors as their text
 * (#N/A). A row's number is the sheet's row number. Hidden sheets are skipped; hidden (or filtered
 * out) rows of the sheet are read. Merged cells are not filled: the merge ranges come after the rows
 * in the sheet's XML, so a merged value stays in the range's first cell.
 *
 * <p>The legacy font is detected on the first {@value #FONT_SAMPLE} non-empty text cells (the rows
 * holding them are buffered) and applied to every text cell of the sheet.
 */
final class XlsxTableReader implements TableReader {

    /** Text cells looked at to detect a legacy font. */
    static final int FONT_SAMPLE = 200;
    /** At most this many rows, and this many characters, are buffered for the font sample. */
    private static final int MAX_BUFFERED_ROWS = 1_000;
    private static final long MAX_BUFFERED_CHARS = 4_000_000;
    /** Excel's last row. */
    private static final long MAX_ROW = 1_048_576;
    /** Excel's last column (XFD). */
    private static final int MAX_SHEET_COLUMNS = 16_384;

    private final XlsxPackage pkg;
    private final SharedStrings strings;
    private final SheetCursor cursor;
    private final String sheetName;
    private final Deque<RawRow> buffered = new ArrayDeque<>();
    private final CellFixer fixer;
    private long delivered;

    private XlsxTableReader(XlsxPackage pkg, SharedStrings strings, SheetCursor cursor, RawRow first, String sheetName) {
        this.pkg = pkg;
        this.strings = strings;
        this.cursor = cursor;
        this.sheetName = sheetName;
        List<String> sample = new ArrayList<>(FONT_SAMPLE);
        long bufferedChars = 0;
        RawRow row = first;
        while (row != null) {
            buffered.add(row);
            bufferedChars += row.collectText(sample);
            if (sample.size() >= FONT_SAMPLE || buffered.size() >= MAX_BUFFERED_ROWS || bufferedChars > MAX_BUFFERED_CHARS) {
                break;
            }
            row = cursor.next();
        }
        this.fixer = new CellFixer(
                LegacyVietnamese.detect(sample.size() > FONT_SAMPLE ? sample.subList(0, FONT_SAMPLE) : sample));
    }

    /**
     * Opens an XLSX file on its first visible sheet that has a non-blank row.
     *
     * @throws FileProblem {@code intake.file.empty} when no visible sheet has data; the problems of
     *                     {@link XlsxPackage#open}; {@code intake.file.corrupt} for a damaged part
     */
    static XlsxTableReader open(Path file) throws IOException {
        return open(file, SharedStrings.IN_MEMORY_BYTES);
    }

    /** {@link #open(Path)} keeping at most {@code sharedStringsInMemory} bytes of shared strings in the heap. */
    static XlsxTableReader open(Path file, int sharedStringsInMemory) throws IOException {
        XlsxPackage pkg = XlsxPackage.open(file);
        SharedStrings strings = null;
        try {
            XlsxStyles styles = XlsxStyles.read(pkg);
            strings = SharedStrings.read(pkg, CsvTableReader.MAX_CELL, sharedStringsInMemory);
            for (XlsxPackage.SheetRef sheet : pkg.sheets()) {
                if (!sheet.visible()) {
                    continue;
                }
                SheetCursor cursor = new SheetCursor(pkg, sheet.part(), styles, strings);
                try {
                    RawRow first = cursor.next();
                    if (first != null) {
                        return new XlsxTableReader(pkg, strings, cursor, first, sheet.name());
                    }
                } catch (RuntimeException e) {
                    cursor.close();
                    throw e;
                }
                cursor.close();
            }
            throw new FileProblem("intake.file.empty");
        } catch (IOException | RuntimeException e) {
            if (strings != null) {
                strings.close();
            }
            pkg.close();
            throw e;
        }
    }

    @Override
    public TableRow next() throws IOException {
        RawRow row;
        while ((row = buffered.isEmpty() ? cursor.next() : buffered.poll()) != null) {
            delivered = row.number;
            List<String> cells = new ArrayList<>(row.cells.length);
            boolean blank = true;
            for (int i = 0; i < row.cells.length; i++) {
                String cell = row.cells[i];
                String fixed = cell == null ? "" : row.text[i] ? fixer.fix(cell) : cell;
                blank &= fixed.isBlank();
                cells.add(fixed);
            }
            if (!blank) {
                return new TableRow(row.number, cells);
            }
        }
        return null;
    }

    @Override
    public FileInfo info() {
        return fixer.info(FileInfo.Format.XLSX, SourceEncoding.UNICODE, sheetName, null);
    }

    /** The last row read of the rows the sheet declares, else the bytes of the sheet's XML read; 1 at the end. */
    @Override
    public double progress() {
        return buffered.isEmpty() && cursor.done ? 1.0 : cursor.progress(delivered);
    }

    @Override
    public void close() throws IOException {
        try {
            cursor.close();
            strings.close();
        } finally {
            pkg.close();
        }
    }

    /** A non-blank row as the sheet holds it; {@code text[i]} tells a text cell from a number, date, boolean or error. */
    private record RawRow(long number, String[] cells, boolean[] text) {

        /** Adds the non-blank text cells to the sample; returns the characters the row holds. */
        long collectText(List<String> sample) {
            long chars = 0;
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null) {
                    chars += cells[i].length();
                    if (text[i] && !cells[i].isBlank()) {
                        sample.add(cells[i]);
                    }
                }
            }
            return chars;
        }
    }

    /** Walks the rows of one sheet's XML. */
    private static final class SheetCursor {

        private final XlsxStyles styles;
        private final SharedStrings strings;
        private final boolean date1904;
        private final long partSize;
        private final CountingInputStream bytes;
        private final XlsxPackage.Xml xml;
        private final StringBuilder value = new StringBuilder();
        private String[] cells = new String[16];
        private boolean[] text = new boolean[16];
        private boolean cellIsText;
        private boolean inRow;
        private long declaredRows;
        private long rowNumber;
        private boolean done;

        SheetCursor(XlsxPackage pkg, String part, XlsxStyles styles, SharedStrings strings) throws IOException {
            this.styles = styles;
            this.strings = strings;
            this.date1904 = pkg.date1904();
            this.partSize = pkg.size(part);
            this.bytes = new CountingInputStream(pkg.open(part));
            this.xml = pkg.xml(bytes);
        }

        /**
         * The next row with a non-blank cell, or null at the end of the sheet.
         *
         * @throws FileProblem {@code intake.file.corruptRow} naming the row where the XML broke
         */
        RawRow next() {
            try {
                return nextRow();
            } catch (FileProblem problem) {
                if (!problem.code().equals("intake.file.corrupt")) {
                    throw problem;
                }
                throw XlsxPackage.problem("intake.file.corruptRow", problem, inRow ? rowNumber : rowNumber + 1);
            }
        }

        private RawRow nextRow() {
            inRow = false;
            while (!done && xml.next()) {
                if (xml.isStart()) {
                    String name = xml.name();
                    if (name.equals("row")) {
                        RawRow row = readRow();
                        if (row != null) {
                            return row;
                        }
                    } else if (name.equals("dimension")) {
                        declaredRows = lastRow(xml.attribute("ref"));
                    }
                } else if (xml.isEnd() && xml.name().equals("sheetData")) {
                    done = true;
                }
            }
            done = true;
            return null;
        }

        /** The given row of the rows the sheet declares, else the bytes of the sheet's XML read. */
        double progress(long row) {
            if (declaredRows > 1) {
                return Math.min(1.0, (double) row / declaredRows);
            }
            return partSize > 0 ? Math.min(1.0, (double) bytes.count() / partSize) : 0;
        }

        void close() {
            xml.close();
        }

        /** After the start of a {@code row}: its cells up to the end tag; null when they are all blank. */
        private RawRow readRow() {
            rowNumber = parseRowNumber(xml.attribute("r"), rowNumber + 1);
            inRow = true;
            int width = 0;
            int column = -1;
            while (xml.next()) {
                if (xml.isStart() && xml.name().equals("c")) {
                    column = parseColumn(xml.attribute("r"), column + 1);
                    String cell = readCell(column);
                    if (!cell.isBlank()) {
                        if (column >= CsvTableReader.MAX_COLUMNS) {
                            throw new FileProblem("intake.file.tooManyColumns", rowNumber, CsvTableReader.MAX_COLUMNS);
                        }
                        if (column >= cells.length) {
                            int size = Math.min(CsvTableReader.MAX_COLUMNS, Math.max(column + 1, cells.length * 2));
                            cells = Arrays.copyOf(cells, size);
                            text = Arrays.copyOf(text, size);
                        }
                        cells[column] = cell;
                        text[column] = cellIsText;
                        width = Math.max(width, column + 1);
                    }
                } else if (xml.isEnd() && xml.name().equals("row")) {
                    break;
                }
            }
            inRow = false;
            if (width == 0) {
                return null;
            }
            RawRow row = new RawRow(rowNumber, Arrays.copyOf(cells, width), Arrays.copyOf(text, width));
            Arrays.fill(cells, 0, width, null);
            Arrays.fill(text, 0, width, false);
            return row;
        }

        /** After the start of a {@code c}: its value as text; {@link #cellIsText} tells whether it is a text cell. */
        private String readCell(int column) {
            String type = xml.attribute("t");
            int style = parseStyle(xml.attribute("s"));
            value.setLength(0);
            StringBuilder inline = null;
            boolean inValue = false;
            boolean inText = false;
            int phonetic = 0;
            boolean fits = true;
            while (xml.next()) {
                if (xml.isStart()) {
                    switch (xml.name()) {
                        case "v" -> inValue = true;
                        case "is" -> inline = new StringBuilder();
                        case "rPh" -> phonetic++;
                        case "t" -> inText = inline != null && phonetic == 0;
                        default -> {
                            inValue = false;
                            inText = false;
                        }
                    }
                } else if (xml.isEnd()) {
                    String name = xml.name();
                    if (name.equals("c")) {
                        break;
                    }
                    if (name.equals("rPh")) {
                        phonetic = Math.max(0, phonetic - 1);
                    }
                    inValue = false;
                    inText = false;
                } else if (xml.isText() && (inValue || inText)) {
                    fits &= xml.appendText(inValue ? value : inline, CsvTableReader.MAX_CELL);
                }
            }
            if (!fits) {
                throw tooLong(column);
            }
            boolean isText = false;
            String cell;
            if (type == null || type.equals("n")) {
                cell = number(value.toString(), style);
            } else if (type.equals("s")) {
                cell = value.length() == 0 ? "" : sharedString(value.toString().trim(), column);
                isText = true;
            } else if (type.equals("inlineStr")) {
                cell = inline == null ? value.toString() : inline.toString();
                isText = true;
            } else if (type.equals("str")) {
                cell = value.toString();
                isText = true;
            } else if (type.equals("b")) {
                cell = bool(value.toString().trim());
            } else if (type.equals("d")) {
                cell = value.length() >= 10 ? value.substring(0, value.charAt(4) == '-' ? 10 : value.length()) : value.toString();
            } else {
                cell = value.toString();
            }
            if (cell.length() > CsvTableReader.MAX_CELL) {
                throw tooLong(column);
            }
            cellIsText = isText;
            return cell;
        }

        private String number(String raw, int style) {
            if (raw.isBlank()) {
                return "";
            }
            XlsxStyles.Kind kind = styles.kind(style);
            return kind == XlsxStyles.Kind.NUMBER ? ExcelValues.plain(raw) : ExcelValues.dateTime(raw, kind, date1904);
        }

        private String sharedString(String index, int column) {
            String s = null;
            try {
                s = strings.get(Integer.parseInt(index));
            } catch (NumberFormatException e) {
                // reported below
            }
            if (s == null) {
                throw new FileProblem("intake.file.corruptCell", rowNumber, columnName(column));
            }
            return s;
        }

        private static String bool(String raw) {
            return switch (raw) {
                case "1", "true" -> "TRUE";
                case "0", "false" -> "FALSE";
                default -> raw;
            };
        }

        private FileProblem tooLong(int column) {
            return new FileProblem("intake.file.cellTooLong", rowNumber, columnName(column), CsvTableReader.MAX_CELL);
        }

        private long parseRowNumber(String r, long fallback) {
            if (r == null) {
                return fallback;
            }
            try {
                long number = Long.parseLong(r.trim());
                if (number >= 1 && number <= MAX_ROW) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new FileProblem("intake.file.corruptRow", fallback);
        }

        /** The 0-based column of a cell reference such as "AB12", or the fallback when it has none. */
        private int parseColumn(String ref, int fallback) {
            if (ref == null) {
                if (fallback >= MAX_SHEET_COLUMNS) {
                    throw new FileProblem("intake.file.corruptRow", rowNumber);
                }
                return fallback;
            }
            int column = 0;
            int i = 0;
            while (i < ref.length() && i < 4 && Character.isLetter(ref.charAt(i))) {
                char c = Character.toUpperCase(ref.charAt(i));
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
                i++;
            }
            if (i == 0 || column > MAX_SHEET_COLUMNS) {
                throw new FileProblem("intake.file.corruptRow", rowNumber);
            }
            return column - 1;
        }

        private static int parseStyle(String s) {
            if (s == null) {
                return 0;
            }
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        /** The last row of a dimension reference such as "A1:H1000001", or 0. */
        private static long lastRow(String ref) {
            if (ref == null) {
                return 0;
            }
            String last = ref.substring(ref.lastIndexOf(':') + 1);
            int i = 0;
            while (i < last.length() && !Character.isDigit(last.charAt(i))) {
                i++;
            }
            try {
                return Math.min(MAX_ROW, Long.parseLong(last.substring(i)));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }

    /** The letters Excel shows for a 0-based column: 0 → A, 27 → AB. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}

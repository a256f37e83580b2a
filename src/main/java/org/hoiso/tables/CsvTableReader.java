package org.hoiso.tables;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file record by record (RFC 4180, read leniently): the delimiter is found among
 * {@code , ; TAB |} from the first records (or an Excel {@code sep=} line), fields may be quoted with
 * {@code ""} escapes and line breaks inside, lines end in CRLF, LF or CR. Memory holds one record.
 *
 * <p>A row's number is the line on which its record starts. Blank records are skipped. Refused, with
 * the place: a quote still open at the end of the file ({@code intake.file.truncated}), a record
 * whose columns only fit another delimiter ({@code intake.file.mixedDelimiters}), a cell longer than
 * {@value #MAX_CELL} characters ({@code intake.file.cellTooLong}), data beyond column
 * {@value #MAX_COLUMNS} ({@code intake.file.tooManyColumns}).
 */
final class CsvTableReader implements TableReader {

    /** The longest cell Excel can hold. */
    static final int MAX_CELL = 32_767;
    /** The widest row accepted (empty cells beyond it are ignored). */
    static final int MAX_COLUMNS = 512;

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int BUFFER = 64 * 1024;
    private static final int SAMPLE_RECORDS = 100;
    private static final int END = -1;

    private final CountingInputStream bytes;
    private final long size;
    private final Reader in;
    private final SourceEncoding encoding;
    private final CellFixer fixer;
    private final char delimiter;
    /** The column count most records of the sample have (1 for a single-column file). */
    private final int expectedColumns;

    private final char[] buf = new char[BUFFER];
    private final StringBuilder field = new StringBuilder();
    private int pos;
    private int limit;
    private long line = 1;
    private long recordLine;
    /** The other delimiter the previous record fitted (0: none), and that record's line. */
    private char switchedTo;
    private long switchLine;

    private CsvTableReader(CountingInputStream bytes, long size, TextDecoding.Decoded decoded) throws IOException {
        this.bytes = bytes;
        this.size = size;
        this.in = decoded.reader();
        this.encoding = decoded.encoding();
        this.fixer = new CellFixer(decoded.font());
        boolean complete = fillSample();
        Character hinted = separatorHint();
        Sample sample = Sample.of(buf, pos, limit, complete, hinted == null ? DELIMITERS : new char[] {hinted});
        if (sample.records() == 0 && complete) {
            throw new FileProblem("intake.file.empty");
        }
        this.delimiter = sample.delimiter();
        this.expectedColumns = sample.columns();
    }

    /**
     * Opens a CSV file; its bytes are decoded by {@link TextDecoding}.
     *
     * @param file the file
     * @param size its size in bytes, for progress
     */
    static CsvTableReader open(Path file, long size) throws IOException {
        CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
        try {
            TextDecoding.Decoded decoded = TextDecoding.open(bytes);
            try {
                return new CsvTableReader(bytes, size, decoded);
            } catch (IOException | RuntimeException e) {
                decoded.reader().close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    @Override
    public TableRow next() throws IOException {
        List<String> fields;
        while ((fields = readRecord()) != null) {
            if (isBlank(fields)) {
                continue;
            }
            checkDelimiterSwitch(fields);
            for (int i = 0; i < fields.size(); i++) {
                fields.set(i, fixer.fix(fields.get(i)));
            }
            if (!isBlank(fields)) {
                return new TableRow(recordLine, fields);
            }
        }
        return null;
    }

    @Override
    public FileInfo info() {
        return fixer.info(FileInfo.Format.CSV, encoding, null, delimiter);
    }

    @Override
    public double progress() {
        return size <= 0 ? 0 : Math.min(1.0, (double) bytes.count() / size);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The fields of the next record, or null at the end of the file. */
    private List<String> readRecord() throws IOException {
        if (peek() == END) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>(Math.max(expectedColumns, 8));
        while (true) {
            String value = readField(fields.size());
            if (fields.size() < MAX_COLUMNS) {
                fields.add(value);
            } else if (!value.isBlank()) {
                throw new FileProblem("intake.file.tooManyColumns", recordLine, MAX_COLUMNS);
            }
            int c = peek();
            if (c == delimiter) {
                pos++;
            } else {
                if (c != END) {
                    skipLineEnd();
                }
                return fields;
            }
        }
    }

    private String readField(int column) throws IOException {
        field.setLength(0);
        if (peek() == '"') {
            pos++;
            readQuoted(column);
        }
        readUnquoted(column);
        return field.toString();
    }

    /** Up to the next delimiter or line end (also the text after a closing quote, kept as Excel does). */
    private void readUnquoted(int column) throws IOException {
        while (pos < limit || fill()) {
            int start = pos;
            while (pos < limit) {
                char ch = buf[pos];
                if (ch == delimiter || ch == '\n' || ch == '\r') {
                    break;
                }
                pos++;
            }
            append(start, pos - start, column);
            if (pos < limit) {
                return;
            }
        }
    }

    /** After an opening quote, up to and including the closing quote. */
    private void readQuoted(int column) throws IOException {
        while (true) {
            if (pos >= limit && !fill()) {
                throw new FileProblem("intake.file.truncated", recordLine);
            }
            int start = pos;
            while (pos < limit) {
                char ch = buf[pos];
                if (ch == '"' || ch == '\n' || ch == '\r') {
                    break;
                }
                pos++;
            }
            append(start, pos - start, column);
            if (pos == limit) {
                continue;
            }
            char ch = buf[pos++];
            if (ch == '"') {
                if (peek() != '"') {
                    return;
                }
                pos++;
            } else {
                line++;
                if (ch == '\r' && peek() == '\n') {
                    pos++;
                    append('\r', column);
                    ch = '\n';
                }
            }
            append(ch, column);
        }
    }

    private void append(int start, int length, int column) {
        if (field.length() + length > MAX_CELL) {
            throw new FileProblem("intake.file.cellTooLong", recordLine, column + 1, MAX_CELL);
        }
        field.append(buf, start, length);
    }

    private void append(char ch, int column) {
        if (field.length() >= MAX_CELL) {
            throw new FileProblem("intake.file.cellTooLong", recordLine, column + 1, MAX_CELL);
        }
        field.append(ch);
    }

    private void skipLineEnd() throws IOException {
        char ch = buf[pos++];
        line++;
        if (ch == '\r' && peek() == '\n') {
            pos++;
        }
    }

    private int peek() throws IOException {
        return pos < limit || fill() ? buf[pos] : END;
    }

    /** Reads the next chunk once the buffer is consumed; false at the end of the file. */
    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    /** Fills the whole buffer for delimiter detection; true when that reached the end of the file. */
    private boolean fillSample() throws IOException {
        while (limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                return true;
            }
            limit += n;
        }
        return false;
    }

    /** Excel's {@code sep=;} first line: the delimiter it names, and the line is skipped. */
    private Character separatorHint() throws IOException {
        if (limit < 5 || !"sep=".regionMatches(true, 0, new String(buf, 0, 4), 0, 4)) {
            return null;
        }
        char sep = buf[4];
        boolean endsThere = limit == 5 || buf[5] == '\n' || buf[5] == '\r';
        if (!endsThere || sep == '"' || sep == '\n' || sep == '\r') {
            return null;
        }
        pos = 5;
        if (pos < limit) {
            skipLineEnd();
        }
        return sep;
    }

    /**
     * A record whose column count is off but fits another delimiter exactly may be a line of text
     * with commas in it; two such records in a row mean the file switched delimiters at the first.
     */
    private void checkDelimiterSwitch(List<String> fields) {
        char fits = 0;
        if (expectedColumns > 1 && fields.size() != expectedColumns) {
            String joined = String.join(String.valueOf(delimiter), fields);
            for (char other : DELIMITERS) {
                if (other != delimiter && Sample.countFields(joined, other) == expectedColumns) {
                    fits = other;
                }
            }
        }
        if (fits != 0 && fits == switchedTo) {
            throw new FileProblem("intake.file.mixedDelimiters", switchLine, label(delimiter), label(fits));
        }
        switchedTo = fits;
        switchLine = recordLine;
    }

    private static boolean isBlank(List<String> fields) {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** How a delimiter is named in messages. */
    static String label(char delimiter) {
        return delimiter == '\t' ? "Tab" : String.valueOf(delimiter);
    }

    /**
     * The delimiter that splits the first records of a file into the most consistent column count.
     *
     * @param delimiter the one chosen
     * @param columns   the column count most records have with it (1: a single-column file)
     * @param records   the non-blank records looked at
     */
    record Sample(char delimiter, int columns, int records) {

        /**
         * Looks at up to {@value #SAMPLE_RECORDS} records of {@code text[from, to)}; a last record
         * without a line end only counts when {@code complete} (the text is the whole file).
         */
        static Sample of(char[] text, int from, int to, boolean complete, char[] candidates) {
            Sample best = null;
            long bestScore = -1;
            for (char candidate : candidates) {
                List<Integer> counts = fieldCounts(CharBuffer.wrap(text), from, to, complete, candidate);
                int[] mode = mode(counts);
                boolean firstFits = !counts.isEmpty() && counts.get(0) == mode[0];
                // several columns first, then the records that have them, then the first record, then more columns
                long score = mode[0] > 1 ? (1L << 40) + ((long) mode[1] << 20) + (firstFits ? 1L << 19 : 0) + mode[0] : 0;
                if (best == null || score > bestScore) {
                    best = new Sample(candidate, mode[0], counts.size());
                    bestScore = score;
                }
            }
            return best;
        }

        /**
         * The field count of each non-blank record, reading quotes as the parser does: a quote opens
         * a quoted field only at the start of a field, and {@code ""} inside it is a quote.
         */
        static List<Integer> fieldCounts(CharSequence text, int from, int to, boolean complete, char delimiter) {
            List<Integer> counts = new ArrayList<>();
            boolean quoted = false;
            boolean fieldStart = true;
            boolean content = false;
            int fields = 1;
            for (int i = from; i < to && counts.size() < SAMPLE_RECORDS; i++) {
                char ch = text.charAt(i);
                if (quoted) {
                    if (ch != '"') {
                        content = true;
                    } else if (i + 1 < to && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                } else if (ch == '"' && fieldStart) {
                    quoted = true;
                    fieldStart = false;
                } else if (ch == delimiter) {
                    fields++;
                    fieldStart = true;
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (content) {
                        counts.add(fields);
                    }
                    fields = 1;
                    fieldStart = true;
                    content = false;
                } else {
                    fieldStart = false;
                    content |= !Character.isWhitespace(ch);
                }
            }
            if (complete && content && counts.size() < SAMPLE_RECORDS) {
                counts.add(fields);
            }
            return counts;
        }

        /** The most frequent count (the larger on a tie) and how often it occurs; {1, 0} for none. */
        private static int[] mode(List<Integer> counts) {
            int[] best = {1, 0};
            for (int candidate : counts) {
                int frequency = 0;
                for (int c : counts) {
                    if (c == candidate) {
                        frequency++;
                    }
                }
                if (frequency > best[1] || (frequency == best[1] && candidate > best[0])) {
                    best = new int[] {candidate, frequency};
                }
            }
            return best;
        }

        /** The fields one record's text splits into with a delimiter (1 when it is blank). */
        static int countFields(String record, char delimiter) {
            List<Integer> counts = fieldCounts(record, 0, record.length(), true, delimiter);
            return counts.isEmpty() ? 1 : counts.get(0);
        }
    }
}

package org.hoiso.tables;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes CSV for export: UTF-8 with a byte order mark (so that Excel reads Vietnamese right), comma
 * delimiter, CRLF line ends, fields quoted as RFC 4180 requires. A text cell that starts with
 * {@code = + - @}, TAB or CR gets a leading apostrophe, so that a spreadsheet does not run it as a
 * formula; the file readers remove that apostrophe again. Dates are written as ISO {@code yyyy-MM-dd},
 * numbers as plain decimals.
 */
public final class CsvTableWriter implements TableWriter {

    private final Writer out;

    /**
     * Starts a CSV file on a stream (the byte order mark is written at once).
     *
     * @param out where the file goes, e.g. the response body; it is not closed by {@link #close()}
     * @throws IOException when the stream fails
     */
    public CsvTableWriter(OutputStream out) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.out.write('\uFEFF');
    }

    @Override
    public void header(List<String> headings) throws IOException {
        writeLine(List.copyOf(headings));
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        writeLine(cells);
    }

    /** Flushes what is buffered; the stream stays open. */
    @Override
    public void close() throws IOException {
        out.flush();
    }

    /**
     * The one rule against formula injection, for every CSV hoiso writes (member exports, report values, the
     * dashboard's data): a text that starts with {@code = + - @}, TAB or CR gets a leading apostrophe, so a
     * spreadsheet shows it as text instead of running it ({@code =HYPERLINK(…)}). Null stays null.
     */
    public static String neutralised(String text) {
        return text != null && !text.isEmpty() && isFormulaTrigger(text.charAt(0)) ? "'" + text : text;
    }

    /** Whether a text starting with this character could be taken for a formula by a spreadsheet. */
    static boolean isFormulaTrigger(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    private void writeLine(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(text(cells.get(i)));
        }
        out.write("\r\n");
    }

    private void writeField(String value) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(value);
            return;
        }
        out.write('"');
        out.write(value.replace("\"", "\"\""));
        out.write('"');
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof String s) {
            return neutralised(s);
        }
        if (cell instanceof LocalDate date) {
            return date.toString();
        }
        if (cell instanceof Number number) {
            return plainNumber(number);
        }
        throw new IllegalArgumentException("Cannot write a " + cell.getClass().getName() + " cell: format it as text");
    }

    /** A number as plain decimal text, without exponent or trailing zeros. */
    static String plainNumber(Number number) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger) {
            return number.toString();
        }
        BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }
}

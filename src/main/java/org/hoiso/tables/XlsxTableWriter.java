package org.hoiso.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes an XLSX workbook of one sheet for export, streaming with fastexcel: rows are flushed to the
 * stream every {@value #FLUSH_ROWS} rows, so memory does not grow with the row count. Text is written
 * as inline strings (a CCCD keeps its leading zeros, and no shared strings table builds up in
 * memory), dates as real Excel dates shown {@code dd/mm/yyyy}, numbers as numbers. The heading row
 * is bold.
 */
public final class XlsxTableWriter implements TableWriter {

    /** Rows kept in memory between two flushes. */
    static final int FLUSH_ROWS = 1_000;
    /** Excel's last row. */
    public static final int MAX_ROWS = 1_048_576;
    /** Excel's last column. */
    static final int MAX_COLUMNS = 16_384;

    private static final String DATE_FORMAT = "dd/mm/yyyy";

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    /**
     * Starts a workbook on a stream.
     *
     * @param out       where the file goes, e.g. the response body; it is not closed by {@link #close()}
     * @param sheetName the sheet's name (characters Excel forbids become dashes, cut to 31 characters)
     */
    public XlsxTableWriter(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "hoiso", null);
        this.sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void header(List<String> headings) throws IOException {
        int r = nextRow(headings.size());
        for (int c = 0; c < headings.size(); c++) {
            String heading = headings.get(c);
            if (heading != null && !heading.isEmpty()) {
                sheet.inlineString(r, c, heading);
                sheet.style(r, c).bold().set();
            }
        }
        flushEvery();
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        int r = nextRow(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell == null) {
                continue;
            }
            if (cell instanceof String s) {
                if (!s.isEmpty()) {
                    sheet.inlineString(r, c, s);
                }
            } else if (cell instanceof LocalDate date) {
                sheet.value(r, c, date);
                sheet.style(r, c).format(DATE_FORMAT).set();
            } else if (cell instanceof Number number) {
                if (number instanceof Double || number instanceof Float) {
                    double d = number.doubleValue();
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        throw new IllegalArgumentException("Cannot write " + d + " in a spreadsheet");
                    }
                }
                sheet.value(r, c, number);
            } else {
                throw new IllegalArgumentException("Cannot write a " + cell.getClass().getName() + " cell: format it as text");
            }
        }
        flushEvery();
    }

    /** Writes the rest of the sheet and the workbook's closing parts; the stream stays open. */
    @Override
    public void close() throws IOException {
        workbook.finish();
    }

    private int nextRow(int width) {
        if (row >= MAX_ROWS) {
            throw new FileProblem("intake.file.exportTooManyRows", MAX_ROWS - 1);
        }
        if (width > MAX_COLUMNS) {
            throw new IllegalArgumentException("An Excel sheet has at most " + MAX_COLUMNS + " columns");
        }
        return row++;
    }

    private void flushEvery() throws IOException {
        if (row % FLUSH_ROWS == 0) {
            sheet.flush();
        }
    }
}

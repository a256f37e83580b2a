package org.hoiso.reporting.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.stream.Stream;
import org.hoiso.tables.CsvTableWriter;
import org.hoiso.tables.TableWriter;
import org.hoiso.tables.XlsxTableWriter;

/**
 * Writes reports as a table of values, one row per value ({@link ValueTable}), with the intake file
 * layer's streaming writers: CSV in UTF-8 with a byte order mark, or one XLSX sheet. Values are
 * written as text exactly as they travel ({@code 45.5}, {@code true}), so that the file reads back
 * unchanged; the period as its short code ({@code 2025S1}); the category's code, empty when the
 * value is not disaggregated (the dimension follows from the indicator).
 */
public final class ValueTableWriter {

    private final ValueTable.Format format;
    private final ValueTable.Headings headings;

    public ValueTableWriter(ValueTable.Format format, ValueTable.Headings headings) {
        this.format = format;
        this.headings = headings;
    }

    /**
     * Writes the table; the stream is flushed, not closed.
     *
     * @throws UncheckedIOException when the stream fails
     * @throws org.hoiso.tables.FileProblem {@code intake.file.exportTooManyRows} past Excel's last row
     */
    public void write(Stream<ExchangeReport> reports, OutputStream out) {
        try (TableWriter table = format == ValueTable.Format.CSV
                ? new CsvTableWriter(out)
                : new XlsxTableWriter(out, headings == ValueTable.Headings.CODES ? "values" : "Giá trị")) {
            table.header(headings.of());
            Iterator<ExchangeReport> it = reports.iterator();
            while (it.hasNext()) {
                ExchangeReport report = it.next();
                String period = report.period().code();
                for (ExchangeValue v : report.values()) {
                    table.row(Arrays.asList(report.formCode(), report.unitCode(), period, v.indicatorCode(),
                            v.category(), v.value()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

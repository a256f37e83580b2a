package org.hoiso.reporting.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.reporting.Period;
import org.hoiso.tables.FileProblem;
import org.hoiso.tables.TableFiles;
import org.hoiso.tables.TableReader;
import org.hoiso.tables.TableRow;

/**
 * Reads a table of values (CSV in any encoding the intake layer detects, or XLSX) into reports. The
 * first non-blank row is the heading row; columns are found by heading, in any order, extra columns
 * ignored. Rows are grouped by (form, unit, period) in the order each group is first seen; a value's
 * {@link ExchangeValue#row()} is its line or sheet row. A category is read without its dimension
 * (null), which the caller takes from the indicator. A blank form cell gives a null form code.
 */
public final class ValueTableReader {

    public static final int DEFAULT_MAX_VALUES = 500_000;

    private final int maxValues;

    /** @param maxValues the most value rows read (the file's size is limited by the upload) */
    public ValueTableReader(int maxValues) {
        if (maxValues <= 0) {
            throw new IllegalArgumentException("maxValues must be positive");
        }
        this.maxValues = maxValues;
    }

    public ValueTableReader() {
        this(DEFAULT_MAX_VALUES);
    }

    /**
     * @throws ExchangeFormatException the problems found; a file that is no table at all keeps the
     *                                 intake layer's {@code intake.file.*} code
     * @throws UncheckedIOException    when the file cannot be read
     */
    public List<ExchangeReport> read(Path file) {
        Problems problems = new Problems();
        try (TableReader table = TableFiles.open(file)) {
            return read(table, problems);
        } catch (FileProblem e) {
            throw problems.fatal(0, null, e.code(), e.args());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<ExchangeReport> read(TableReader table, Problems problems) throws IOException {
        TableRow header = table.next();
        if (header == null) {
            throw problems.fatal(0, null, "exchange.empty");
        }
        Map<ValueTable.Column, Integer> columns = columns(header, problems);
        Map<ValueTable.Column, String> names = new EnumMap<>(ValueTable.Column.class);
        columns.forEach((c, i) -> names.put(c, header.cell(i)));
        problems.throwIfAny();
        Map<Key, List<ExchangeValue>> groups = new LinkedHashMap<>();
        long count = 0;
        for (TableRow row = table.next(); row != null; row = table.next()) {
            if (++count > maxValues) {
                throw problems.fatal(row.number(), null, "exchange.tooManyValues", maxValues);
            }
            Cells cells = new Cells(row, columns, names, problems);
            String form = cells.optional(ValueTable.Column.FORM);
            String unit = cells.required(ValueTable.Column.UNIT);
            String periodText = cells.required(ValueTable.Column.PERIOD);
            String indicator = cells.required(ValueTable.Column.INDICATOR);
            String category = cells.optional(ValueTable.Column.CATEGORY);
            String value = cells.required(ValueTable.Column.VALUE);
            Period period = null;
            if (periodText != null) {
                try {
                    period = Period.parse(periodText);
                } catch (IllegalArgumentException e) {
                    problems.add(row.number(), names.get(ValueTable.Column.PERIOD), "exchange.period.invalid", periodText);
                }
            }
            if (problems.isEmpty() && unit != null && period != null && indicator != null && value != null) {
                groups.computeIfAbsent(new Key(form, unit, period), k -> new ArrayList<>())
                        .add(new ExchangeValue(indicator, null, category, value, row.number()));
            }
        }
        problems.throwIfAny();
        List<ExchangeReport> reports = new ArrayList<>(groups.size());
        groups.forEach((k, values) -> reports.add(new ExchangeReport(k.form, k.unit, k.period, values)));
        return reports;
    }

    private static Map<ValueTable.Column, Integer> columns(TableRow header, Problems problems) {
        Map<ValueTable.Column, Integer> columns = new EnumMap<>(ValueTable.Column.class);
        for (int i = 0; i < header.cells().size(); i++) {
            ValueTable.Column column = ValueTable.Column.byHeading(header.cell(i));
            if (column == null) {
                continue;
            }
            if (columns.putIfAbsent(column, i) != null) {
                problems.add(header.number(), header.cell(i), "exchange.table.duplicateColumn");
            }
        }
        for (ValueTable.Column c : ValueTable.Column.values()) {
            if (c.required && !columns.containsKey(c)) {
                problems.add(header.number(), c.vietnamese, "exchange.table.missingColumn", c.code);
            }
        }
        return columns;
    }

    private record Key(String form, String unit, Period period) {
    }

    /** One row's cells by column, reporting blank required cells. */
    private record Cells(TableRow row, Map<ValueTable.Column, Integer> columns, Map<ValueTable.Column, String> names,
            Problems problems) {

        String optional(ValueTable.Column c) {
            Integer i = columns.get(c);
            return i == null ? null : ExchangeText.trimToNull(row.cell(i));
        }

        String required(ValueTable.Column c) {
            String text = optional(c);
            if (text == null) {
                problems.add(row.number(), names.get(c), "exchange.missing");
            }
            return text;
        }
    }
}

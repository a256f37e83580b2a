package org.hoiso.tables;

import java.util.List;

/**
 * One row of a table: its number as the officer sees it (the XLSX row number, or the CSV line on
 * which the record starts, both from 1) and its cells as text (never null; an empty cell is "").
 */
public record TableRow(long number, List<String> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based column, or "" past the end of the row. */
    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }
}

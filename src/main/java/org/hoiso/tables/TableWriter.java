package org.hoiso.tables;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes a table for export, streaming, in the layout the import reads back. Cells may be
 * {@link String}, {@link java.time.LocalDate}, {@link Number} or null (an empty cell); the caller
 * formats anything else (a yes/no answer, for example) as text. {@link #close()} ends the file and
 * flushes, but leaves the caller's stream open.
 */
public interface TableWriter extends Closeable {

    /**
     * Writes the heading row.
     *
     * @param headings the column headings
     * @throws IOException when the stream fails
     */
    void header(List<String> headings) throws IOException;

    /**
     * Writes one row.
     *
     * @param cells the cells, left to right
     * @throws IOException              when the stream fails
     * @throws IllegalArgumentException for a cell of another type
     */
    void row(List<Object> cells) throws IOException;
}

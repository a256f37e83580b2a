package org.hoiso.tables;

import java.io.Closeable;
import java.io.IOException;

/**
 * Reads a table (a CSV file or an XLSX sheet) row by row, streaming: memory does not grow with the
 * number of rows. Cells come as text, already decoded to Unicode (legacy TCVN3/VNI text converted);
 * a problem that makes the whole file unreadable is a {@link FileProblem}.
 */
public interface TableReader extends Closeable {

    /** The next row that has at least one non-blank cell, or null at the end of the table. */
    TableRow next() throws IOException;

    /** What was found about the file so far: format, encoding, conversions made. */
    FileInfo info();

    /** How much of the file has been read, from 0 to 1 (best effort, for progress bars). */
    double progress();
}

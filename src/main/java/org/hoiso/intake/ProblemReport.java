package org.hoiso.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hoiso.platform.web.Messages;
import org.hoiso.tables.CsvTableWriter;
import org.hoiso.tables.TableFiles;
import org.hoiso.tables.TableReader;
import org.hoiso.tables.TableRow;
import org.hoiso.tables.TableWriter;
import org.hoiso.tables.XlsxTableWriter;
import org.springframework.stereotype.Component;

/**
 * The error report of a dry run: every row that has a problem, as the file had it (title rows and the footer
 * left out, the header row kept), and one more column, the last of the table, "Lý do lỗi" (in the reader's
 * language) saying what is wrong. The officer fixes the rows in it and uploads it again; it reads with the
 * same mapping. The reason never lands in a row's first empty cell: a first pass finds the table's width
 * (the header's, or the widest row with a problem), the second writes every row to that width.
 */
@Component
class ProblemReport {

    private final JobFiles files;
    private final ImportReading reading;
    private final Messages messages;

    ProblemReport(JobFiles files, ImportReading reading, Messages messages) {
        this.files = files;
        this.reading = reading;
        this.messages = messages;
    }

    /**
     * Writes the report into a file of the job's directory (owner-only) on a reader thread, before a byte of
     * the answer is sent (a refusal is still a page), then copies it to the answer and deletes it.
     */
    void send(ImportJob job, Mapping mapping, boolean xlsx, Locale locale, OutputSupplier answer) throws IOException {
        Path report = files.dir(job.id()).resolve("report-" + UUID.randomUUID() + (xlsx ? ".xlsx" : ".csv"));
        try {
            reading.read(() -> {
                int width = width(job.id(), mapping);
                try (OutputStream file = JobFiles.create(report)) {
                    write(job.id(), mapping, width, xlsx, locale, file);
                }
                return null;
            });
            Files.copy(report, answer.open());
        } finally {
            Files.deleteIfExists(report);
        }
    }

    /** The answer's body, opened once the report is ready (its headers are set then). */
    interface OutputSupplier {
        OutputStream open() throws IOException;
    }

    /** The number of columns before the reason: the header row's, or that of the widest row with a problem. */
    private int width(long id, Mapping mapping) throws IOException {
        int width = 0;
        try (TableReader reader = TableFiles.open(files.upload(id));
                ProblemFile.Reader problems = new ProblemFile.Reader(files.dir(id))) {
            ProblemFile.Line next = problems.next();
            TableRow row;
            while ((row = reader.next()) != null) {
                if (row.number() < mapping.headerRow()) {
                    continue;
                }
                while (next != null && next.rowNo() < row.number()) {
                    next = problems.next();
                }
                if (row.number() == mapping.headerRow() || (next != null && next.rowNo() == row.number())) {
                    width = Math.max(width, lastFilled(row.cells()) + 1);
                }
            }
        }
        return width;
    }

    private void write(long id, Mapping mapping, int width, boolean xlsx, Locale locale, OutputStream out) throws IOException {
        String reasonHeading = messages.get(locale, "intake.report.reason");
        try (TableReader reader = TableFiles.open(files.upload(id));
                ProblemFile.Reader problems = new ProblemFile.Reader(files.dir(id));
                TableWriter writer = xlsx
                        ? new XlsxTableWriter(out, messages.get(locale, "intake.report.sheet"))
                        : new CsvTableWriter(out)) {
            ProblemFile.Line next = problems.next();
            TableRow row;
            boolean header = false;
            while ((row = reader.next()) != null) {
                if (row.number() < mapping.headerRow()) {
                    continue;
                }
                if (row.number() == mapping.headerRow()) {
                    writer.header(widened(row.cells(), width, reasonHeading));
                    header = true;
                    continue;
                }
                if (!header) {
                    writer.header(widened(List.of(), width, reasonHeading));
                    header = true;
                }
                StringBuilder reason = new StringBuilder();
                while (next != null && next.rowNo() < row.number()) {
                    next = problems.next();
                }
                while (next != null && next.rowNo() == row.number()) {
                    if (!reason.isEmpty()) {
                        reason.append("; ");
                    }
                    if (next.field() != null) {
                        reason.append(messages.get(locale, "intake.field." + next.field().name())).append(": ");
                    }
                    reason.append(messages.get(locale, next.code(), next.args().toArray()));
                    next = problems.next();
                }
                if (!reason.isEmpty()) {
                    writer.row(new ArrayList<Object>(widened(row.cells(), width, reason.toString())));
                }
            }
            if (!header) {
                writer.header(widened(List.of(), width, reasonHeading));
            }
        }
    }

    /** The cells padded with empty ones to {@code width}, then {@code last}. */
    static List<String> widened(List<String> cells, int width, String last) {
        List<String> out = new ArrayList<>(width + 1);
        out.addAll(cells.subList(0, Math.min(cells.size(), width)));
        out.addAll(Collections.nCopies(width - out.size(), ""));
        out.add(last);
        return out;
    }

    private static int lastFilled(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}

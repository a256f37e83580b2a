package org.hoiso.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What the fuzz tests run on each input: write the bytes to a file, open it with {@link TableFiles}
 * and read every row. Rows or a {@link FileProblem} are the only allowed outcomes; any other
 * exception, a hang or running out of memory is a finding. The rows must also keep the reader's
 * promises (rising row numbers, no null cells, no blank row, progress within 0..1).
 */
final class FuzzHarness {

    private static final Path DIR = createDirectory();

    private FuzzHarness() {
    }

    /** Reads the bytes as an uploaded file. */
    static void read(byte[] data, String name) throws IOException {
        Path file = Files.write(DIR.resolve(name), data);
        file.toFile().deleteOnExit();
        TableReader reader;
        try {
            reader = TableFiles.open(file);
        } catch (FileProblem expected) {
            return;
        }
        try (reader) {
            long last = 0;
            for (TableRow row = reader.next(); row != null; row = reader.next()) {
                assertThat(row.number()).isGreaterThan(reader.info().format() == FileInfo.Format.CSV ? last : 0);
                assertThat(row.cells()).doesNotContainNull().anyMatch(cell -> !cell.isBlank());
                assertThat(row.cells().size()).isLessThanOrEqualTo(CsvTableReader.MAX_COLUMNS);
                assertThat(reader.progress()).isBetween(0.0, 1.0);
                last = row.number();
            }
            assertThat(reader.info()).isNotNull();
        } catch (FileProblem expected) {
            // a file refused while reading
        }
    }

    /**
     * Reads fuzz bytes as a workbook. Bytes that start like a ZIP are the file itself; other bytes are
     * split at NUL bytes into the XML of the sheet, the shared strings and the styles, which are
     * zipped into a well-formed package, so that the fuzzer reaches the XML with valid archives.
     */
    static void readWorkbook(byte[] data) throws IOException {
        if (data.length >= 2 && data[0] == 'P' && data[1] == 'K') {
            read(data, "fuzz.xlsx");
            return;
        }
        String[] parts = new String[3];
        int start = 0;
        for (int i = 0; i < parts.length; i++) {
            int end = i == parts.length - 1 ? data.length : indexOf(data, start);
            parts[i] = new String(Arrays.copyOfRange(data, start, end), StandardCharsets.UTF_8);
            start = Math.min(data.length, end + 1);
        }
        read(FuzzHarness.workbook(parts[0], parts[1], parts[2]), "fuzz.xlsx");
    }

    /** An XLSX package around the given parts (the shared strings and styles only when not empty). */
    static byte[] workbook(String sheetXml, String sharedStringsXml, String stylesXml) throws IOException {
        TestTables.Workbook workbook = new TestTables.Workbook().sheet("S", "").entry("xl/worksheets/sheet1.xml", sheetXml);
        if (!sharedStringsXml.isEmpty()) {
            workbook.sharedStringsXml("").entry("xl/sharedStrings.xml", sharedStringsXml);
        }
        if (!stylesXml.isEmpty()) {
            workbook.styles("").entry("xl/styles.xml", stylesXml);
        }
        return workbook.bytes();
    }

    private static int indexOf(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] == 0) {
                return i;
            }
        }
        return data.length;
    }

    private static Path createDirectory() {
        try {
            Path dir = Files.createTempDirectory("hoiso-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

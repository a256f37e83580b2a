package org.hoiso.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hoiso.tables.TestTables.readAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableWriterTest {

    @TempDir
    Path dir;

    @Test
    void readsBackTheSameCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = new XlsxTableWriter(out, "Hội viên")) {
            writer.header(CsvTableWriterTest.HEADINGS);
            for (List<Object> row : CsvTableWriterTest.ROWS) {
                writer.row(row);
            }
        }
        TableReader reader = TableFiles.open(TestTables.file(dir, "export.xlsx", out.toByteArray()));
        assertThat(readAll(reader)).extracting(TableRow::cells).containsExactlyElementsOf(CsvTableWriterTest.READ_BACK);
        assertThat(reader.info().sheetName()).isEqualTo("Hội viên");
    }

    @Test
    void writesTextInlineAndDatesAsRealDates() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = new XlsxTableWriter(out, "S")) {
            writer.row(List.of("001305012345", LocalDate.of(2023, 1, 1), 7));
        }
        String sheet = entry(out.toByteArray(), "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("t=\"inlineStr\"><is><t>001305012345</t></is>")
                .contains("s=\"1\" t=\"n\"><v>44927.0</v>")
                .contains("<v>7</v>");
        assertThat(entry(out.toByteArray(), "xl/styles.xml")).contains("formatCode=\"dd/mm/yyyy\"");
    }

    @Test
    void flushesRowsAsItGoes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTableWriter writer = new XlsxTableWriter(out, "S");
        int before = out.size();
        for (int i = 0; i < 3 * XlsxTableWriter.FLUSH_ROWS; i++) {
            writer.row(List.of("Hội viên " + i, i));
        }
        assertThat(out.size() - before).isGreaterThan(10_000);
        writer.close();
    }

    private String entry(byte[] xlsx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(TestTables.file(dir, "entry.xlsx", xlsx).toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

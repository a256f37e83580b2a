package org.hoiso.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hoiso.tables.TestTables.readAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableWriterTest {

    /** The cells of the round trips: what an export holds. */
    static final List<String> HEADINGS = List.of("Họ và tên", "CCCD", "Ngày sinh", "Số con", "Ghi chú", "Điện thoại");
    static final List<List<Object>> ROWS = List.of(
            Arrays.asList("Nguyễn Thị Lan", "001305012345", LocalDate.of(1985, 3, 9), 2, "=HYPERLINK(\"x\")", "+84912345678"),
            Arrays.asList("Đặng Thị Ngọc Ánh", "079305000111", LocalDate.of(2001, 12, 31), new BigDecimal("1.50"),
                    "-5 điểm, \"ưu tiên\"", "@me"),
            Arrays.asList("Bùi Thị Hằng", null, null, null, "dòng 1\r\ndòng 2", "0912 345 678"));
    static final List<List<String>> READ_BACK = List.of(
            HEADINGS,
            List.of("Nguyễn Thị Lan", "001305012345", "1985-03-09", "2", "=HYPERLINK(\"x\")", "+84912345678"),
            List.of("Đặng Thị Ngọc Ánh", "079305000111", "2001-12-31", "1.5", "-5 điểm, \"ưu tiên\"", "@me"),
            List.of("Bùi Thị Hằng", "", "", "", "dòng 1\r\ndòng 2", "0912 345 678"));

    @TempDir
    Path dir;

    @Test
    void writesUtf8WithBomCommasCrlfAndQuotesAndGuardsFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = new CsvTableWriter(out)) {
            writer.header(List.of("a", "b"));
            writer.row(Arrays.asList("=1+1", "x,y"));
            writer.row(Arrays.asList("say \"hi\"", null));
            writer.row(Arrays.asList(-5, "\tTAB"));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFa,b\r\n'=1+1,\"x,y\"\r\n\"say \"\"hi\"\"\",\r\n-5,'\tTAB\r\n");
    }

    @Test
    void readsBackTheSameCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = new CsvTableWriter(out)) {
            writer.header(HEADINGS);
            for (List<Object> row : ROWS) {
                writer.row(row);
            }
        }
        TableReader reader = TableFiles.open(TestTables.file(dir, "export.csv", out.toByteArray()));
        assertThat(readAll(reader)).extracting(TableRow::cells).containsExactlyElementsOf(READ_BACK);
        assertThat(reader.info().encoding()).isEqualTo(SourceEncoding.UTF8_BOM);
    }

    @Test
    void leavesTheStreamOpenAndRefusesOtherCellTypes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTableWriter writer = new CsvTableWriter(out);
        assertThatThrownBy(() -> writer.row(List.of(Boolean.TRUE))).isInstanceOf(IllegalArgumentException.class);
        writer.close();
        out.write('x');
        assertThat(CsvTableWriter.plainNumber(1e20)).isEqualTo("100000000000000000000");
        assertThat(CsvTableWriter.plainNumber(new BigDecimal("0.000"))).isEqualTo("0");
    }
}

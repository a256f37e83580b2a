package org.hoiso.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hoiso.tables.TestTables.readAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells merged down a column ("Chi hội" beside its members) give their value to every row under them. */
class XlsxMergedCellsTest {

    @TempDir
    Path dir;

    @Test
    void rowsUnderACellMergedDownReadItsValueAndTheInfoSaysSo() throws IOException {
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Chi hội 1</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Lan</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"/><c r=\"B2\" t=\"inlineStr\"><is><t>Mai</t></is></c></row>"
                + "<row r=\"3\"><c r=\"A3\" s=\"1\"/></row>"
                + "<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>Hoa</t></is></c></row>";
        TableReader reader = TableFiles.open(new TestTables.Workbook()
                .sheet("S", "visible", "", rows, "<mergeCells count=\"1\"><mergeCell ref=\"A1:A3\"/></mergeCells>")
                .write(dir, "merged.xlsx"));
        List<TableRow> read = readAll(reader);
        // row 3 has nothing of its own: no row is made of the merged value alone; row 4 is past the range
        assertThat(read).extracting(TableRow::cells).containsExactly(List.of("Chi hội 1", "Lan"), List.of("Chi hội 1", "Mai"),
                List.of("", "Hoa"));
        assertThat(reader.info().mergedRanges()).isEqualTo(1);
        assertThat(reader.info().merged()).containsExactly(new FileInfo.MergedRange("A1:A3", "Chi hội 1"));
    }

    @Test
    void cellsMergedByExcelStyleSoftwareOrWithANamespacePrefixAreFilledToo() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook wb = new Workbook(bytes, "test", "1.0");
        Worksheet ws = wb.newWorksheet("S");
        ws.value(0, 0, "Chi hội");
        ws.value(0, 1, "Họ và tên");
        ws.value(1, 0, "Tổ 5");
        for (int r = 1; r <= 3; r++) {
            ws.value(r, 1, "Hội viên " + r);
        }
        ws.range(1, 0, 3, 0).merge();
        wb.finish();
        List<TableRow> rows = readAll(TableFiles.open(TestTables.file(dir, "fx.xlsx", bytes.toByteArray())));
        assertThat(rows).extracting(r -> r.cell(0)).containsExactly("Chi hội", "Tổ 5", "Tổ 5", "Tổ 5");

        String prefixed = "<x:worksheet xmlns:x=\"" + TestTables.MAIN_NS + "\"><x:sheetData>"
                + "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>Tổ 1</x:t></x:is></x:c><x:c r=\"B1\"><x:v>1</x:v></x:c></x:row>"
                + "<x:row r=\"2\"><x:c r=\"B2\"><x:v>2</x:v></x:c></x:row>"
                + "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell\n ref='A1:A2'/></x:mergeCells></x:worksheet>";
        Path file = new TestTables.Workbook().sheet("S", "").entry("xl/worksheets/sheet1.xml", prefixed).write(dir, "x.xlsx");
        assertThat(readAll(TableFiles.open(file))).extracting(TableRow::cells).containsExactly(List.of("Tổ 1", "1"),
                List.of("Tổ 1", "2"));
    }

    @Test
    void aMergeWithinOneRowStaysInItsFirstCell() throws IOException {
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>DANH SÁCH</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>x</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>y</t></is></c></row>";
        TableReader reader = TableFiles.open(new TestTables.Workbook()
                .sheet("S", "visible", "", rows, "<mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/></mergeCells>")
                .write(dir, "title.xlsx"));
        assertThat(readAll(reader)).extracting(TableRow::cells).containsExactly(List.of("DANH SÁCH"), List.of("x", "", "y"));
        assertThat(reader.info().mergedRanges()).isZero();
    }
}

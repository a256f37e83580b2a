package org.hoiso.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hoiso.tables.CsvTableReaderTest.assertProblem;
import static org.hoiso.tables.TestTables.readAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsAWorkbookWrittenByExcelStyleSoftwareWithSharedStrings() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook wb = new Workbook(bytes, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Hội viên");
        ws.value(0, 0, "Họ và tên");
        ws.value(0, 1, "CCCD");
        ws.value(0, 2, "Ngày sinh");
        ws.value(0, 3, "Số con");
        ws.value(1, 0, "Nguyễn Thị Lan");
        ws.value(1, 1, "001305012345");
        ws.value(1, 2, LocalDate.of(1985, 3, 9));
        ws.style(1, 2).format("dd/mm/yyyy").set();
        ws.value(1, 3, 2);
        ws.value(2, 0, "Nguyễn Thị Lan");
        ws.value(2, 1, 1305012345L);
        ws.value(2, 3, 1.5);
        wb.finish();
        TableReader reader = TableFiles.open(TestTables.file(dir, "list.xlsx", bytes.toByteArray()));
        List<TableRow> rows = readAll(reader);
        assertThat(rows).extracting(TableRow::cells).containsExactly(
                List.of("Họ và tên", "CCCD", "Ngày sinh", "Số con"),
                List.of("Nguyễn Thị Lan", "001305012345", "1985-03-09", "2"),
                List.of("Nguyễn Thị Lan", "1305012345", "", "1.5"));
        FileInfo info = reader.info();
        assertThat(info.format()).isEqualTo(FileInfo.Format.XLSX);
        assertThat(info.encoding()).isEqualTo(SourceEncoding.UNICODE);
        assertThat(info.sheetName()).isEqualTo("Hội viên");
        assertThat(info.delimiter()).isNull();
        assertThat(info.legacyFont()).isEqualTo(LegacyFont.NONE);
    }

    @Test
    void readsNumbersAsPlainDecimalText() throws IOException {
        String row = "<row r=\"1\">"
                + "<c r=\"A1\"><v>1305012345</v></c>"
                + "<c r=\"B1\"><v>1.305012345E9</v></c>"
                + "<c r=\"C1\"><v>44927</v></c>"
                + "<c r=\"D1\"><v>44927.0</v></c>"
                + "<c r=\"E1\"><v>0.30000000000000004</v></c>"
                + "<c r=\"F1\"><v>-12.50</v></c>"
                + "<c r=\"G1\"><v>1E-7</v></c>"
                + "<c r=\"H1\"><v>1.2345678901234567E+17</v></c>"
                + "<c r=\"I1\" s=\"1\"><v>1500000</v></c>"
                + "</row>";
        List<TableRow> rows = read(
                new TestTables.Workbook().styles("<numFmt numFmtId=\"164\" formatCode=\"#,##0 &quot;đ&quot;\"/>", 0, 164)
                        .sheet("S", row));
        assertThat(rows.get(0).cells()).containsExactly(
                "1305012345", "1305012345", "44927", "44927", "0.3", "-12.5", "0.0000001", "123456789012346000", "1500000");
    }

    @Test
    void readsDateFormattedNumbersAsIsoDatesAndTimes() throws IOException {
        String row = "<row r=\"1\">"
                + "<c r=\"A1\" s=\"1\"><v>44927</v></c>"
                + "<c r=\"B1\" s=\"2\"><v>32874</v></c>"
                + "<c r=\"C1\" s=\"3\"><v>45297.3125</v></c>"
                + "<c r=\"D1\" s=\"4\"><v>0.5</v></c>"
                + "<c r=\"E1\" s=\"5\"><v>45297.75</v></c>"
                + "<c r=\"F1\" s=\"3\"><v>45297</v></c>"
                + "<c r=\"G1\" s=\"2\"><v>-3</v></c>"
                + "<c r=\"H1\" s=\"6\"><v>21</v></c>"
                + "</row>";
        List<TableRow> rows = read(new TestTables.Workbook()
                .styles("<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/>"
                        + "<numFmt numFmtId=\"165\" formatCode=\"[$-42A]h:mm:ss AM/PM\"/>"
                        + "<numFmt numFmtId=\"166\" formatCode=\"[Red]yyyy\\-mm\\-dd hh:mm\"/>"
                        + "<numFmt numFmtId=\"167\" formatCode=\"0&quot; ngày&quot;\"/>",
                        0, 14, 164, 22, 165, 166, 167)
                .sheet("S", row));
        assertThat(rows.get(0).cells()).containsExactly(
                "2023-01-01", "1990-01-01", "2024-01-06 07:30", "12:00", "2024-01-06 18:00", "2024-01-06", "-3", "21");
    }

    @Test
    void countsDatesFrom1904WhenTheWorkbookSaysSo() throws IOException {
        List<TableRow> rows = read(new TestTables.Workbook().date1904().styles("", 0, 14)
                .sheet("S", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>43465</v></c></row>"));
        assertThat(rows.get(0).cells()).containsExactly("1904-01-01", "2023-01-01");
    }

    @Test
    void readsFormulasAsTheirCachedValueAndErrorsAsTheirText() throws IOException {
        String row = "<row r=\"1\">"
                + "<c r=\"A1\" t=\"str\"><f>CONCAT(\"Ng\",\"uyễn\")</f><v>Nguyễn</v></c>"
                + "<c r=\"B1\"><f>1+1</f><v>2</v></c>"
                + "<c r=\"C1\"><f>NOW()</f></c>"
                + "<c r=\"D1\" t=\"e\"><f>VLOOKUP(1,X1:X2,2,FALSE)</f><v>#N/A</v></c>"
                + "<c r=\"E1\" t=\"e\"><v>#REF!</v></c>"
                + "<c r=\"F1\" t=\"b\"><v>1</v></c>"
                + "<c r=\"G1\" t=\"b\"><f>1&gt;2</f><v>0</v></c>"
                + "<c r=\"H1\" t=\"s\"><f>A1</f><v>0</v></c>"
                + "</row>";
        List<TableRow> rows = read(new TestTables.Workbook().sharedStrings("chia sẻ").sheet("S", row));
        assertThat(rows.get(0).cells()).containsExactly("Nguyễn", "2", "", "#N/A", "#REF!", "TRUE", "FALSE", "chia sẻ");
    }

    @Test
    void readsRichAndInlineTextWithoutPhoneticGuides() throws IOException {
        String row = "<row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><r><t xml:space=\"preserve\">Nguyễn </t></r><r><rPr><b/></rPr><t>Lan</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>グエン</t></rPh></is></c>"
                + "<c r=\"B1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>'@mai</t></is></c>"
                + "</row>";
        List<TableRow> rows = read(new TestTables.Workbook()
                .sharedStringsXml("<si><r><t>Trần </t></r><r><t>Thị</t></r><rPh><t>チャン</t></rPh><phoneticPr fontId=\"1\"/></si>")
                .sheet("S", row));
        assertThat(rows.get(0).cells()).containsExactly("Nguyễn Lan", "Trần Thị", "@mai");
    }

    @Test
    void keepsSheetRowNumbersAndFillsGapsWithEmptyCells() throws IOException {
        String rows = "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>b</t></is></c><c r=\"D3\"><v>4</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" s=\"0\"/><c r=\"B4\" t=\"inlineStr\"><is><t> </t></is></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>x</t></is></c><c><v>1</v></c></row>"
                + "<row r=\"9\" spans=\"1:3\"><c r=\"XFD9\" s=\"3\"/><c r=\"A9\" t=\"inlineStr\"><is><t>y</t></is></c></row>";
        List<TableRow> read = read(new TestTables.Workbook().sheet("S", rows));
        assertThat(read).extracting(TableRow::number).containsExactly(3L, 5L, 9L);
        assertThat(read).extracting(TableRow::cells).containsExactly(
                List.of("", "b", "", "4"), List.of("x", "1"), List.of("y"));
    }

    @Test
    void readsTheFirstVisibleSheetThatHasData() throws IOException {
        String data = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>dữ liệu</t></is></c></row>";
        Path file = new TestTables.Workbook()
                .sheet("Bìa", "")
                .sheet("Trống",
                        "<row r=\"1\"><c r=\"A1\" s=\"2\"/></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>  </t></is></c></row>")
                .sheet("Ẩn", "hidden", "", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ẩn</t></is></c></row>", "")
                .sheet("Rất ẩn", "veryHidden", "", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ẩn</t></is></c></row>", "")
                .sheet("Danh sách", data)
                .write(dir, "list.xlsx");
        TableReader reader = TableFiles.open(file);
        assertThat(readAll(reader)).extracting(TableRow::cells).containsExactly(List.of("dữ liệu"));
        assertThat(reader.info().sheetName()).isEqualTo("Danh sách");
    }

    @Test
    void refusesAWorkbookWithoutDataAsEmpty() throws IOException {
        Path noRows = new TestTables.Workbook().sheet("Sheet1", "").sheet("Sheet2", "<row r=\"1\"/>").write(dir, "a.xlsx");
        assertProblem(() -> TableFiles.open(noRows), "intake.file.empty");
        Path onlyHidden = new TestTables.Workbook()
                .sheet("Ẩn", "hidden", "", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", "").write(dir, "b.xlsx");
        assertProblem(() -> TableFiles.open(onlyHidden), "intake.file.empty");
        Path noSheets = new TestTables.Workbook().write(dir, "c.xlsx");
        assertProblem(() -> TableFiles.open(noSheets), "intake.file.empty");
    }

    @Test
    void refusesAWorkbookCutInHalf() throws IOException {
        byte[] whole = Files.readAllBytes(writeWithFastexcel(2_000));
        Path half = TestTables.file(dir, "half.xlsx", Arrays.copyOf(whole, whole.length / 2));
        assertProblem(() -> readAll(TableFiles.open(half)), "intake.file.corrupt");
    }

    @Test
    void refusesAPartWhoseDeflatedDataIsDamaged() throws IOException {
        byte[] bytes = new TestTables.Workbook().sheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".repeat(2000)).bytes();
        int sheet = indexOf(bytes, "xl/worksheets/sheet1.xml".getBytes()) + 40;
        for (int i = sheet; i < sheet + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        Path file = TestTables.file(dir, "damaged.xlsx", bytes);
        assertProblem(() -> readAll(TableFiles.open(file)), "intake.file.corrupt");
    }

    @Test
    void acceptsA10000CharacterCellAndRefusesA40000CharacterOne() throws IOException {
        String ok = "x".repeat(10_000);
        List<TableRow> rows = read(new TestTables.Workbook()
                .sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + ok + "</t></is></c></row>"));
        assertThat(rows.get(0).cell(0)).isEqualTo(ok);
        Path inline = new TestTables.Workbook().sheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                + "<row r=\"7\"><c r=\"C7\" t=\"inlineStr\"><is><t>" + "y".repeat(40_000) + "</t></is></c></row>")
                .write(dir, "a.xlsx");
        assertProblem(() -> readAll(TableFiles.open(inline)), "intake.file.cellTooLong", 7L, "C", 32_767);
        Path shared = new TestTables.Workbook().sharedStrings("z".repeat(40_000))
                .sheet("S", "<row r=\"2\"><c r=\"AB2\" t=\"s\"><v>0</v></c></row>").write(dir, "b.xlsx");
        assertProblem(() -> TableFiles.open(shared), "intake.file.cellTooLong", 2L, "AB", 32_767);
    }

    @Test
    void refusesDataBeyondColumn512AndBrokenReferences() throws IOException {
        Path wide = new TestTables.Workbook().sheet("S", "<row r=\"4\"><c r=\"A4\"><v>1</v></c><c r=\"ZZ4\"><v>2</v></c></row>")
                .write(dir, "wide.xlsx");
        assertProblem(() -> TableFiles.open(wide), "intake.file.tooManyColumns", 4L, 512);
        Path badIndex = new TestTables.Workbook().sharedStrings("a")
                .sheet("S", "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>999999999</v></c></row>").write(dir, "sst.xlsx");
        assertProblem(() -> TableFiles.open(badIndex), "intake.file.corruptCell", 3L, "B");
        Path badColumn = new TestTables.Workbook().sheet("S", "<row r=\"5\"><c r=\"ZZZZZZ5\"><v>1</v></c></row>").write(dir,
                "col.xlsx");
        assertProblem(() -> TableFiles.open(badColumn), "intake.file.corruptRow", 5L);
        Path badRow = new TestTables.Workbook().sheet("S", "<row r=\"2000000\"><c><v>1</v></c></row>").write(dir, "row.xlsx");
        assertProblem(() -> TableFiles.open(badRow), "intake.file.corruptRow", 1L);
    }

    @Test
    void doesNotExpandEntities() throws IOException {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + TestTables.MAIN_NS
                + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;&x;</t></is></c></row></sheetData></worksheet>";
        Path file = new TestTables.Workbook().sheet("S", "").entry("xl/worksheets/sheet1.xml", laughs).write(dir, "xxe.xlsx");
        assertProblem(() -> TableFiles.open(file), "intake.file.corruptRow", 1L);
    }

    @Test
    void refusesAnEntryThatInflatesBeyondItsDeclaredSize() throws IOException {
        byte[] bytes = new TestTables.Workbook().sheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".repeat(500)).bytes();
        patchCentralDirectorySize(bytes, "xl/worksheets/sheet1.xml", 100);
        Path file = TestTables.file(dir, "liar.xlsx", bytes);
        assertProblem(() -> readAll(TableFiles.open(file)), "intake.file.tooLarge", 2047L, 200L);
    }

    @Test
    void refusesAZipBombBeforeInflatingIt() throws IOException {
        Path file = dir.resolve("bomb.xlsx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes());
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 110; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertProblem(() -> TableFiles.open(file), "intake.file.tooLarge", 2047L, 200L);
    }

    @Test
    void refusesTokensOverOneMebibyteButReadsLongFormulasAndCells() throws IOException {
        String longAttribute = "<row r=\"1\"><c r=\"A1\" x=\"" + "a>'".repeat(400_000) + "\"><v>1</v></c></row>";
        Path attribute = new TestTables.Workbook().sheet("S", longAttribute).write(dir, "attr.xlsx");
        assertProblem(() -> TableFiles.open(attribute), "intake.file.tooLarge", 2047L, 200L);
        Path comment = new TestTables.Workbook()
                .sheet("S", "<!-- " + "'\"<".repeat(400_000) + " --><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
                .write(dir, "comment.xlsx");
        assertProblem(() -> TableFiles.open(comment), "intake.file.tooLarge", 2047L, 200L);
        Path text = new TestTables.Workbook()
                .sheet("S", "<row r=\"1\"><c r=\"A1\"><f>" + "A1+".repeat(400_000) + "1</f><v>7</v></c></row>")
                .write(dir, "text.xlsx");
        assertProblem(() -> TableFiles.open(text), "intake.file.tooLarge", 2047L, 200L);
        String formula = "<row r=\"1\"><c r=\"A1\"><f>" + "A1+".repeat(100_000) + "1</f><v>7</v></c></row>";
        String commented = "<!-- it's \"fine\" <here> --><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t><![CDATA[<b> & 'x']]></t></is></c></row>";
        List<TableRow> rows = read(new TestTables.Workbook().sheet("S", formula + commented));
        assertThat(rows).extracting(TableRow::cells).containsExactly(List.of("7"), List.of("<b> & 'x'"));
    }

    @Test
    void refusesMalformedUtf8QuietlyAsCorrupt() throws IOException {
        byte[] sheet = ("<worksheet xmlns=\"" + TestTables.MAIN_NS
                + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x")
                .getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(sheet, sheet.length + 2);
        broken[sheet.length] = (byte) 0xC3;
        broken[sheet.length + 1] = 'x';
        Path file = new TestTables.Workbook().sheet("S", "").write(dir, "utf8.xlsx");
        byte[] bytes = TestTables.zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(), "xl/workbook.xml",
                ("<workbook xmlns=\"" + TestTables.MAIN_NS + "\" xmlns:r=\"" + TestTables.REL_NS
                        + "\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>").getBytes(),
                "xl/_rels/workbook.xml.rels",
                ("<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
                        .getBytes(),
                "xl/worksheets/sheet1.xml", broken));
        Files.write(file, bytes);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true));
        try {
            assertProblem(() -> TableFiles.open(file), "intake.file.corruptRow", 1L);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString()).isEmpty();
    }

    @Test
    void keepsALargeSharedStringsTableOffTheHeap() throws IOException {
        String[] strings = new String[3_000];
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < strings.length; i++) {
            strings[i] = "Nguyễn Thị " + i;
            rows.append("<row r=\"").append(i + 1).append("\"><c r=\"A").append(i + 1).append("\" t=\"s\"><v>")
                    .append(strings.length - 1 - i).append("</v></c></row>");
        }
        Path file = new TestTables.Workbook().sharedStrings(strings).sheet("S", rows.toString()).write(dir, "big.xlsx");
        List<TableRow> read = readAll(XlsxTableReader.open(file, 1024));
        assertThat(read).hasSize(strings.length);
        assertThat(read.get(0).cell(0)).isEqualTo("Nguyễn Thị 2999");
        assertThat(read.get(2999).cell(0)).isEqualTo("Nguyễn Thị 0");
        try (var stream = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(stream.filter(p -> p.getFileName().toString().startsWith("hoiso-sst-"))).isEmpty();
        }
    }

    @Test
    void reportsProgressFromTheDeclaredDimensionOrTheBytesRead() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 4; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r)
                    .append("</v></c></row>");
        }
        Path declared = new TestTables.Workbook().sheet("S", "visible", "<dimension ref=\"A1:A4\"/>", rows.toString(), "")
                .write(dir, "d.xlsx");
        try (TableReader reader = TableFiles.open(declared)) {
            reader.next();
            reader.next();
            assertThat(reader.progress()).isEqualTo(0.5);
            while (reader.next() != null) {
                assertThat(reader.progress()).isBetween(0.5, 1.0);
            }
            assertThat(reader.progress()).isEqualTo(1.0);
        }
        try (TableReader reader = TableFiles.open(writeWithFastexcel(20_000))) {
            double last = 0;
            while (reader.next() != null) {
                assertThat(reader.progress()).isBetween(last, 1.0);
                last = reader.progress();
            }
            assertThat(last).isEqualTo(1.0);
        }
    }

    private List<TableRow> read(TestTables.Workbook workbook) throws IOException {
        return readAll(TableFiles.open(workbook.write(dir, "list.xlsx")));
    }

    private Path writeWithFastexcel(int rows) throws IOException {
        Path file = dir.resolve("fx" + rows + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("S");
            for (int r = 0; r < rows; r++) {
                ws.inlineString(r, 0, "Hội viên số " + r);
                ws.value(r, 1, r);
            }
            wb.finish();
        }
        return file;
    }

    /** Sets the uncompressed size the central directory declares for an entry. */
    private static void patchCentralDirectorySize(byte[] zip, String name, int size) {
        byte[] nameBytes = name.getBytes();
        for (int i = 0; i < zip.length - 46; i++) {
            ByteBuffer b = ByteBuffer.wrap(zip, i, 46).order(ByteOrder.LITTLE_ENDIAN);
            if (b.getInt(i) == 0x02014b50 && b.getShort(i + 28) == nameBytes.length
                    && Arrays.equals(zip, i + 46, i + 46 + nameBytes.length, nameBytes, 0, nameBytes.length)) {
                b.putInt(i + 24, size);
                return;
            }
        }
        throw new IllegalStateException("no central directory entry " + name);
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        for (int i = 0; i + pattern.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new IllegalStateException("not found");
    }
}

package org.hoiso.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hoiso.tables.CsvTableReaderTest.assertProblem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFilesTest {

    @TempDir
    Path dir;

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path empty = TestTables.file(dir, "list.csv", new byte[0]);
        assertProblem(() -> TableFiles.open(empty), "intake.file.empty");
    }

    @Test
    void refusesAPngRenamedCsv() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path file = TestTables.file(dir, "list.csv", png);
        assertProblem(() -> TableFiles.open(file), "intake.file.binary");
    }

    @Test
    void refusesRandomBytes() throws IOException {
        byte[] noise = new byte[100_000];
        new Random(42).nextBytes(noise);
        Path file = TestTables.file(dir, "list.csv", noise);
        assertProblem(() -> TableFiles.open(file), "intake.file.binary");
    }

    @Test
    void refusesPdfAndGzipAndTextFullOfControlCharacters() throws IOException {
        Path pdf = TestTables.file(dir, "a.csv", "%PDF-1.7\n1 0 obj\n");
        assertProblem(() -> TableFiles.open(pdf), "intake.file.binary");
        Path gzip = TestTables.file(dir, "b.csv", new byte[] {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3});
        assertProblem(() -> TableFiles.open(gzip), "intake.file.binary");
        Path controls = TestTables.file(dir, "c.csv",
                "a,b\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F,x\n");
        assertProblem(() -> TableFiles.open(controls), "intake.file.binary");
    }

    @Test
    void refusesAZipThatIsNoWorkbook() throws IOException {
        byte[] docx = TestTables.zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", "<document/>".getBytes(StandardCharsets.UTF_8)));
        Path file = TestTables.file(dir, "list.xlsx", docx);
        assertProblem(() -> TableFiles.open(file), "intake.file.zipNotXlsx");
        Path emptyZip = TestTables.file(dir, "empty.xlsx", TestTables.zip(Map.of()));
        assertProblem(() -> TableFiles.open(emptyZip), "intake.file.zipNotXlsx");
    }

    @Test
    void refusesAnOldXlsWithAdviceToSaveAsXlsx() throws IOException {
        byte[] ole2 = new byte[512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, ole2, 0, magic.length);
        Path file = TestTables.file(dir, "list.csv", ole2);
        assertProblem(() -> TableFiles.open(file), "intake.file.oldExcel");
    }

    @Test
    void refusesAWebPageSavedAsXls() throws IOException {
        Path html = TestTables.file(dir, "list.xls", "\uFEFF  <html><body><table><tr><td>Lan</td></tr></table></body></html>");
        assertProblem(() -> TableFiles.open(html), "intake.file.webPage");
        Path xml = TestTables.file(dir, "list2.xls",
                "<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>");
        assertProblem(() -> TableFiles.open(xml), "intake.file.webPage");
    }

    @Test
    void sniffsTheContentNotTheName() throws IOException {
        Path csvNamedXlsx = TestTables.file(dir, "list.xlsx", "a;b\n1;2\n");
        try (TableReader reader = TableFiles.open(csvNamedXlsx)) {
            assertThat(reader.info().format()).isEqualTo(FileInfo.Format.CSV);
        }
        Path xlsxNamedCsv = new TestTables.Workbook().sharedStrings("Lan")
                .sheet("Danh sách", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .write(dir, "list.csv");
        try (TableReader reader = TableFiles.open(xlsxNamedCsv)) {
            assertThat(reader.info().format()).isEqualTo(FileInfo.Format.XLSX);
        }
    }

    @Test
    void takesUtf16TextForText() {
        byte[] withBom = "\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TableFiles.sniff(withBom)).isEqualTo(TableFiles.Kind.CSV);
        byte[] withoutBom = "Ho ten,CCCD\nLan,001305012345\n".getBytes(StandardCharsets.UTF_16BE);
        assertThat(TableFiles.sniff(withoutBom)).isEqualTo(TableFiles.Kind.CSV);
        assertThat(TableFiles.sniff("a,b\n1,\u0000\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(TableFiles.Kind.BINARY);
    }
}

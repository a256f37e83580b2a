package org.hoiso.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hoiso.tables.TestTables.readAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t", "|"})
    void findsEachDelimiter(String d) throws IOException {
        String csv = String.join(d, "Họ và tên", "CCCD", "Địa chỉ") + "\n"
                + String.join(d, "Nguyễn Thị Lan", "001305012345", "\"Số 5, ngõ 3; Hà Nội | B\"") + "\n"
                + String.join(d, "Trần Thị Mai", "079305000111", "Huế") + "\n";
        TableReader reader = open(csv);
        assertThat(reader.info().delimiter()).isEqualTo(d.charAt(0));
        List<TableRow> rows = readAll(reader);
        assertThat(rows).extracting(TableRow::cells).containsExactly(
                List.of("Họ và tên", "CCCD", "Địa chỉ"),
                List.of("Nguyễn Thị Lan", "001305012345", "Số 5, ngõ 3; Hà Nội | B"),
                List.of("Trần Thị Mai", "079305000111", "Huế"));
    }

    @Test
    void readsQuotedFieldsWithEscapedQuotesAndLineBreaks() throws IOException {
        String csv = "a,b,c\r\n"
                + "\"x, y\",\"say \"\"hi\"\"\",\"line 1\r\nline 2\nline 3\"\r\n"
                + "\"\",plain,\"\"\"\"\r\n"
                + "last,row,\"after\"tail\r\n";
        List<TableRow> rows = readAll(open(csv));
        assertThat(rows).extracting(TableRow::cells).containsExactly(
                List.of("a", "b", "c"),
                List.of("x, y", "say \"hi\"", "line 1\r\nline 2\nline 3"),
                List.of("", "plain", "\""),
                List.of("last", "row", "aftertail"));
        assertThat(rows).extracting(TableRow::number).containsExactly(1L, 2L, 5L, 6L);
    }

    @Test
    void numbersRowsByTheLineTheRecordStartsOnWhateverTheLineEnds() throws IOException {
        List<TableRow> rows = readAll(open("h1;h2\r\na;b\rc;d\ne;\"f\rg\"\r\n\r\nh;i"));
        assertThat(rows).extracting(TableRow::number).containsExactly(1L, 2L, 3L, 4L, 7L);
        assertThat(rows.get(3).cells()).containsExactly("e", "f\rg");
        assertThat(rows.get(4).cells()).containsExactly("h", "i");
    }

    @Test
    void skipsBlankRowsButKeepsTheirLinesCounted() throws IOException {
        List<TableRow> rows = readAll(open("a,b\n\n,\n  ,  \n\"\",\"\"\n'\t,\nc,d\n\n"));
        assertThat(rows).extracting(TableRow::number).containsExactly(1L, 7L);
        assertThat(rows.get(1).cells()).containsExactly("c", "d");
    }

    @Test
    void keepsRaggedRowsForValidationToReport() throws IOException {
        List<TableRow> rows = readAll(open("a,b,c\n1,2\n1,2,3,4\n"));
        assertThat(rows).extracting(r -> r.cells().size()).containsExactly(3, 2, 4);
        assertThat(rows.get(1).cell(2)).isEmpty();
    }

    @Test
    void refusesAQuoteLeftOpenAtTheEndWithTheLineItOpenedOn() {
        assertProblem(() -> readAll(open("a,b\n1,2\n3,\"unfinished\n4,5\n")), "intake.file.truncated", 3L);
    }

    @Test
    void refusesAFileThatSwitchesDelimiters() {
        StringBuilder csv = new StringBuilder("Họ tên;CCCD;Ngày sinh\n");
        for (int line = 2; line <= 50; line++) {
            csv.append("Người ").append(line).append(";0013050").append(line).append(";01/01/1980\n");
        }
        for (int line = 51; line <= 60; line++) {
            csv.append("Người ").append(line).append(",0013050").append(line).append(",01/01/1980\n");
        }
        assertProblem(() -> readAll(open(csv.toString())), "intake.file.mixedDelimiters", 51L, ";", ",");
    }

    @Test
    void namesTheDelimiterOfTheHeaderWhenBothHalvesAreAsLong() {
        StringBuilder csv = new StringBuilder("Họ tên;CCCD;Ngày sinh\n");
        for (int line = 2; line <= 50; line++) {
            csv.append("A;B;C\n");
        }
        for (int line = 51; line <= 100; line++) {
            csv.append("A,B,C\n");
        }
        assertProblem(() -> readAll(open(csv.toString())), "intake.file.mixedDelimiters", 51L, ";", ",");
    }

    @Test
    void takesOneLineWithCommasForTextNotForADelimiterSwitch() throws IOException {
        List<TableRow> rows = readAll(open("Họ tên;CCCD;Ngày sinh\nLan;001305012345;01/01/1980\n"
                + "Người lập biểu, Kế toán, Chủ tịch\nMai;079305000111;02/02/1990\nTM. Ban Thường vụ, Chủ tịch, Ký tên\n"));
        assertThat(rows).extracting(r -> r.cells().size()).containsExactly(3, 3, 1, 3, 1);
    }

    @Test
    void acceptsA10000CharacterCellAndRefusesA40000CharacterOne() throws IOException {
        String ok = "x".repeat(10_000);
        assertThat(readAll(open("a,b\n1,\"" + ok + "\"\n")).get(1).cell(1)).isEqualTo(ok);
        String tooLong = "y".repeat(40_000);
        assertProblem(() -> readAll(open("a,b\n1,2\n3," + tooLong + "\n")), "intake.file.cellTooLong", 3L, 2, 32_767);
        assertProblem(() -> readAll(open("a,b\n\"" + tooLong + "\",2\n")), "intake.file.cellTooLong", 2L, 1, 32_767);
    }

    @Test
    void refusesDataBeyondColumn512ButIgnoresEmptyColumnsThere() throws IOException {
        String wide = "v,".repeat(512) + "v\n";
        assertProblem(() -> readAll(open("a,b\n" + wide)), "intake.file.tooManyColumns", 2L, 512);
        String trailingEmpty = "a,b" + ",".repeat(900) + "\n1,2" + ",".repeat(900) + "\n";
        List<TableRow> rows = readAll(open(trailingEmpty));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).cells()).hasSize(512);
    }

    @Test
    void allowsASingleColumnFile() throws IOException {
        TableReader reader = open("CCCD\n001305012345\n079305000111\n");
        List<TableRow> rows = readAll(reader);
        assertThat(rows).extracting(TableRow::cells).containsExactly(
                List.of("CCCD"), List.of("001305012345"), List.of("079305000111"));
    }

    @Test
    void findsTheDelimiterBelowATitleLine() throws IOException {
        TableReader reader = open(
                "DANH SÁCH HỘI VIÊN, CHI HỘI 3\n\nHọ tên;CCCD;Địa chỉ\nLan;001305012345;Huế, TT Huế\nMai;079305000111;Hà Nội\n");
        assertThat(reader.info().delimiter()).isEqualTo(';');
        List<TableRow> rows = readAll(reader);
        assertThat(rows.get(0).cells()).containsExactly("DANH SÁCH HỘI VIÊN, CHI HỘI 3");
        assertThat(rows.get(2).cells()).containsExactly("Lan", "001305012345", "Huế, TT Huế");
    }

    @Test
    void followsExcelsSepLine() throws IOException {
        TableReader reader = open("sep=|\r\na|b,c\r\n1|2,3\r\n");
        assertThat(reader.info().delimiter()).isEqualTo('|');
        List<TableRow> rows = readAll(reader);
        assertThat(rows).extracting(TableRow::number).containsExactly(2L, 3L);
        assertThat(rows.get(1).cells()).containsExactly("1", "2,3");
    }

    @Test
    void reportsEncodingNormalisationAndStripsTheExportApostrophe() throws IOException {
        String nfd = Normalizer.normalize("Nguyễn Thị Lan", Normalizer.Form.NFD);
        byte[] body = ("Họ tên,Ghi chú\n" + nfd + ",'=1+1\nMai,'không đổi\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        TableReader reader = TableFiles.open(TestTables.file(dir, "bom.csv", withBom));
        List<TableRow> rows = readAll(reader);
        assertThat(rows.get(1).cells()).containsExactly("Nguyễn Thị Lan", "=1+1");
        assertThat(rows.get(2).cells()).containsExactly("Mai", "'không đổi");
        FileInfo info = reader.info();
        assertThat(info.format()).isEqualTo(FileInfo.Format.CSV);
        assertThat(info.encoding()).isEqualTo(SourceEncoding.UTF8_BOM);
        assertThat(info.normalisedCells()).isEqualTo(1);
        assertThat(info.convertedCells()).isZero();
        assertThat(info.sheetName()).isNull();
    }

    @Test
    void reportsProgressUpToTheWholeFile() throws IOException {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 50_000; i++) {
            csv.append(i).append(",Nguyễn Thị ").append(i).append('\n');
        }
        try (TableReader reader = open(csv.toString())) {
            assertThat(reader.progress()).isBetween(0.0, 1.0);
            double before = reader.progress();
            while (reader.next() != null) {
                assertThat(reader.progress()).isGreaterThanOrEqualTo(before);
                before = reader.progress();
            }
            assertThat(reader.progress()).isEqualTo(1.0);
        }
    }

    @Test
    void refusesAFileOfBlankLinesAsEmpty() {
        assertProblem(() -> open("\n\n  \r\n,,\n"), "intake.file.empty");
    }

    private TableReader open(String csv) throws IOException {
        return TableFiles.open(TestTables.file(dir, "list.csv", csv));
    }

    static void assertProblem(ThrowingCallable call, String code, Object... args) {
        FileProblem problem = catchThrowableOfType(FileProblem.class, call);
        assertThat(problem).as("a FileProblem " + code).isNotNull();
        assertThat(problem.code()).isEqualTo(code);
        assertThat(problem.args()).containsExactly(args);
    }
}

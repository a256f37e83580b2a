package org.hoiso.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hoiso.tables.CsvTableReaderTest.assertProblem;
import static org.hoiso.tables.TestTables.readAll;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;
import org.hoiso.testing.XlsxBomb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XLSX reader keeps every count and size it holds in memory bounded, whatever the archive's compression
 * ratio (issue 15): shared strings by declared size and by count, the workbook's sheets and relationships,
 * rows in ascending order up to Excel's last row.
 */
class XlsxLimitsTest {

    @TempDir
    Path dir;

    @Test
    void sharedStringsDeclaringMoreThan512MegabytesAreRefusedBeforeAnyByteIsInflated() throws IOException {
        byte[] bytes = new TestTables.Workbook().sharedStrings("Lan")
                .sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")
                .bytes();
        // The part's data is a few bytes; the archive claims 600 MB compressed 150 times (under the 200:1 check).
        patchSizes(bytes, "xl/sharedStrings.xml", 4_000_000, 600_000_000);
        Path file = TestTables.file(dir, "declared.xlsx", bytes);
        assertProblem(() -> TableFiles.open(file), "intake.file.tooLarge", 512L, 200L);
    }

    @Test
    void aTableOfMoreThanEightMillionSharedStringsIsRefusedWhileItIsRead() throws IOException {
        Path file = XlsxBomb.write(dir.resolve("count.xlsx"), SharedStrings.MAX_STRINGS + 1L);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long inflated = zip.getEntry("xl/sharedStrings.xml").getSize();
            assertThat(inflated).as("well under every size limit").isLessThan(XlsxPackage.RATIO_CHECKED_FROM);
        }
        assertProblem(() -> TableFiles.open(file), "intake.file.tooLarge", 512L, 200L);
    }

    @Test
    void aMillionSharedStringsAreReadToTheEnd() throws IOException {
        Path file = XlsxBomb.write(dir.resolve("under.xlsx"), 1_000_000);
        // its only cell is the first (empty) string: read through, the sheet has no data
        assertProblem(() -> TableFiles.open(file), "intake.file.empty");
    }

    @Test
    void aWorkbookListingMoreThan4096SheetsIsRefused() throws IOException {
        String sheets = "<sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/>".repeat(XlsxPackage.MAX_SHEETS + 1);
        byte[] bytes = new TestTables.Workbook().sheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
                .entry("xl/workbook.xml", "<workbook xmlns=\"" + TestTables.MAIN_NS + "\" xmlns:r=\"" + TestTables.REL_NS
                        + "\"><sheets>" + sheets + "</sheets></workbook>")
                .bytes();
        Path file = TestTables.file(dir, "sheets.xlsx", bytes);
        assertProblem(() -> TableFiles.open(file), "intake.file.tooLarge", 64L, 200L);
    }

    @Test
    void rowsThatDoNotComeInAscendingOrderAreADamagedSheet() throws IOException {
        String rows = "<row r=\"5\"><c r=\"A5\"><v>1</v></c></row><row r=\"5\"><c r=\"A5\"><v>2</v></c></row>";
        Path file = new TestTables.Workbook().sheet("S", rows).write(dir, "again.xlsx");
        assertProblem(() -> readAll(TableFiles.open(file)), "intake.file.corruptRow", 6L);
    }

    @Test
    void rowsWithoutNumbersStopAtExcelsLastRow() throws IOException {
        String rows = "<row r=\"1048576\"><c r=\"A1048576\"><v>1</v></c></row><row><c><v>2</v></c></row>";
        Path file = new TestTables.Workbook().sheet("S", rows).write(dir, "past.xlsx");
        assertProblem(() -> readAll(TableFiles.open(file)), "intake.file.corruptRow", 1_048_577L);
    }

    @Test
    void aSheetWithMoreThan65536MergedRangesIsRefused() throws IOException {
        StringBuilder merges = new StringBuilder("<mergeCells>");
        for (int i = 0; i <= XlsxMerges.MAX_RANGES; i++) {
            merges.append("<mergeCell ref=\"A").append(2 * i + 1).append(":A").append(2 * i + 2).append("\"/>");
        }
        Path file = new TestTables.Workbook()
                .sheet("S", "visible", "", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>",
                        merges.append("</mergeCells>").toString())
                .write(dir, "merges.xlsx");
        assertProblem(() -> TableFiles.open(file), "intake.file.tooManyMerges", 65_536);
    }

    /** Sets the compressed and uncompressed sizes the central directory declares for an entry. */
    static void patchSizes(byte[] zip, String name, int compressed, int size) {
        byte[] nameBytes = name.getBytes();
        for (int i = 0; i < zip.length - 46; i++) {
            ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
            if (b.getInt(i) == 0x02014b50 && b.getShort(i + 28) == nameBytes.length
                    && Arrays.equals(zip, i + 46, i + 46 + nameBytes.length, nameBytes, 0, nameBytes.length)) {
                b.putInt(i + 20, compressed);
                b.putInt(i + 24, size);
                return;
            }
        }
        throw new IllegalStateException("no central directory entry " + name);
    }
}

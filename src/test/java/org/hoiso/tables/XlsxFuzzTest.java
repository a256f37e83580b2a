package org.hoiso.tables;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the XLSX path of {@link TableFiles} (the archive checks, the workbook, styles and shared
 * strings parts, the sheet reader) with Jazzer; see {@link FuzzHarness#readWorkbook} for how an input
 * becomes a workbook. Without {@code JAZZER_FUZZ} it replays the seed corpus in
 * {@code src/test/resources/org/hoiso/tables/XlsxFuzzTestInputs/xlsx/}; the build's {@code fuzz}
 * execution runs it with {@code JAZZER_FUZZ=1}, fuzzing for the {@code maxDuration}. An input that
 * takes longer than the timeout is a hang.
 */
class XlsxFuzzTest {

    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "8s")
    void xlsx(byte[] data) throws IOException {
        FuzzHarness.readWorkbook(data);
    }
}

package org.hoiso.tables;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the CSV path of {@link TableFiles} (sniffing, delimiter detection, the RFC 4180 parser) with
 * Jazzer. Without {@code JAZZER_FUZZ} it replays the seed corpus in
 * {@code src/test/resources/org/hoiso/tables/CsvFuzzTestInputs/csv/}; the build's {@code fuzz}
 * execution runs it with {@code JAZZER_FUZZ=1}, fuzzing for the {@code maxDuration}. An input that
 * takes longer than the timeout is a hang.
 */
class CsvFuzzTest {

    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "8s")
    void csv(byte[] data) throws IOException {
        FuzzHarness.read(data, "fuzz.csv");
    }
}

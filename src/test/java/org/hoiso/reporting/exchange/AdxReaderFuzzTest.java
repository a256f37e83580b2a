package org.hoiso.reporting.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes {@link AdxReader} with Jazzer: reports or an {@link ExchangeFormatException} are the only
 * allowed outcomes; any other exception, a hang or running out of memory is a finding. Without
 * {@code JAZZER_FUZZ} it replays the seed corpus in
 * {@code src/test/resources/org/hoiso/reporting/exchange/AdxReaderFuzzTestInputs/adx/}; the build's
 * {@code fuzz} execution runs it with {@code JAZZER_FUZZ=1} for the {@code maxDuration}.
 */
class AdxReaderFuzzTest {

    private static final AdxReader READER = new AdxReader(1024 * 1024, 10_000);

    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @FuzzTest(maxDuration = "8s")
    void adx(byte[] data) {
        List<ExchangeReport> reports;
        try {
            reports = READER.read(new ByteArrayInputStream(data), Reports.kinds());
        } catch (ExchangeFormatException e) {
            assertThat(e.problems()).isNotEmpty().hasSizeLessThanOrEqualTo(ExchangeFormatException.MAX_PROBLEMS)
                    .allSatisfy(p -> assertThat(p.code()).startsWith("exchange."));
            return;
        }
        long last = 0;
        for (ExchangeReport report : reports) {
            assertThat(report.unitCode()).isNotBlank();
            assertThat(report.period()).isNotNull();
            for (ExchangeValue value : report.values()) {
                assertThat(value.indicatorCode()).isNotBlank();
                assertThat(value.value()).isNotNull();
                assertThat(value.row()).isGreaterThan(last);
                last = value.row();
            }
        }
    }
}

package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2026-03, MONTHLY, 2026-03-01, 2026-03-31, 2026-03-01/P1M",
            "2026Q1, QUARTERLY, 2026-01-01, 2026-03-31, 2026-01-01/P3M",
            "2026Q4, QUARTERLY, 2026-10-01, 2026-12-31, 2026-10-01/P3M",
            "2026S2, SIX_MONTHLY, 2026-07-01, 2026-12-31, 2026-07-01/P6M",
            "2024, YEARLY, 2024-01-01, 2024-12-31, 2024-01-01/P1Y",
            "2024-02, MONTHLY, 2024-02-01, 2024-02-29, 2024-02-01/P1M"})
    void shortCodesAndIsoIntervalsNameTheSamePeriod(String code, Periodicity p, LocalDate start, LocalDate end, String iso) {
        Period period = Period.parse(code);
        assertThat(period.periodicity()).isEqualTo(p);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.iso()).isEqualTo(iso);
        assertThat(period.code()).isEqualTo(code);
        assertThat(Period.parse(iso)).isEqualTo(period);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-13", "2026Q5", "2026S3", "26", "2026-02-01/P2M", "2026-02-01/P3M", "2026-1", "tháng 3"})
    void rejectsWhatIsNotAPeriod(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"MONTHLY, 2026-11-23, 2026-11", "QUARTERLY, 2026-11-23, 2026Q4", "SIX_MONTHLY, 2026-06-30, 2026S1",
            "YEARLY, 2026-11-23, 2026"})
    void thePeriodContainingADay(Periodicity p, LocalDate day, String code) {
        assertThat(Period.containing(p, day).code()).isEqualTo(code);
        assertThat(Period.containing(p, day).contains(day)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"2026-12, 2027-01, 2026-11", "2026Q1, 2026Q2, 2025Q4", "2026S1, 2026S2, 2025S2", "2026, 2027, 2025"})
    void nextAndPreviousCrossTheYear(String code, String next, String previous) {
        assertThat(Period.parse(code).next().code()).isEqualTo(next);
        assertThat(Period.parse(code).previous().code()).isEqualTo(previous);
    }
}

package org.hoiso.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttendanceRulesTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-03-08T19:00+07:00");

    private static Activity activity(String status, Integer endsAfterMinutes) {
        return new Activity(1, 2, "Chi hội", "MEETING", "Họp", null, START,
                endsAfterMinutes == null ? null : START.plusMinutes(endsAfterMinutes), "Nhà văn hóa", null, "CODE", status, null,
                "x", 0, 0, 0, 0);
    }

    @ParameterizedTest(name = "{0} min from the start, {1}, ends after {2} min: self check-in {3}")
    @CsvSource(nullValues = "-", value = {
            // minutes from start, status, ends after (minutes), self check-in
            "-31, PLANNED, 120, NOT_YET",
            "-30, PLANNED, 120, OPEN",
            "0, PLANNED, 120, OPEN",
            "120, PLANNED, 120, OPEN",
            "121, PLANNED, 120, CLOSED",
            "239, PLANNED, -, OPEN",
            "241, PLANNED, -, CLOSED",
            "10, HELD, 120, CLOSED",
            "10, CANCELLED, 120, CLOSED",
            "-60, HELD, 120, CLOSED"})
    void aMemberChecksHerselfInFromHalfAnHourBeforeTheStartUntilItsEndAndNeverAfterItWasHeld(int minutes, String status,
            Integer endsAfter, AttendanceRules.SelfCheckIn expected) {
        assertThat(AttendanceRules.selfCheckIn(activity(status, endsAfter), START.plusMinutes(minutes))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} min from the start, {1}: held {2}, presence {3}")
    @CsvSource({
            "-1440, PLANNED, false, false",
            "-31, PLANNED, false, false",
            "-30, PLANNED, false, true",
            "-1, PLANNED, false, true",
            "0, PLANNED, true, true",
            "2880, PLANNED, true, true",
            "2880, HELD, true, true",
            "60, CANCELLED, false, false"})
    void aMeetingThatHasNotBegunIsNotHeldAndHasNobodyPresent(int minutes, String status, boolean held, boolean presence) {
        Activity a = activity(status, 120);
        OffsetDateTime now = START.plusMinutes(minutes);
        assertThat(AttendanceRules.mayMarkHeld(a, now)).isEqualTo(held);
        assertThat(AttendanceRules.mayRecordPresence(a, now)).isEqualTo(presence);
    }
}

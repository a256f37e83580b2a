package org.hoiso.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.hoiso.member.MemberRegistry;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The attendance rate of a past activity divides by the members of its unit on its day, not by today's. */
@IntegrationTest
class AttendanceRateIT {

    @Autowired
    Activities activities;
    @Autowired
    ActivityIndicators indicators;
    @Autowired
    MemberRegistry registry;
    @Autowired
    Fixtures fixtures;

    private long member(OrgUnit unit, LocalDate joined) {
        return registry.register(fixtures.admin(), AMember.valid().named("Quàng Thị " + Fixtures.uniqueGivenName())
                .bornOn(LocalDate.of(1985, 5, 5)).inUnit(unit.id()).joinedOn(joined).input());
    }

    @Test
    void aMeetingOfMarchIsRatedAgainstTheMembersOfMarch() {
        OrgUnit branch = fixtures.branch(Places.MUONG_TOONG, "Chi hội bản " + Fixtures.uniqueGivenName());
        Caller officer = fixtures.officer(Places.MUONG_TOONG).caller();
        long present = member(branch, LocalDate.of(2026, 1, 5));
        long movesAway = member(branch, LocalDate.of(2026, 1, 5));
        OffsetDateTime start = LocalDateTime.of(2026, 3, 5, 8, 0).atZone(VietnameseText.ZONE).toOffsetDateTime();
        Activity a = activities.plan(officer, new Activities.NewActivity(branch.id(), "MEETING", "Sinh hoạt tháng Ba", null,
                start, start.plusHours(2), "Nhà văn hóa bản", null));
        activities.tick(officer, a.id(), List.of(present));
        activities.markHeld(officer, a.id(), null);

        registry.transfer(fixtures.admin(), movesAway,
                fixtures.branch(Places.QUANG_LAM, "Chi hội bản " + Fixtures.uniqueGivenName()).id(), LocalDate.of(2026, 4, 1),
                null);
        member(branch, LocalDate.of(2026, 6, 1));
        member(branch, LocalDate.of(2026, 6, 1));
        member(branch, LocalDate.of(2026, 6, 1));

        assertThat(indicators.compute("activity.attendanceRate", branch.path(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31)).get("")).isEqualByComparingTo("50");
    }
}

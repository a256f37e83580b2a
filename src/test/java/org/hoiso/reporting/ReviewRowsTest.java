package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hoiso.orgunit.OrgUnit;
import org.junit.jupiter.api.Test;

class ReviewRowsTest {

    private static final Period MARCH = Period.parse("2026-03");

    private final Worklist.UnitStatus anBinh = row("Xã An Bình", Worklist.State.SUBMITTED, "2026-04-10T08:00:00+07:00");
    private final Worklist.UnitStatus bacSon = row("Xã Bắc Sơn", Worklist.State.OVERDUE, null);
    private final Worklist.UnitStatus caoMinh = row("Xã Cao Minh", Worklist.State.SUBMITTED, "2026-04-02T08:00:00+07:00");
    private final List<Worklist.UnitStatus> rows = List.of(caoMinh, anBinh, bacSon);

    @Test
    void byStateWhatNeedsDoingComesFirstThenByName() {
        assertThat(ReviewController.rows(rows, null, ReviewController.Sort.STATE)).containsExactly(bacSon, anBinh, caoMinh);
    }

    @Test
    void bySubmissionTheEarliestComesFirstAndUnitsThatSentNothingLast() {
        assertThat(ReviewController.rows(rows, null, ReviewController.Sort.SUBMITTED)).containsExactly(caoMinh, anBinh, bacSon);
        assertThat(ReviewController.rows(rows, null, ReviewController.Sort.UNIT)).containsExactly(anBinh, bacSon, caoMinh);
    }

    @Test
    void aStateKeepsOnlyItsRows() {
        assertThat(ReviewController.rows(rows, Worklist.State.SUBMITTED, ReviewController.Sort.UNIT))
                .containsExactly(anBinh, caoMinh);
        assertThat(ReviewController.rows(rows, Worklist.State.APPROVED, ReviewController.Sort.STATE)).isEmpty();
    }

    private static Worklist.UnitStatus row(String name, Worklist.State state, String submittedAt) {
        OrgUnit unit = new OrgUnit(name.hashCode(), "C" + name.length(), name, "COMMUNE", 1L, null, "1.2",
                LocalDate.of(2025, 7, 1), null);
        Report report = submittedAt == null
                ? null
                : new Report(1, 1, unit.id(), MARCH, "1.2", ReportStatus.SUBMITTED, LocalDate.of(2026, 4, 15),
                        OffsetDateTime.parse(submittedAt), "x", null, null, null, 0, 1, "x", null);
        return new Worklist.UnitStatus(unit, report, state);
    }
}

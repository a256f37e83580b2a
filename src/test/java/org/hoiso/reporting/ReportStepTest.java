package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.hoiso.platform.web.DomainException;
import org.hoiso.reporting.ReportStep.Decision;
import org.hoiso.reporting.ReportStep.Reach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ReportStepTest {

    /** An officer of the report's unit: she changes the unit, not the one above. */
    static final Reach UNIT_OFFICER = Reach.of(true, true, false);
    /** An officer of the unit above: her writing reaches the report's unit too. */
    static final Reach APPROVER = Reach.of(true, true, true);
    /** A viewer of the unit (or of a unit above it): she reads and changes nothing. */
    static final Reach VIEWER = Reach.of(true, false, false);
    /** An officer of another commune: she reaches nothing of the report. */
    static final Reach OFFICER_ELSEWHERE = Reach.of(false, false, false);

    /**
     * Who may move a report where. A status name is where the step leads; a message code is the refusal
     * (unit.outOfScope and report.notApprover are refused as not hers, 403; the others as not now, 409).
     */
    @ParameterizedTest(name = "{1} of a {0} report: unit officer {2}, approver {3}, viewer {4}, officer elsewhere {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # status  | step    | unit officer            | approver (the level above) | viewer              | officer of another unit
            DRAFT     | SAVE    | DRAFT                   | DRAFT                      | unit.outOfScope     | unit.outOfScope
            DRAFT     | SUBMIT  | SUBMITTED               | SUBMITTED                  | unit.outOfScope     | unit.outOfScope
            DRAFT     | APPROVE | report.notApprover      | report.notSubmitted        | report.notApprover  | unit.outOfScope
            DRAFT     | RETURN  | report.notApprover      | report.notSubmitted        | report.notApprover  | unit.outOfScope
            DRAFT     | REOPEN  | report.notApprover      | report.notApproved         | report.notApprover  | unit.outOfScope
            SUBMITTED | SAVE    | report.awaitingApproval | report.awaitingApproval    | unit.outOfScope     | unit.outOfScope
            SUBMITTED | SUBMIT  | report.awaitingApproval | report.awaitingApproval    | unit.outOfScope     | unit.outOfScope
            SUBMITTED | APPROVE | report.notApprover      | APPROVED                   | report.notApprover  | unit.outOfScope
            SUBMITTED | RETURN  | report.notApprover      | RETURNED                   | report.notApprover  | unit.outOfScope
            SUBMITTED | REOPEN  | report.notApprover      | report.notApproved         | report.notApprover  | unit.outOfScope
            APPROVED  | SAVE    | report.locked           | report.locked              | unit.outOfScope     | unit.outOfScope
            APPROVED  | SUBMIT  | report.locked           | report.locked              | unit.outOfScope     | unit.outOfScope
            APPROVED  | APPROVE | report.notApprover      | report.notSubmitted        | report.notApprover  | unit.outOfScope
            APPROVED  | RETURN  | report.notApprover      | report.notSubmitted        | report.notApprover  | unit.outOfScope
            APPROVED  | REOPEN  | report.notApprover      | DRAFT                      | report.notApprover  | unit.outOfScope
            RETURNED  | SAVE    | RETURNED                | RETURNED                   | unit.outOfScope     | unit.outOfScope
            RETURNED  | SUBMIT  | SUBMITTED               | SUBMITTED                  | unit.outOfScope     | unit.outOfScope
            RETURNED  | APPROVE | report.notApprover      | report.notSubmitted        | report.notApprover  | unit.outOfScope
            RETURNED  | RETURN  | report.notApprover      | report.notSubmitted        | report.notApprover  | unit.outOfScope
            RETURNED  | REOPEN  | report.notApprover      | report.notApproved         | report.notApprover  | unit.outOfScope
            """)
    void whoMayMoveAReportWhere(ReportStatus status, ReportStep step, String unitOfficer, String approver, String viewer,
            String officerElsewhere) {
        assertThat(outcome(step.decide(status, UNIT_OFFICER))).isEqualTo(unitOfficer);
        assertThat(outcome(step.decide(status, APPROVER))).isEqualTo(approver);
        assertThat(outcome(step.decide(status, VIEWER))).isEqualTo(viewer);
        assertThat(outcome(step.decide(status, OFFICER_ELSEWHERE))).isEqualTo(officerElsewhere);
    }

    @ParameterizedTest
    @CsvSource({"SAVE, DRAFT, OFFICER_ELSEWHERE, unit.outOfScope, FORBIDDEN",
            "APPROVE, SUBMITTED, OFFICER_ELSEWHERE, unit.outOfScope, FORBIDDEN",
            "APPROVE, SUBMITTED, UNIT_OFFICER, report.notApprover, FORBIDDEN",
            "APPROVE, DRAFT, APPROVER, report.notSubmitted, CONFLICT",
            "REOPEN, RETURNED, APPROVER, report.notApproved, CONFLICT",
            "SAVE, APPROVED, UNIT_OFFICER, report.locked, CONFLICT",
            "SUBMIT, SUBMITTED, UNIT_OFFICER, report.awaitingApproval, CONFLICT"})
    void aStepNotHersIsForbiddenAndAStepNotFromTheReportsStatusIsAConflict(ReportStep step, ReportStatus status, String who,
            String code, DomainException.Kind expected) {
        Reach reach = switch (who) {
            case "UNIT_OFFICER" -> UNIT_OFFICER;
            case "APPROVER" -> APPROVER;
            default -> OFFICER_ELSEWHERE;
        };
        DomainException e = step.decide(status, reach).refusal().exception();
        assertThat(e.kind()).isEqualTo(expected);
        assertThat(e.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"SAVE, report.changedMeanwhile", "SUBMIT, report.changedMeanwhile", "APPROVE, report.changedMeanwhile",
            "RETURN, report.changedMeanwhile", "REOPEN, report.changedMeanwhile"})
    void aReportThatChangedBetweenReadingAndTakingTheStepIsAConflict(ReportStep step, String code) {
        DomainException e = step.movedMeanwhile().exception();
        assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(e.code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SAVE    | DRAFT, RETURNED | -         | -
            SUBMIT  | DRAFT, RETURNED | SUBMITTED | SUBMITTED
            APPROVE | SUBMITTED       | APPROVED  | APPROVED
            RETURN  | SUBMITTED       | RETURNED  | RETURNED
            REOPEN  | APPROVED        | DRAFT     | REOPENED
            """)
    void eachStepSaysFromWhereToWhereAndTheEventItLeaves(ReportStep step, String from, String to, String event) {
        assertThat(ReportRepository.names(step.from())).isEqualTo(Arrays.stream(from.split(", ")).sorted().toList());
        if (to.equals("-")) {
            assertThatThrownBy(step::target).isInstanceOf(IllegalStateException.class);
            assertThat(step.event()).isEmpty();
        } else {
            assertThat(step.target()).isEqualTo(ReportStatus.valueOf(to));
            assertThat(step.event()).contains(event);
        }
    }

    @ParameterizedTest
    @CsvSource({"DRAFT, true", "RETURNED, true", "SUBMITTED, false", "APPROVED, false"})
    void theUnitChangesValuesOnlyOfADraftOrAReturnedReport(ReportStatus status, boolean editable) {
        assertThat(status.editable()).isEqualTo(editable);
    }

    @ParameterizedTest
    @CsvSource({"DRAFT, 2026-04-16, true", "RETURNED, 2026-04-16, true", "DRAFT, 2026-04-15, false",
            "SUBMITTED, 2026-04-16, false", "APPROVED, 2026-05-01, false"})
    void aReportIsOverduePastItsDueDayWhileStillWaitingToBeSubmitted(ReportStatus status, LocalDate today, boolean overdue) {
        Report r = new Report(1, 1, 1, Period.parse("2026-03"), "1", status, LocalDate.of(2026, 4, 15), null, null, null, null,
                null, 0, 0, null, null);
        assertThat(r.overdue(today)).isEqualTo(overdue);
    }

    @ParameterizedTest
    @EnumSource(value = ReportStep.class, names = {"RETURN", "REOPEN"})
    void returningAndReopeningNeedAReasonOfAtMost2000Characters(ReportStep step) {
        String code = step == ReportStep.RETURN ? "report.returnReason" : "report.reopenReason";
        for (String bad : new String[] {null, "", "   ", "x".repeat(2001)}) {
            assertThatThrownBy(() -> step.comment(bad)).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).fieldProblems())
                            .singleElement().satisfies(p -> assertThat(p.code()).isEqualTo(code)));
        }
        assertThat(step.comment("  Sai số buổi tập huấn ")).isEqualTo("Sai số buổi tập huấn");
        assertThat(step.comment("x".repeat(2000))).hasSize(2000);
    }

    @ParameterizedTest
    @EnumSource(value = ReportStep.class, names = {"SAVE", "SUBMIT", "APPROVE"})
    void theOtherStepsKeepNoComment(ReportStep step) {
        assertThat(step.comment("anything")).isNull();
    }

    @Test
    void aUnitWritersStepAsksOnlyWhetherSheChangesTheUnit() {
        Reach unanswerable = new Reach() {
            @Override
            public boolean readsUnit() {
                throw new AssertionError("a unit writer's step needs not ask whether she reads");
            }

            @Override
            public boolean writesUnit() {
                return true;
            }

            @Override
            public boolean writesParent() {
                throw new AssertionError("a unit writer's step needs not ask about the level above");
            }
        };
        assertThat(ReportStep.SAVE.allows(ReportStatus.DRAFT, unanswerable)).isTrue();
        assertThat(ReportStep.SUBMIT.decide(ReportStatus.RETURNED, unanswerable))
                .isEqualTo(new Decision(ReportStatus.SUBMITTED, null));
    }

    private static String outcome(Decision d) {
        return d.allowed() ? d.leadsTo().name() : d.refusal().code();
    }
}

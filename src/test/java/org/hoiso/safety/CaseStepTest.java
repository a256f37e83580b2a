package org.hoiso.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may take which step of a case from which status: one row per rule, "-" where the step is allowed. */
class CaseStepTest {

    @ParameterizedTest(name = "{0} of a {1} case in {2} by owner={3} supervising={4}: {5}")
    @CsvSource({
            // anyone who sees a new case takes it; nobody takes one already taken
            "TAKE,          HARASSMENT, NEW,             false, false, -",
            "TAKE,          HARASSMENT, OPEN,            false, false, safety.case.wrongStatus",
            // the owner works it while it is open or waiting to close; nobody else does
            "WORK,          VIOLENCE,   OPEN,            true,  false, -",
            "WORK,          VIOLENCE,   CLOSE_REQUESTED, true,  false, -",
            "WORK,          VIOLENCE,   OPEN,            false, true,  safety.case.notOwner",
            "WORK,          SCAM,       CLOSED,          true,  false, safety.case.wrongStatus",
            // up the tree: its owner; a new case, any case worker who sees it
            "ESCALATE,      VIOLENCE,   OPEN,            true,  false, -",
            "ESCALATE,      VIOLENCE,   NEW,             false, false, -",
            "ESCALATE,      VIOLENCE,   OPEN,            false, false, safety.case.notOwner",
            "ESCALATE,      VIOLENCE,   CLOSED,          true,  false, safety.case.wrongStatus",
            // closing: a scam or harassment case by its owner; a violence case needs a supervisor
            "CLOSE,         HARASSMENT, OPEN,            true,  false, -",
            "CLOSE,         SCAM,       OPEN,            false, true,  safety.case.notOwner",
            "CLOSE,         VIOLENCE,   OPEN,            true,  true,  safety.case.closeNeedsApproval",
            "REQUEST_CLOSE, VIOLENCE,   OPEN,            true,  false, -",
            "REQUEST_CLOSE, HARASSMENT, OPEN,            true,  false, safety.case.closeDirectly",
            "APPROVE_CLOSE, VIOLENCE,   CLOSE_REQUESTED, false, true,  -",
            "APPROVE_CLOSE, VIOLENCE,   CLOSE_REQUESTED, true,  true,  safety.case.ownerCannotApprove",
            "APPROVE_CLOSE, VIOLENCE,   CLOSE_REQUESTED, false, false, safety.case.notSupervisor",
            "APPROVE_CLOSE, VIOLENCE,   OPEN,            false, true,  safety.case.wrongStatus",
            "REFUSE_CLOSE,  VIOLENCE,   CLOSE_REQUESTED, false, true,  -",
            "REFUSE_CLOSE,  VIOLENCE,   CLOSE_REQUESTED, true,  true,  safety.case.ownerCannotApprove"})
    void whoMayTakeWhichStepOfACase(CaseStep step, CaseKind.Category category, CaseStatus status, boolean owner,
            boolean supervising, String refusal) {
        assertThat(step.refusal(category, status, new CaseStep.Reach(owner, supervising)).orElse("-")).isEqualTo(refusal);
    }

    @ParameterizedTest(name = "{0} of a {1} referral by owner={2} requester={3}: {4}")
    @CsvSource({
            "CONFIRM, AWAITING_CONFIRMATION, false, false, -",
            "CONFIRM, AWAITING_CONFIRMATION, true,  false, -",
            "CONFIRM, AWAITING_CONFIRMATION, true,  true,  safety.referral.secondWorker",
            "CONFIRM, SENT,                  false, false, safety.referral.wrongStatus",
            "ACCEPT,  SENT,                  true,  true,  -",
            "ACCEPT,  AWAITING_CONFIRMATION, true,  true,  safety.referral.wrongStatus",
            "ACCEPT,  SENT,                  false, false, safety.case.notOwner",
            "DECLINE, SENT,                  true,  false, -",
            "CANCEL,  AWAITING_CONFIRMATION, true,  true,  -",
            "CANCEL,  ACCEPTED,              true,  true,  safety.referral.wrongStatus"})
    void whoMayTakeWhichStepOfAReferral(ReferralStep step, ReferralStatus status, boolean owner, boolean requester,
            String refusal) {
        assertThat(step.refusal(status, owner, requester).orElse("-")).isEqualTo(refusal);
    }
}

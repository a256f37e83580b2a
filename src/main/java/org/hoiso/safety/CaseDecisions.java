package org.hoiso.safety;

import java.time.LocalDate;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions of case work, each recorded in the case's story: a referral to a service of the directory (refused
 * without the reporter's consent to its purpose, unless the owner gives a reason and a second case worker confirms
 * it), the service's answer, escalation to the unit above (only with a reason; the unit's case workers take it from
 * there), and closing (a violence case only once a supervising case worker who is not its owner approved).
 */
@Service
@Transactional
public class CaseDecisions {

    public static final int REASON_MAX = 1_000;
    public static final int DEADLINE_DAYS_MAX = 90;

    private final CaseRepository repo;
    private final CaseGuard guard;
    private final SupportServices services;
    private final Communes communes;
    private final SafetyCipher cipher;

    CaseDecisions(CaseRepository repo, CaseGuard guard, SupportServices services, Communes communes, SafetyCipher cipher) {
        this.repo = repo;
        this.guard = guard;
        this.services = services;
        this.communes = communes;
        this.cipher = cipher;
    }

    /** A referral as the owner asks for it; the override reason only counts where her consent is missing. */
    public record Referral(Long serviceId, LocalDate deadline, String note, String overrideReason) {
    }

    /** Refers the case; answers the referral's status (sent, or waiting for a second case worker's confirmation). */
    public ReferralStatus refer(Caller caller, long caseId, Referral in) {
        CaseRepository.Full c = guard.visible(caller, caseId);
        guard.require(CaseStep.WORK, caller, c);
        SupportServices.SupportService service = in.serviceId() == null
                ? null
                : services.servingOne(in.serviceId(), c.unitId()).orElse(null);
        if (service == null) {
            throw DomainException.invalid(List.of(FieldProblem.of("serviceId", "safety.referral.service.invalid")));
        }
        LocalDate today = guard.today();
        if (in.deadline() == null || in.deadline().isBefore(today) || in.deadline().isAfter(today.plusDays(DEADLINE_DAYS_MAX))) {
            throw DomainException
                    .invalid(List.of(FieldProblem.of("deadline", "safety.referral.deadline.invalid", DEADLINE_DAYS_MAX)));
        }
        String note = CaseGuard.optional(in.note(), Cases.NOTE_MAX, "note");
        boolean consented = new ReportInput.Consents(c.consentCounselling(), c.consentPolice(), c.consentHealth(),
                c.consentLegal(), c.consentStatistics()).allows(service.purpose());
        String reason = null;
        if (!consented) {
            if (in.overrideReason() == null || in.overrideReason().isBlank()) {
                throw DomainException.invalid(List.of(FieldProblem.of("overrideReason", "safety.referral.noConsent")));
            }
            reason = CaseGuard.required(in.overrideReason(), REASON_MAX, "overrideReason");
        }
        ReferralStatus status = consented ? ReferralStatus.SENT : ReferralStatus.AWAITING_CONFIRMATION;
        long viewer = guard.viewer(caller);
        long id = repo.refer(viewer, caseId, service.id(), service.purpose().name(), status.name(), in.deadline(),
                cipher.seal(note, c.code(), "referralNote"),
                reason == null ? null : cipher.seal(reason, c.code(), "overrideReason"),
                caller.displayName(), guard.now());
        if (id == 0) {
            throw CaseGuard.notFound();
        }
        repo.event(viewer, caseId, consented ? "REFERRED" : "OVERRIDE_REQUESTED", caller.username(), guard.now(),
                reason == null ? null : cipher.seal(reason, c.code(), "event"), null, null);
        return status;
    }

    /** A second case worker confirms a referral made without consent: it is sent. */
    public void confirm(Caller caller, long referralId) {
        referralStep(caller, referralId, ReferralStep.CONFIRM, "OVERRIDE_CONFIRMED");
    }

    /** The owner records the service's answer. */
    public void answer(Caller caller, long referralId, boolean accepted) {
        referralStep(caller, referralId, accepted ? ReferralStep.ACCEPT : ReferralStep.DECLINE,
                accepted ? "REFERRAL_ACCEPTED" : "REFERRAL_DECLINED");
    }

    public void cancel(Caller caller, long referralId) {
        referralStep(caller, referralId, ReferralStep.CANCEL, "REFERRAL_CANCELLED");
    }

    private void referralStep(Caller caller, long referralId, ReferralStep step, String event) {
        long viewer = guard.viewer(caller);
        CaseRepository.Referral r = repo.referral(viewer, referralId)
                .orElseThrow(() -> DomainException.notFound("safety.referral.notFound"));
        if (CaseStatus.valueOf(r.caseStatus()) == CaseStatus.CLOSED) {
            throw CaseGuard.refusal("safety.case.wrongStatus");
        }
        boolean owner = r.ownerUserId() != null && r.ownerUserId() == viewer;
        step.refusal(ReferralStatus.valueOf(r.status()), owner, r.requestedBy() == viewer).ifPresent(code -> {
            throw CaseGuard.refusal(code);
        });
        if (!repo.moveReferral(viewer, referralId, r.status(), step.to().name(),
                step == ReferralStep.CONFIRM ? caller.displayName() : null, guard.now())) {
            throw CaseGuard.movedMeanwhile();
        }
        repo.event(viewer, r.caseId(), event, caller.username(), guard.now(), null, null, null);
    }

    /** Up the tree, one level, with the reason recorded: the unit above's case workers take it. */
    public void escalate(Caller caller, long caseId, String reason) {
        CaseRepository.Full c = guard.visible(caller, caseId);
        guard.require(CaseStep.ESCALATE, caller, c);
        String why = CaseGuard.required(reason, REASON_MAX, "reason");
        long to = communes.parentOf(c.handlingUnitId()).orElseThrow(() -> DomainException.badRequest("safety.case.topOfTree"));
        long viewer = guard.viewer(caller);
        // the story first: once escalated, the case may be out of her reach
        repo.event(viewer, caseId, "ESCALATED", caller.username(), guard.now(), cipher.seal(why, c.code(), "event"),
                c.handlingUnitId(), to);
        if (!repo.escalate(viewer, caseId, c.status(), to)) {
            throw CaseGuard.movedMeanwhile();
        }
    }

    /** Closes a scam or harassment case; for a violence case, asks a supervisor to approve. Answers the new status. */
    public CaseStatus close(Caller caller, long caseId, CloseOutcome outcome) {
        CaseRepository.Full c = guard.visible(caller, caseId);
        if (outcome == null || outcome == CloseOutcome.DELETED_BY_REPORTER) {
            throw DomainException.invalid(List.of(FieldProblem.of("outcome", "error.field.required")));
        }
        boolean violence = CaseGuard.category(c) == CaseKind.Category.VIOLENCE;
        CaseStep step = violence ? CaseStep.REQUEST_CLOSE : CaseStep.CLOSE;
        guard.require(step, caller, c);
        CaseStatus to = violence ? CaseStatus.CLOSE_REQUESTED : CaseStatus.CLOSED;
        long viewer = guard.viewer(caller);
        if (!repo.move(viewer, caseId, c.status(), to.name(), outcome.name(), guard.now())) {
            throw CaseGuard.movedMeanwhile();
        }
        repo.event(viewer, caseId, violence ? "CLOSE_REQUESTED" : "CLOSED", caller.username(), guard.now(), null, null, null);
        return to;
    }

    /** A supervising case worker who is not the owner approves closing a violence case. */
    public void approveClose(Caller caller, long caseId) {
        CaseRepository.Full c = guard.visible(caller, caseId);
        guard.require(CaseStep.APPROVE_CLOSE, caller, c);
        long viewer = guard.viewer(caller);
        if (!repo.move(viewer, caseId, c.status(), CaseStatus.CLOSED.name(), null, guard.now())) {
            throw CaseGuard.movedMeanwhile();
        }
        repo.event(viewer, caseId, "CLOSE_APPROVED", caller.username(), guard.now(), null, null, null);
    }

    /** ... or refuses, with the reason: the case is open again. */
    public void refuseClose(Caller caller, long caseId, String reason) {
        CaseRepository.Full c = guard.visible(caller, caseId);
        guard.require(CaseStep.REFUSE_CLOSE, caller, c);
        String why = CaseGuard.required(reason, REASON_MAX, "reason");
        long viewer = guard.viewer(caller);
        if (!repo.move(viewer, caseId, c.status(), CaseStatus.OPEN.name(), null, guard.now())) {
            throw CaseGuard.movedMeanwhile();
        }
        repo.event(viewer, caseId, "CLOSE_REFUSED", caller.username(), guard.now(), cipher.seal(why, c.code(), "event"), null,
                null);
    }
}

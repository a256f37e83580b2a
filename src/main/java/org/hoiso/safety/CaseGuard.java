package org.hoiso.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * What every use of a case starts with: the viewer (a member's own login is never a case worker), the case if her
 * designations reach it (else 404, the same as a case that does not exist), what she is to it, and the refusal of
 * a step in the refusal's kind.
 */
@Component
class CaseGuard {

    private final CaseRepository repo;
    private final Clock clock;

    CaseGuard(CaseRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    /** Her user id as the case queries take it; -1 (no one) for a member's own login. */
    long viewer(Caller caller) {
        return caller.isMember() ? -1 : caller.userId();
    }

    CaseRepository.Full visible(Caller caller, long caseId) {
        return repo.find(viewer(caller), caseId).orElseThrow(CaseGuard::notFound);
    }

    static DomainException notFound() {
        return DomainException.notFound("safety.case.notFound");
    }

    static CaseStep.Reach reach(Caller caller, CaseRepository.Full c) {
        return new CaseStep.Reach(c.ownerUserId() != null && c.ownerUserId() == caller.userId() && !caller.isMember(),
                c.supervising());
    }

    static CaseKind.Category category(CaseRepository.Full c) {
        return CaseKind.valueOf(c.kind()).category();
    }

    static CaseStatus status(CaseRepository.Full c) {
        return CaseStatus.valueOf(c.status());
    }

    /** Refuses the step unless she may take it now. */
    void require(CaseStep step, Caller caller, CaseRepository.Full c) {
        step.refusal(category(c), status(c), reach(caller, c)).ifPresent(code -> {
            throw refusal(code);
        });
    }

    static DomainException refusal(String code) {
        return switch (code) {
            case "safety.case.wrongStatus", "safety.referral.wrongStatus" -> DomainException.conflict(code);
            case "safety.case.closeNeedsApproval", "safety.case.closeDirectly" -> DomainException.badRequest(code);
            default -> DomainException.forbidden(code);
        };
    }

    /** A step that lost a race (the case moved meanwhile). */
    static DomainException movedMeanwhile() {
        return DomainException.conflict("safety.case.movedMeanwhile");
    }

    /** A required text of at most {@code max} characters, or the refusal naming the field. */
    static String required(String text, int max, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        String t = ReportRules.text(text, max, field, problems);
        if (t == null && problems.isEmpty()) {
            problems.add(FieldProblem.of(field, "error.field.required"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return t;
    }

    /** An optional text of at most {@code max} characters (null when empty), or the refusal naming the field. */
    static String optional(String text, int max, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        String t = ReportRules.text(text, max, field, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return t;
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VietnameseText.ZONE);
    }
}

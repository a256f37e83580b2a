package org.hoiso.safety;

import java.util.Optional;
import java.util.Set;

/**
 * Who may take which step of a case, from which status, and the refusal (one place for the case's rules). Every
 * step needs the case to be visible to her first: a case outside her designations is not found at all.
 * <ul>
 * <li>TAKE: a new case, by any case worker who sees it; she becomes its owner.</li>
 * <li>WORK (assessment, safety plan, notes, replies to the reporter, referrals): its owner, while it is open or
 * waiting to be closed.</li>
 * <li>ESCALATE (to the unit above, with a reason): its owner; a new case, any case worker who sees it.</li>
 * <li>CLOSE: its owner, for a scam or harassment case; a violence case needs a supervisor, so its owner asks
 * (REQUEST_CLOSE) and a supervising case worker who is not the owner approves or refuses (with a reason).</li>
 * </ul>
 */
enum CaseStep {
    TAKE(Set.of(CaseStatus.NEW), Who.ANY), WORK(Set.of(CaseStatus.OPEN, CaseStatus.CLOSE_REQUESTED), Who.OWNER), ESCALATE(
            Set.of(CaseStatus.NEW, CaseStatus.OPEN),
            Who.OWNER_OR_ANY_WHEN_NEW), CLOSE(Set.of(CaseStatus.OPEN), Who.OWNER), REQUEST_CLOSE(Set.of(CaseStatus.OPEN),
                    Who.OWNER), APPROVE_CLOSE(Set.of(CaseStatus.CLOSE_REQUESTED),
                            Who.SUPERVISOR), REFUSE_CLOSE(Set.of(CaseStatus.CLOSE_REQUESTED), Who.SUPERVISOR);

    private enum Who {
        ANY, OWNER, OWNER_OR_ANY_WHEN_NEW, SUPERVISOR
    }

    /** What the case worker is to this case. */
    record Reach(boolean owner, boolean supervising) {
    }

    private final Set<CaseStatus> from;
    private final Who who;

    CaseStep(Set<CaseStatus> from, Who who) {
        this.from = from;
        this.who = who;
    }

    /** The message code refusing the step, or empty when she may take it now. */
    Optional<String> refusal(CaseKind.Category category, CaseStatus status, Reach reach) {
        if (this == CLOSE && category == CaseKind.Category.VIOLENCE) {
            return Optional.of("safety.case.closeNeedsApproval");
        }
        if (this == REQUEST_CLOSE && category != CaseKind.Category.VIOLENCE) {
            return Optional.of("safety.case.closeDirectly");
        }
        boolean allowed = switch (who) {
            case ANY -> true;
            case OWNER -> reach.owner();
            case OWNER_OR_ANY_WHEN_NEW -> reach.owner() || status == CaseStatus.NEW;
            case SUPERVISOR -> reach.supervising() && !reach.owner();
        };
        if (!allowed) {
            return Optional.of(who == Who.SUPERVISOR
                    ? (reach.owner() ? "safety.case.ownerCannotApprove" : "safety.case.notSupervisor")
                    : "safety.case.notOwner");
        }
        if (!from.contains(status)) {
            return Optional.of("safety.case.wrongStatus");
        }
        return Optional.empty();
    }

    boolean allows(CaseKind.Category category, CaseStatus status, Reach reach) {
        return refusal(category, status, reach).isEmpty();
    }
}

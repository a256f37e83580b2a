package org.hoiso.safety.alerts;

import java.util.Optional;
import java.util.Set;

/**
 * Who may take which step of a warning: an administrator whose subtree holds the warning's unit, and who did not
 * write it, approves or returns it while it waits; its author or such an administrator withdraws it.
 */
enum WarningStep {
    APPROVE(Set.of(WarningStatus.PENDING), WarningStatus.APPROVED), RETURN(Set.of(WarningStatus.PENDING),
            WarningStatus.RETURNED), WITHDRAW(Set.of(WarningStatus.PENDING, WarningStatus.APPROVED), WarningStatus.WITHDRAWN);

    private final Set<WarningStatus> from;
    private final WarningStatus to;

    WarningStep(Set<WarningStatus> from, WarningStatus to) {
        this.from = from;
        this.to = to;
    }

    WarningStatus to() {
        return to;
    }

    /** The refusal's message code, or empty when she may take the step now. */
    Optional<String> refusal(WarningStatus status, boolean author, boolean adminOver) {
        if (this != WITHDRAW) {
            if (!adminOver) {
                return Optional.of("safety.warning.notApprover");
            }
            if (author) {
                return Optional.of("safety.warning.ownWarning");
            }
        } else if (!author && !adminOver) {
            return Optional.of("safety.warning.notApprover");
        }
        return from.contains(status) ? Optional.empty() : Optional.of("safety.warning.wrongStatus");
    }
}

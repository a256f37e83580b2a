package org.hoiso.safety;

import java.util.Optional;
import java.util.Set;

/**
 * The steps of a referral once made (making one is {@link CaseStep#WORK} plus the consent rule in {@link Cases}):
 * a referral made without the matching consent waits for a second case worker who sees the case and is not the one
 * who asked (CONFIRM); the owner records the service's answer (ACCEPT, DECLINE) or cancels it.
 */
enum ReferralStep {
    CONFIRM(Set.of(ReferralStatus.AWAITING_CONFIRMATION), ReferralStatus.SENT), ACCEPT(Set.of(ReferralStatus.SENT),
            ReferralStatus.ACCEPTED), DECLINE(Set.of(ReferralStatus.SENT), ReferralStatus.DECLINED), CANCEL(
                    Set.of(ReferralStatus.AWAITING_CONFIRMATION, ReferralStatus.SENT), ReferralStatus.CANCELLED);

    private final Set<ReferralStatus> from;
    private final ReferralStatus to;

    ReferralStep(Set<ReferralStatus> from, ReferralStatus to) {
        this.from = from;
        this.to = to;
    }

    ReferralStatus to() {
        return to;
    }

    /**
     * The refusal, or empty: {@code owner} is whether she owns the case, {@code requester} whether she asked for
     * this referral.
     */
    Optional<String> refusal(ReferralStatus status, boolean owner, boolean requester) {
        if (this == CONFIRM && requester) {
            return Optional.of("safety.referral.secondWorker");
        }
        if (this != CONFIRM && !owner) {
            return Optional.of("safety.case.notOwner");
        }
        if (!from.contains(status)) {
            return Optional.of("safety.referral.wrongStatus");
        }
        return Optional.empty();
    }
}

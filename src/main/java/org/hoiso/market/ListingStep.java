package org.hoiso.market;

import java.util.List;
import java.util.Set;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;

/**
 * Who may move a shop or a product where, in one place. An officer of the commune (or above) approves a
 * pending or hidden listing, or hides a pending or published one with a reason the seller sees. When the seller
 * edits a hidden listing, it goes back to the officers ({@link #RESUBMIT}); so does a published shop whose bank
 * account changes, since buyers would pay into the new one. Other edits of a published listing keep it shown.
 */
public enum ListingStep {
    APPROVE(Set.of(ListingStatus.PENDING, ListingStatus.HIDDEN), ListingStatus.PUBLISHED, false), HIDE(
            Set.of(ListingStatus.PENDING, ListingStatus.PUBLISHED), ListingStatus.HIDDEN,
            true), RESUBMIT(Set.of(ListingStatus.HIDDEN, ListingStatus.PUBLISHED), ListingStatus.PENDING, false);

    static final int MAX_REASON = 1000;

    private final Set<ListingStatus> from;
    private final ListingStatus to;
    private final boolean needsReason;

    ListingStep(Set<ListingStatus> from, ListingStatus to, boolean needsReason) {
        this.from = from;
        this.to = to;
        this.needsReason = needsReason;
    }

    public boolean allowedFrom(ListingStatus status) {
        return from.contains(status);
    }

    public ListingStatus to() {
        return to;
    }

    /**
     * The status after this step, or the refusal: {@code market.step.notAllowed} (conflict) from a status it does
     * not leave, {@code market.reason.required} (invalid) for a hide without a reason or with one too long.
     */
    public ListingStatus apply(ListingStatus status, String reason) {
        if (!allowedFrom(status)) {
            throw DomainException.conflict("market.step.notAllowed");
        }
        if (needsReason && (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON)) {
            throw DomainException.invalid(List.of(FieldProblem.of("reason", "market.reason.required", MAX_REASON)));
        }
        return to;
    }

    /** The step a seller's edit takes, or null when the listing keeps its status. */
    static ListingStep onEdit(ListingStatus status, boolean bankAccountChanged) {
        if (status == ListingStatus.HIDDEN || status == ListingStatus.PUBLISHED && bankAccountChanged) {
            return RESUBMIT;
        }
        return null;
    }
}

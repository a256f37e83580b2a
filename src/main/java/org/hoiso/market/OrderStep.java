package org.hoiso.market;

import java.util.List;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;

/**
 * The seller's steps on an order, in one place: who may move it where. She marks it paid once (before or after
 * delivery: cash on delivery is paid last), shipped (or ready at the pickup point) while placed or paid, delivered
 * once shipped, or cancelled with a reason the buyer sees while it is not yet shipped (the stock goes back).
 * Delivered and cancelled orders end there.
 */
public enum OrderStep {
    PAY, SHIP, DELIVER, CANCEL;

    static final int MAX_REASON = 500;

    public boolean allowed(OrderStatus status, boolean paid) {
        return switch (this) {
            case PAY -> status != OrderStatus.CANCELLED && !paid;
            case SHIP -> status == OrderStatus.PLACED || status == OrderStatus.PAID;
            case DELIVER -> status == OrderStatus.SHIPPED;
            case CANCEL -> status == OrderStatus.PLACED || status == OrderStatus.PAID;
        };
    }

    /** The status after the step (paying a shipped or delivered order leaves its status as it is). */
    public OrderStatus next(OrderStatus status) {
        return switch (this) {
            case PAY -> status == OrderStatus.PLACED ? OrderStatus.PAID : status;
            case SHIP -> OrderStatus.SHIPPED;
            case DELIVER -> OrderStatus.DELIVERED;
            case CANCEL -> OrderStatus.CANCELLED;
        };
    }

    /**
     * The status after the step, or the refusal: {@code market.order.stepNotAllowed} (conflict), or
     * {@code market.reason.required} (invalid) for a cancellation without a reason.
     */
    public OrderStatus apply(OrderStatus status, boolean paid, String reason) {
        if (!allowed(status, paid)) {
            throw DomainException.conflict("market.order.stepNotAllowed");
        }
        if (this == CANCEL && (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON)) {
            throw DomainException.invalid(List.of(FieldProblem.of("reason", "market.reason.required", MAX_REASON)));
        }
        return next(status);
    }

    /** The steps a seller may take now, for the buttons of the order's page. */
    static List<OrderStep> open(OrderStatus status, boolean paid) {
        return List.of(values()).stream().filter(s -> s.allowed(status, paid)).toList();
    }
}

package org.hoiso.market;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An order (đơn hàng) with its lines and steps. The buyer's name and phone are personal data: the services give
 * them only to the shop's managers (masked in lists) and to the buyer holding the order's key.
 */
public record Order(long id, String code, long shopId, String shopName, String buyerName, String buyerPhone,
        Long deliveryUnitId, String deliveryName, Long pickupId, String pickupLabel, String address, String note, long total,
        OrderStatus status, OffsetDateTime paidAt, String cancelReason, OffsetDateTime createdAt, int version,
        List<Line> lines, List<Event> events) {

    public Order {
        lines = List.copyOf(lines);
        events = List.copyOf(events);
    }

    public record Line(long productId, long variantId, String name, int quantity, long unitPrice) {
        public long amount() {
            return unitPrice * quantity;
        }
    }

    /** One step: the status it led to, whether it was the payment, why (a cancellation), who and when. */
    public record Event(OrderStatus status, boolean paid, String reason, String actor, OffsetDateTime at) {
    }

    public boolean paid() {
        return paidAt != null;
    }

    /** Whether the buyer should still pay (the VietQR code is shown). */
    public boolean payable() {
        return !paid() && status != OrderStatus.CANCELLED;
    }

    public List<OrderStep> openSteps() {
        return OrderStep.open(status, paid());
    }

    public boolean cancellable() {
        return OrderStep.CANCEL.allowed(status, paid());
    }

    public String maskedBuyerName() {
        return MarketText.maskName(buyerName);
    }

    public String maskedBuyerPhone() {
        return MarketText.maskPhone(buyerPhone);
    }

    /** The order as a list shows it to managers: buyer's name and phone masked, no address or note. */
    public Order masked() {
        return new Order(id, code, shopId, shopName, maskedBuyerName(), maskedBuyerPhone(), deliveryUnitId, deliveryName,
                pickupId, pickupLabel, null, null, total, status, paidAt, cancelReason, createdAt, version, lines, events);
    }
}

package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hoiso.platform.web.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may move an order where: one table of every step from every status, paid or not. */
class OrderStepTest {

    @ParameterizedTest(name = "{0} from {1} (paid {2}): {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            PAY     | PLACED    | false | PAID
            PAY     | PLACED    | true  | -
            PAY     | SHIPPED   | false | SHIPPED
            PAY     | DELIVERED | false | DELIVERED
            PAY     | CANCELLED | false | -
            SHIP    | PLACED    | false | SHIPPED
            SHIP    | PAID      | true  | SHIPPED
            SHIP    | SHIPPED   | false | -
            SHIP    | DELIVERED | true  | -
            SHIP    | CANCELLED | false | -
            DELIVER | SHIPPED   | false | DELIVERED
            DELIVER | PLACED    | false | -
            DELIVER | PAID      | true  | -
            DELIVER | DELIVERED | true  | -
            CANCEL  | PLACED    | false | CANCELLED
            CANCEL  | PAID      | true  | CANCELLED
            CANCEL  | SHIPPED   | false | -
            CANCEL  | DELIVERED | true  | -
            CANCEL  | CANCELLED | false | -
            """)
    void eachStepLeavesOnlyTheStatusesItLeaves(OrderStep step, OrderStatus from, boolean paid, OrderStatus to) {
        assertThat(step.allowed(from, paid)).isEqualTo(to != null);
        if (to != null) {
            assertThat(step.apply(from, paid, "hết hàng")).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> step.apply(from, paid, "hết hàng")).isInstanceOf(DomainException.class)
                    .hasMessage("market.order.stepNotAllowed");
        }
    }

    @Test
    void aCancellationNeedsAReasonTheBuyerWillSee() {
        assertThatThrownBy(() -> OrderStep.CANCEL.apply(OrderStatus.PLACED, false, "  ")).isInstanceOf(DomainException.class)
                .satisfies(
                        e -> assertThat(((DomainException) e).fieldProblems().get(0).code()).isEqualTo("market.reason.required"));
    }

    @Test
    void aPlacedUnpaidOrderOffersEveryStepButDelivery() {
        assertThat(OrderStep.open(OrderStatus.PLACED, false)).containsExactly(OrderStep.PAY, OrderStep.SHIP, OrderStep.CANCEL);
        assertThat(OrderStep.open(OrderStatus.DELIVERED, true)).isEmpty();
    }
}

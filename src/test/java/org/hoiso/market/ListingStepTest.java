package org.hoiso.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hoiso.platform.web.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may move a shop or a product where: approving, hiding with a reason, a seller's edit. */
class ListingStepTest {

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            APPROVE  | PENDING   | PUBLISHED
            APPROVE  | HIDDEN    | PUBLISHED
            APPROVE  | PUBLISHED | -
            HIDE     | PENDING   | HIDDEN
            HIDE     | PUBLISHED | HIDDEN
            HIDE     | HIDDEN    | -
            RESUBMIT | HIDDEN    | PENDING
            RESUBMIT | PUBLISHED | PENDING
            RESUBMIT | PENDING   | -
            """)
    void eachStepLeavesOnlyTheStatusesItLeaves(ListingStep step, ListingStatus from, ListingStatus to) {
        if (to != null) {
            assertThat(step.apply(from, "ảnh không đúng sản phẩm")).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> step.apply(from, "ảnh không đúng sản phẩm")).isInstanceOf(DomainException.class)
                    .hasMessage("market.step.notAllowed");
        }
    }

    @ParameterizedTest(name = "hiding with reason \"{0}\" is refused")
    @CsvSource(nullValues = "null", value = {"null", "''", "'   '"})
    void hidingNeedsAReason(String reason) {
        assertThatThrownBy(() -> ListingStep.HIDE.apply(ListingStatus.PUBLISHED, reason)).isInstanceOf(DomainException.class)
                .hasMessage("error.validation");
    }

    @ParameterizedTest(name = "an edit of a {0} listing (bank changed: {1}) → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            PENDING   | false | -
            PENDING   | true  | -
            PUBLISHED | false | -
            PUBLISHED | true  | RESUBMIT
            HIDDEN    | false | RESUBMIT
            """)
    void anEditGoesBackToTheOfficersWhenHiddenOrWhenBuyersWouldPayElsewhere(ListingStatus status, boolean bankChanged,
            ListingStep step) {
        assertThat(ListingStep.onEdit(status, bankChanged)).isEqualTo(step);
    }
}

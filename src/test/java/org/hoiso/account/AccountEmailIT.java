package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class AccountEmailIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    Accounts accounts;

    @Test
    void sheSetsAndRemovesHerOwnAddressForNotices() {
        Fixtures.Officer lan = fixtures.officer(Places.BA_DINH);
        assertThat(accounts.email(lan.caller().userId())).isEmpty();
        accounts.changeOwnEmail(lan.caller(), "  lan.nguyen@badinh.example.vn ");
        assertThat(accounts.email(lan.caller().userId())).contains("lan.nguyen@badinh.example.vn");
        accounts.changeOwnEmail(lan.caller(), " ");
        assertThat(accounts.email(lan.caller().userId())).isEmpty();
    }

    @Test
    void anAddressWithoutADomainIsRefusedAndNothingChanges() {
        Fixtures.Officer lan = fixtures.officer(Places.BA_DINH);
        accounts.changeOwnEmail(lan.caller(), "lan@badinh.example.vn");
        assertThatThrownBy(() -> accounts.changeOwnEmail(lan.caller(), "lan@localhost"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::code).containsExactly("account.email.invalid"));
        assertThat(accounts.email(lan.caller().userId())).contains("lan@badinh.example.vn");
    }
}

package org.hoiso.account;

import java.util.Optional;
import org.hoiso.platform.security.AccountStanding;
import org.springframework.stereotype.Component;

/** The account module's answer to the platform's question on every request of an open session. */
@Component
class AccountStandings implements AccountStanding {

    private final AccountRepository accounts;

    AccountStandings(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Standing> of(long userId) {
        return accounts.standing(userId).map(s -> new Standing(s.enabled(), s.securityStamp(), s.mustChangePassword()));
    }
}

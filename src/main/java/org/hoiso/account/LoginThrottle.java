package org.hoiso.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for {@code hoiso.security.lockout-minutes} after
 * {@code hoiso.security.max-failed-logins} wrong passwords in a row, through the form and the API alike. The
 * lock is set and checked on the application's clock.
 */
@Component
class LoginThrottle {

    private final AccountRepository accounts;
    private final int maxFailures;
    private final int lockMinutes;
    private final Clock clock;

    LoginThrottle(AccountRepository accounts, AccountProperties settings, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = settings.security().maxFailedLogins();
        this.lockMinutes = settings.security().lockoutMinutes();
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(String.valueOf(event.getAuthentication().getName()), maxFailures, lockMinutes,
                OffsetDateTime.now(clock));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
    }
}

package org.hoiso.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for {@code hoiso.security.lockout-minutes} after
 * {@code hoiso.security.max-failed-logins} wrong passwords in a row, through the form and the API alike.
 */
@Component
class LoginThrottle {

    private final AccountRepository accounts;
    private final int maxFailures;
    private final int lockMinutes;

    LoginThrottle(AccountRepository accounts, @Value("${hoiso.security.max-failed-logins:5}") int maxFailures,
                  @Value("${hoiso.security.lockout-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(String.valueOf(event.getAuthentication().getName()), maxFailures, lockMinutes);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
    }
}

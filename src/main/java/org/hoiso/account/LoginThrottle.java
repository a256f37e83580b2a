package org.hoiso.account;

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

    LoginThrottle(AccountRepository accounts, AccountProperties settings) {
        this.accounts = accounts;
        this.maxFailures = settings.security().maxFailedLogins();
        this.lockMinutes = settings.security().lockoutMinutes();
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

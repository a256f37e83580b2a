package org.hoiso.platform.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed sign-ins from the client's address: refused before any password is hashed. The API answers 429
 * with {@code Retry-After}, the login page says to wait.
 */
public class SignInThrottledException extends AuthenticationException {

    private final long retryAfterSeconds;

    public SignInThrottledException(long retryAfterSeconds) {
        super("too many failed sign-ins from this address");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

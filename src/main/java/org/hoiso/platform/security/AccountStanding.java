package org.hoiso.platform.security;

import java.util.Optional;

/**
 * Whether an account may still act, read on every request of an open session (the account module implements it;
 * the platform depends on no other module). A disabled account, or one whose stamp moved on since the session
 * signed in (disabled, reset, role or unit changed), ends the session at once; an account that must change its
 * one-time password may do nothing else.
 */
public interface AccountStanding {

    record Standing(boolean enabled, long stamp, boolean mustChangePassword) {
    }

    /** The account's standing now; empty when there is no such account. */
    Optional<Standing> of(long userId);
}

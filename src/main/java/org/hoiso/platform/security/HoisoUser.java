package org.hoiso.platform.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The authenticated principal: Spring Security's user plus the {@link Caller}, the account's security stamp at
 * sign-in (an open session whose stamp is no longer the account's ends, see {@link AccountStanding}) and whether she
 * must first change a one-time password.
 */
public class HoisoUser extends User {

    /** The stamp of a principal that was not loaded from the account's row: only whether it is enabled is checked. */
    public static final long UNCHECKED = -1;

    private final Caller caller;
    private final long stamp;
    private final boolean mustChangePassword;

    public HoisoUser(Caller caller, String passwordHash, boolean enabled, boolean accountNonLocked,
            Collection<? extends GrantedAuthority> authorities) {
        this(caller, passwordHash, enabled, accountNonLocked, authorities, UNCHECKED, false);
    }

    public HoisoUser(Caller caller, String passwordHash, boolean enabled, boolean accountNonLocked,
            Collection<? extends GrantedAuthority> authorities, long stamp, boolean mustChangePassword) {
        super(caller.username(), passwordHash, enabled, true, true, accountNonLocked, authorities);
        this.caller = caller;
        this.stamp = stamp;
        this.mustChangePassword = mustChangePassword;
    }

    public Caller caller() {
        return caller;
    }

    public long stamp() {
        return stamp;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}

package org.hoiso.platform.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The authenticated principal: Spring Security's user plus the {@link Caller}. */
public class HoisoUser extends User {

    private final Caller caller;

    public HoisoUser(Caller caller, String passwordHash, boolean enabled, boolean accountNonLocked,
            Collection<? extends GrantedAuthority> authorities) {
        super(caller.username(), passwordHash, enabled, true, true, accountNonLocked, authorities);
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }
}

package org.hoiso.platform.security;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A member signed in through OpenID Connect (VNeID or another provider). It is a {@link HoisoUser}, so
 * every controller's {@link Caller} argument and every page read her exactly as for a password login; it is
 * also an {@link OidcUser}, which Spring Security's OAuth2 login requires of the principal. No password:
 * the provider authenticated her.
 */
public class HoisoOidcUser extends HoisoUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    public HoisoOidcUser(Caller caller, OidcIdToken idToken, OidcUserInfo userInfo,
            Collection<? extends GrantedAuthority> authorities) {
        super(caller, "", true, true, authorities);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    /** Her hoiso user name, so the audit log and the header name her as a password login would. */
    @Override
    public String getName() {
        return getUsername();
    }
}

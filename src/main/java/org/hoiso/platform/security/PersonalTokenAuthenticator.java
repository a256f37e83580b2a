package org.hoiso.platform.security;

import java.util.Optional;

/**
 * Personal API tokens ({@code Authorization: Bearer hsu_…}): an officer's scripts act as her, within her own role
 * assignments, verified with one indexed read instead of a bcrypt per request. The account module stores them and
 * implements this; the platform's API chain calls it.
 */
public interface PersonalTokenAuthenticator {

    /** Every personal token starts so; partner tokens start with {@code hs_}. */
    String PREFIX = "hsu_";

    /** The account the token acts as, or empty when the token is unknown, revoked or expired or the account disabled. */
    Optional<HoisoUser> authenticate(String presented);
}

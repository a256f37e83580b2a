package org.hoiso.platform.security;

import java.time.Instant;

/**
 * Checks the API tokens partner systems send as {@code Authorization: Bearer hs_…} and records their
 * use. The platform's API chain calls it; the account module, which stores the tokens, implements it
 * (the platform depends on no other module).
 */
public interface ApiTokenAuthenticator {

    enum Status {
        VALID, UNKNOWN, REVOKED, EXPIRED
    }

    /** A valid token: it reads the subtree of {@code unitId} and nothing else. */
    record ApiToken(long id, String prefix, String name, long unitId, Instant lastUsedAt) {
    }

    /** The answer for a presented token; {@code token} is set only when {@link Status#VALID}. */
    record Verdict(Status status, ApiToken token) {

        public static Verdict valid(ApiToken token) {
            return new Verdict(Status.VALID, token);
        }

        public static Verdict refused(Status status) {
            return new Verdict(status, null);
        }
    }

    /** Never throws for a wrong, revoked or expired token: the verdict says which. */
    Verdict verify(String presented);

    /**
     * Writes the audit entry of one request made with the token (the caller is already the token's
     * principal) and refreshes its last use now and then.
     */
    void recordUse(ApiToken token, String detail);
}

package org.hoiso.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.ApiTokenAuthenticator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The account module's side of Bearer authentication: looks a token up by its hash and audits its use. */
@Component
class ApiTokenVerifier implements ApiTokenAuthenticator {

    /** last_used_at is for "is this token still in use?", so minute precision is plenty and spares a write per request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final int AUDIT_TIMEOUT_MILLIS = 2_000;

    private final ApiTokenRepository tokens;
    private final Audit audit;
    private final Clock clock;

    ApiTokenVerifier(ApiTokenRepository tokens, Audit audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Verdict verify(String presented) {
        if (!ApiTokenSecret.wellFormed(presented)) {
            return Verdict.refused(Status.UNKNOWN);
        }
        return tokens.findByHash(ApiTokenSecret.hashOf(presented)).map(t -> {
            if (t.revokedAt() != null) {
                return Verdict.refused(Status.REVOKED);
            }
            if (!t.expiresAt().toInstant().isAfter(clock.instant())) {
                return Verdict.refused(Status.EXPIRED);
            }
            Instant lastUsed = t.lastUsedAt() == null ? null : t.lastUsedAt().toInstant();
            return Verdict.valid(new ApiToken(t.id(), t.prefix(), t.name(), t.unitId(), lastUsed));
        }).orElse(Verdict.refused(Status.UNKNOWN));
    }

    @Override
    @Transactional
    public void recordUse(ApiToken token, String detail) {
        tokens.limitStatementTime(AUDIT_TIMEOUT_MILLIS);
        audit.record(Audit.Action.API_READ, "api_token", token.id(), token.unitId(), detail);
        Instant now = clock.instant();
        if (token.lastUsedAt() == null || token.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
            tokens.touch(token.id(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        }
    }
}

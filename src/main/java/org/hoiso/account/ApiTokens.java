package org.hoiso.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens (mã truy cập API) for partner systems. Only administrators manage them, and only within
 * the subtrees they administer: a provincial administrator cannot make a national token. A token
 * reads its unit's subtree as a viewer would (see ApiTokenVerifier and the platform's ApiTokenFilter).
 */
@Service
@Transactional
public class ApiTokens {

    public static final int DEFAULT_VALID_DAYS = 365;
    public static final int MAX_VALID_DAYS = 730;

    public enum Status {
        ACTIVE, EXPIRED, REVOKED
    }

    /** {@code validDays} empty means {@value #DEFAULT_VALID_DAYS}. */
    public record NewToken(String name, Long unitId, Integer validDays) {
    }

    /** The answer to a creation: the only time {@code token} is ever shown. */
    public record CreatedToken(long id, String name, String prefix, long unitId, OffsetDateTime expiresAt, String token) {
    }

    public record TokenSummary(long id, String name, String prefix, long unitId, String unitName, String createdBy,
            OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt, String revokedBy, Status status) {
    }

    private final ApiTokenRepository tokens;
    private final OrgUnits units;
    private final Audit audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, OrgUnits units, Audit audit, Clock clock) {
        this.tokens = tokens;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public CreatedToken create(Caller caller, NewToken t) {
        Caller admin = administered(caller);
        List<FieldProblem> problems = new ArrayList<>();
        String name = VietnameseText.clean(t.name());
        if (name == null || name.isEmpty() || name.length() > 100) {
            problems.add(FieldProblem.of("name", "token.name.invalid"));
        }
        int days = t.validDays() == null ? DEFAULT_VALID_DAYS : t.validDays();
        if (days < 1 || days > MAX_VALID_DAYS) {
            problems.add(FieldProblem.of("validDays", "token.validDays.invalid", MAX_VALID_DAYS));
        }
        if (t.unitId() == null) {
            problems.add(FieldProblem.of("unitId", "error.field.required"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        Subtree subtree = units.writable(admin, t.unitId());
        ApiTokenSecret secret = ApiTokenSecret.generate();
        OffsetDateTime expires = now().plus(Duration.ofDays(days));
        long id = tokens.insert(name, subtree.unitId(), secret.prefix(), secret.hash(), caller.username(), expires);
        audit.record(Audit.Action.TOKEN, "api_token", id, subtree.unitId(), "create " + secret.prefix() + " " + name);
        return new CreatedToken(id, name, secret.prefix(), subtree.unitId(), expires, secret.reveal());
    }

    /** Tokens of the unit's subtree; without a unit, of the first subtree the caller administers. */
    @Transactional(readOnly = true)
    public List<TokenSummary> inSubtree(Caller caller, Long unitId) {
        Subtree subtree = units.writable(administered(caller), unitId != null ? unitId : homeUnit(caller));
        return tokens.inSubtree(subtree.path()).stream().map(this::summary).toList();
    }

    /** Revokes at once; revoking a revoked token changes nothing. */
    public TokenSummary revoke(Caller caller, long id) {
        Caller admin = administered(caller);
        ApiTokenRepository.TokenRow row = tokens.find(id)
                .orElseThrow(() -> DomainException.notFound("token.notFound", Long.toString(id)));
        units.writable(admin, row.unitId());
        if (tokens.revoke(id, caller.username(), now())) {
            audit.record(Audit.Action.TOKEN, "api_token", id, row.unitId(), "revoke " + row.prefix() + " " + row.name());
        }
        return summary(tokens.find(id).orElseThrow());
    }

    /** 403 unless the caller administers the unit (404 if there is no such unit). */
    @Transactional(readOnly = true)
    public void requireAdministers(Caller caller, long unitId) {
        units.writable(administered(caller), unitId);
    }

    /** The unit the caller administers first: the default of the page and of the list. */
    public long homeUnit(Caller caller) {
        return administered(caller).assignments().get(0).unitId();
    }

    /** The caller reduced to her administrator assignments: an officer role elsewhere gives no say over tokens. */
    private static Caller administered(Caller caller) {
        List<Caller.Assignment> admin = caller.assignments().stream().filter(a -> a.role() == Caller.Role.ADMIN).toList();
        if (admin.isEmpty()) {
            throw DomainException.forbidden("token.adminOnly");
        }
        return new Caller(caller.userId(), caller.username(), caller.displayName(), admin);
    }

    private TokenSummary summary(ApiTokenRepository.TokenRow r) {
        Status status = r.revokedAt() != null ? Status.REVOKED : r.expiresAt().isAfter(now()) ? Status.ACTIVE : Status.EXPIRED;
        return new TokenSummary(r.id(), r.name(), r.prefix(), r.unitId(), r.unitName(), r.createdBy(), r.createdAt(),
                r.expiresAt(), r.lastUsedAt(), r.revokedAt(), r.revokedBy(), status);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

package org.hoiso.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.platform.security.PersonalTokenAuthenticator;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (mã truy cập cá nhân) for an officer's scripts: {@code Authorization: Bearer hsu_…} acts as
 * her, with her own role assignments as they are at each request, on every API path but those managing accounts and
 * tokens. Shown once, only the SHA-256 kept, revocable; they stop at once when her account is disabled. A request
 * costs one indexed read where HTTP Basic costs a bcrypt.
 */
@Service
@Transactional
public class PersonalTokens implements PersonalTokenAuthenticator {

    public static final int DEFAULT_VALID_DAYS = 90;
    public static final int MAX_VALID_DAYS = 365;
    private static final Pattern FORMAT = Pattern.compile("hsu_[A-Za-z0-9_-]{43}");
    private static final int SHOWN_CHARS = 12;
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    public record NewToken(String name, Integer validDays) {
    }

    /** The answer to a creation: the only time {@code token} is ever shown. */
    public record CreatedToken(long id, String name, String prefix, OffsetDateTime expiresAt, String token) {
    }

    public record TokenSummary(long id, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, boolean active) {
    }

    private final PersonalTokenRepository tokens;
    private final AccountRepository accounts;
    private final AccountUserDetailsService users;
    private final Audit audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PersonalTokens(PersonalTokenRepository tokens, AccountRepository accounts, AccountUserDetailsService users, Audit audit,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public CreatedToken create(Caller caller, NewToken t) {
        officer(caller);
        List<FieldProblem> problems = new ArrayList<>();
        String name = VietnameseText.clean(t == null ? null : t.name());
        if (name == null || name.isEmpty() || name.length() > 100) {
            problems.add(FieldProblem.of("name", "token.name.invalid"));
        }
        int days = t == null || t.validDays() == null ? DEFAULT_VALID_DAYS : t.validDays();
        if (days < 1 || days > MAX_VALID_DAYS) {
            problems.add(FieldProblem.of("validDays", "token.validDays.invalid", MAX_VALID_DAYS));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String prefix = secret.substring(0, SHOWN_CHARS);
        OffsetDateTime expires = now().plusDays(days);
        long id = tokens.insert(caller.userId(), name, prefix, AttemptCounters.hash(secret), expires);
        audit.record(Audit.Action.TOKEN, "personal_token", id, null, "create " + prefix + " " + name);
        return new CreatedToken(id, name, prefix, expires, secret);
    }

    @Transactional(readOnly = true)
    public List<TokenSummary> mine(Caller caller) {
        officer(caller);
        OffsetDateTime now = now();
        return tokens.of(caller.userId()).stream().map(r -> new TokenSummary(r.id(), r.name(), r.prefix(), r.createdAt(),
                r.expiresAt(), r.lastUsedAt(), r.revokedAt(), r.revokedAt() == null && r.expiresAt().isAfter(now))).toList();
    }

    /** Revokes one of her own tokens at once; someone else's is "not found". */
    public TokenSummary revoke(Caller caller, long id) {
        officer(caller);
        if (!tokens.exists(id, caller.userId())) {
            throw DomainException.notFound("token.notFound", Long.toString(id));
        }
        if (tokens.revoke(id, caller.userId(), now())) {
            audit.record(Audit.Action.TOKEN, "personal_token", id, null, "revoke");
        }
        return mine(caller).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Override
    public Optional<HoisoUser> authenticate(String presented) {
        if (presented == null || !FORMAT.matcher(presented).matches()) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        return tokens.usable(AttemptCounters.hash(presented), now).flatMap(t -> {
            if (t.lastUsedAt() == null || t.lastUsedAt().plus(TOUCH_EVERY).isBefore(now)) {
                tokens.touch(t.id(), now);
            }
            return accounts.findById(t.userId()).map(users::load);
        });
    }

    /** Tokens are for officers' scripts: an account with role assignments. */
    private static void officer(Caller caller) {
        if (caller.isMember() || caller.assignments().isEmpty() || caller.userId() <= 0) {
            throw DomainException.forbidden("token.personal.officersOnly");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

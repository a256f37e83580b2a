package org.hoiso.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.hoiso.member.Member;
import org.hoiso.member.MemberRegistry;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.PhoneNumber;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' own accounts. An officer of her unit prints an invitation (a one-time code that expires);
 * she types it, her phone number and a password, and from then on signs in with phone and password.
 */
@Service
@Transactional(readOnly = true)
public class MemberInvitations {

    /** Letters and digits that cannot be mistaken for one another on paper (no 0/O, 1/I/L). */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int CODE_LENGTH = 10;

    private final MemberLoginRepository logins;
    private final AccountRepository accounts;
    private final MemberRegistry members;
    private final PasswordEncoder encoder;
    private static final Duration TRY_WINDOW = Duration.ofMinutes(10);

    private final AttemptCounters tries;
    private final int perAddress;
    private final int perCode;
    private final Audit audit;
    private final Clock clock;
    private final int validDays;
    private final SecureRandom random = new SecureRandom();

    MemberInvitations(MemberLoginRepository logins, AccountRepository accounts, MemberRegistry members, PasswordEncoder encoder,
            AttemptCounters tries, Audit audit, Clock clock, AccountProperties settings) {
        this.logins = logins;
        this.accounts = accounts;
        this.members = members;
        this.encoder = encoder;
        this.tries = tries;
        this.perAddress = settings.members().codeAttempts();
        this.perCode = settings.members().codeAttemptsPerCode();
        this.audit = audit;
        this.clock = clock;
        this.validDays = settings.members().invitationDays();
    }

    /** A printed invitation: the code is shown this once. */
    public record Invitation(long memberId, String memberName, String unitName, String code, OffsetDateTime expiresAt,
            boolean replacedEarlier, boolean alreadyActive) {
    }

    /** What the code's page shows before she chooses her password: enough to know it is hers, no more. */
    public record Preview(String maskedName, String unitName, OffsetDateTime expiresAt) {
    }

    /** Issues a new invitation (an earlier unused one stops working). The member must be in the officer's reach. */
    @Transactional
    public Invitation issue(Caller caller, long memberId) {
        Member m = members.forInvitation(caller, memberId);
        boolean replaced = logins.revokeOpen(memberId) > 0;
        String code = newCode();
        OffsetDateTime expires = OffsetDateTime.now(clock).plusDays(validDays);
        long id = logins.insert(memberId, hash(code), caller.username(), expires);
        audit.record(Audit.Action.ACCOUNT, "member_invitation", id, m.unitId(), "invitation for member " + memberId);
        return new Invitation(memberId, m.fullName(), m.unitName(), format(code), expires, replaced,
                logins.userOf(memberId).isPresent());
    }

    /** Checks a code (counted against the client's tries) and says whose it is, partly masked. */
    public Preview preview(String code, String clientKey) {
        MemberLoginRepository.Invitation inv = usable(code, clientKey, false);
        MemberRegistry.Ref m = members.refOf(inv.memberId());
        return new Preview(VietnameseText.initials(m.fullName()), m.unitName(), inv.expiresAt());
    }

    /** Her account, made: and whether the registry holds another phone for her than the one she signs in with. */
    public record Activation(long userId, boolean registryHasOtherPhone) {
    }

    /**
     * Creates her account from a valid code: her phone is her user name. One code, one account. A member who already
     * has a login and forgot her password asks her branch for a new invitation: activating it sets her new password
     * (and her new phone, if she changed it) on that same login, unlocks it and ends her other sessions.
     */
    @Transactional
    public long activate(String code, String phone, String password, String clientKey) {
        return join(code, phone, password, clientKey).userId();
    }

    /** {@link #activate}, also saying whether the phone she chose differs from the one her record holds. */
    @Transactional
    public Activation join(String code, String phone, String password, String clientKey) {
        List<FieldProblem> problems = new ArrayList<>();
        MemberLoginRepository.Invitation inv = usable(code, clientKey, true);
        Long existing = logins.userOf(inv.memberId()).orElse(null);
        String normalised = PhoneNumber.normalise(phone == null ? "" : phone).orElse(null);
        if (normalised == null) {
            problems.add(FieldProblem.of("phone", "join.phone.invalid"));
        } else if (accounts.findByUsername(normalised).filter(a -> !Long.valueOf(a.id()).equals(existing)).isPresent()) {
            problems.add(FieldProblem.of("phone", "join.phone.taken"));
        }
        PasswordPolicy.check(password, normalised).ifPresent(r -> problems.add(PasswordPolicy.problem("password", r)));
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        MemberRegistry.Ref m = members.refOf(inv.memberId());
        if (!logins.markUsed(inv.id())) {
            throw DomainException.invalid(List.of(FieldProblem.of("code", "join.code.used")));
        }
        if (existing != null) {
            accounts.setUsername(existing, normalised);
            accounts.setPassword(existing, encoder.encode(password), false);
            audit.record(Audit.Action.ACCOUNT, "member_login", existing, m.unitId(),
                    "member " + inv.memberId() + " set a new password with a new invitation");
            return new Activation(existing, members.holdsOtherPhone(inv.memberId(), normalised));
        }
        long userId = accounts.insert(normalised, encoder.encode(password), m.fullName());
        logins.link(userId, inv.memberId());
        audit.record(Audit.Action.ACCOUNT, "member_login", userId, m.unitId(),
                "member " + inv.memberId() + " activated her account");
        return new Activation(userId, members.holdsOtherPhone(inv.memberId(), normalised));
    }

    /** The phone she signs in with (none before she activated) beside her record's, for an officer of her unit. */
    public record LoginPhone(long memberId, String memberName, String signsInWith, String registryPhone, boolean same) {
    }

    public LoginPhone loginPhone(Caller caller, long memberId) {
        Member m = members.forInvitation(caller, memberId);
        String login = logins.userOf(memberId).flatMap(accounts::findById).map(AccountRepository.Account::username).orElse(null);
        String registry = m.phone() == null || m.phone().isBlank() ? null : PhoneNumber.normalise(m.phone()).orElse(m.phone());
        return new LoginPhone(memberId, m.fullName(), login, registry, login != null && login.equals(registry));
    }

    /** What the page shows again after a refused activation, which already counted its try. */
    Preview previewAgain(String code) {
        String c = normalise(code);
        return c.length() != CODE_LENGTH ? null : logins.byCode(hash(c), false).map(inv -> {
            MemberRegistry.Ref m = members.refOf(inv.memberId());
            return new Preview(VietnameseText.initials(m.fullName()), m.unitName(), inv.expiresAt());
        }).orElse(null);
    }

    private MemberLoginRepository.Invitation usable(String code, String clientKey, boolean forUpdate) {
        String c = normalise(code);
        // per client address (behind a trusted proxy, the client's own) and per code, in PostgreSQL for every instance
        if (tries.hit("invitation/address", SignInPlace.addressKey(clientKey), TRY_WINDOW).hits() > perAddress) {
            throw DomainException.tooMany("join.code.tooManyTries");
        }
        if (c.length() == CODE_LENGTH && tries.hit("invitation/code", c, TRY_WINDOW).hits() > perCode) {
            throw DomainException.tooMany("join.code.tooManyTries");
        }
        if (c.length() != CODE_LENGTH) {
            throw DomainException.invalid(List.of(FieldProblem.of("code", "join.code.unknown")));
        }
        MemberLoginRepository.Invitation inv = logins.byCode(hash(c), forUpdate)
                .orElseThrow(() -> DomainException.invalid(List.of(FieldProblem.of("code", "join.code.unknown"))));
        if (inv.usedAt() != null) {
            throw DomainException.invalid(List.of(FieldProblem.of("code", "join.code.used")));
        }
        if (inv.revokedAt() != null) {
            throw DomainException.invalid(List.of(FieldProblem.of("code", "join.code.replaced")));
        }
        if (!inv.expiresAt().isAfter(OffsetDateTime.now(clock))) {
            throw DomainException.invalid(List.of(FieldProblem.of("code", "join.code.expired")));
        }
        return inv;
    }

    private String newCode() {
        StringBuilder b = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }

    /** As printed: two groups of five. */
    static String format(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** What she typed, as stored: upper case, without spaces or dashes. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    static String hash(String code) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}

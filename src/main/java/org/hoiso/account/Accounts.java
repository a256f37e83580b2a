package org.hoiso.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
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
 * Creating accounts. An officer may create officer and viewer accounts inside her own subtree;
 * only an administrator creates administrators.
 */
@Service
@Transactional
public class Accounts {

    public record NewAccount(String username, String password, String displayName, Caller.Role role, Long unitId) {
    }

    /** A row of the list: {@code lockedUntil} only while a lock lasts. */
    public record AccountSummary(long id, String username, String displayName, boolean enabled, String role,
            long unitId, String unitName, OffsetDateTime lockedUntil, boolean mustChangePassword, OffsetDateTime lastSignInAt) {
    }

    private final AccountRepository accounts;
    private final OrgUnits units;
    private final PasswordEncoder encoder;
    private final Audit audit;

    private final Clock clock;

    Accounts(AccountRepository accounts, OrgUnits units, PasswordEncoder encoder, Audit audit, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.units = units;
        this.encoder = encoder;
        this.audit = audit;
    }

    public long create(Caller caller, NewAccount a) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = VietnameseText.clean(a.username());
        if (username == null || !username.matches("[A-Za-z0-9._@-]{3,60}")) {
            problems.add(FieldProblem.of("username", "account.username.invalid"));
        } else if (PhoneNumber.normalise(username).isPresent()) {
            // Phone numbers are members' logins. Refused whether or not one exists, so that the answer never tells an
            // officer whether a phone number belongs to a member login (of her subtree or any other).
            problems.add(FieldProblem.of("username", "account.username.phone"));
        } else if (accounts.usernameTaken(username)) {
            problems.add(FieldProblem.of("username", "account.username.taken"));
        }
        PasswordPolicy.check(a.password(), username).ifPresent(r -> problems.add(PasswordPolicy.problem("password", r)));
        String display = VietnameseText.clean(a.displayName());
        if (display == null || display.isEmpty() || display.length() > 200) {
            problems.add(FieldProblem.of("displayName", "error.field.required"));
        }
        if (a.role() == null) {
            problems.add(FieldProblem.of("role", "error.field.required"));
        }
        if (a.unitId() == null) {
            problems.add(FieldProblem.of("unitId", "error.field.required"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        Subtree subtree = units.writable(caller, a.unitId());
        if (a.role() == Caller.Role.ADMIN && !AccountManagement.administers(units, caller, subtree.unitId())) {
            throw DomainException.forbidden("account.role.tooHigh");
        }
        long id = accounts.insert(username, encoder.encode(a.password()), display);
        accounts.assign(id, a.role(), subtree.unitId());
        audit.record(Audit.Action.ACCOUNT, "account", id, subtree.unitId(), a.role() + " " + username);
        return id;
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> inSubtree(Caller caller, long unitId) {
        Subtree subtree = units.writable(caller, unitId);
        return accounts.inSubtree(subtree.path()).stream()
                .map(r -> new AccountSummary(r.id(), r.username(), r.displayName(), r.enabled(), r.role(), r.unitId(),
                        r.unitName(), lockedNow(r.lockedUntil()), r.mustChangePassword(), r.lastSignInAt()))
                .toList();
    }

    private OffsetDateTime lockedNow(OffsetDateTime until) {
        return until != null && until.toInstant().isAfter(clock.instant()) ? until : null;
    }

    /** Her address for notices by e-mail, if she gave one. */
    @Transactional(readOnly = true)
    public Optional<String> email(long userId) {
        return accounts.email(userId);
    }

    /** She sets (or, with a blank, removes) her own address for notices by e-mail. */
    public void changeOwnEmail(Caller caller, String email) {
        String e = VietnameseText.clean(email);
        if (e != null && e.isEmpty()) {
            e = null;
        }
        if (e != null && (e.length() > 254 || !EMAIL.matcher(e).matches())) {
            throw DomainException.invalid(List.of(FieldProblem.of("email", "account.email.invalid")));
        }
        accounts.setEmail(caller.userId(), e);
        audit.record(Audit.Action.ACCOUNT, "account", caller.userId(), null, e == null ? "e-mail removed" : "e-mail changed");
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
}

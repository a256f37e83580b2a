package org.hoiso.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone changes her own password (đổi mật khẩu), her current one asked, the new one within the password policy;
 * it ends her other sessions. After a reset by the level above this is the only thing she can do. Wrong current
 * passwords count like wrong sign-ins: a stolen session cannot be used to guess the password.
 */
@Service
@Transactional
public class OwnPassword {

    private static final String WRONG_CURRENT = "password/current";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AttemptCounters counters;
    private final Audit audit;
    private final AccountProperties.Security limits;

    OwnPassword(AccountRepository accounts, PasswordEncoder encoder, AttemptCounters counters, Audit audit,
            AccountProperties settings) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.counters = counters;
        this.audit = audit;
        this.limits = settings.security();
    }

    /** Whether she signed in with a one-time password and must choose her own before anything else. */
    @Transactional(readOnly = true)
    public boolean mustChange(Caller caller) {
        return accounts.findById(caller.userId()).map(AccountRepository.Account::mustChangePassword).orElse(false);
    }

    public void change(Caller caller, String current, String next) {
        AccountRepository.Account a = accounts.findById(caller.userId())
                .orElseThrow(() -> DomainException.forbidden("account.password.noAccount"));
        if (a.username().startsWith("oidc:")) {
            // signed in through the identity provider: the account has no password she knows
            throw DomainException.forbidden("account.password.noAccount");
        }
        Duration window = Duration.ofMinutes(limits.lockoutMinutes());
        String key = Long.toString(a.id());
        if (counters.count(WRONG_CURRENT, key, window).hits() >= limits.maxFailedLogins()) {
            throw DomainException.tooMany("account.password.tooManyTries");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (current == null || !encoder.matches(current, a.passwordHash())) {
            counters.hit(WRONG_CURRENT, key, window);
            problems.add(FieldProblem.of("currentPassword", "account.password.currentWrong"));
        } else if (current.equals(next)) {
            problems.add(FieldProblem.of("newPassword", "account.password.same"));
        }
        PasswordPolicy.check(next, a.username()).ifPresent(r -> problems.add(PasswordPolicy.problem("newPassword", r)));
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        counters.clear(WRONG_CURRENT, key);
        accounts.setPassword(a.id(), encoder.encode(next), false);
        audit.record(Audit.Action.ACCOUNT, "account", a.id(), null,
                a.mustChangePassword() ? "one-time password replaced by her own" : "password changed by its owner");
    }
}

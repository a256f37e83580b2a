package org.hoiso.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The level above manages the accounts of its subtree (quản lý tài khoản): resets a password to a one-time password,
 * disables and re-enables, unlocks, changes role and unit. Who may: an officer or administrator whose writable units
 * include every unit the account holds a role on; an account holding an administrator role only by an administrator
 * of those units; never her own account (but unlocking), never a role above her own, never a unit outside her reach.
 * An account out of her reach is "not found", as if it did not exist. Every step is audited ({@code ACCOUNT}) and
 * ends the account's open sessions where it changes what the account may do.
 */
@Service
@Transactional
public class AccountManagement {

    public record Assignment(Caller.Role role, long unitId, String unitName) {
    }

    /** An account as the level above sees it; {@code lockedUntil} only while a lock lasts. */
    public record AccountView(long id, String username, String displayName, boolean enabled, OffsetDateTime lockedUntil,
            boolean mustChangePassword, OffsetDateTime lastSignInAt, List<Assignment> assignments) {
    }

    /** The answer to a reset: the one-time password, shown this once, to be given to her by phone or in person. */
    public record OneTimePassword(long accountId, String username, String oneTimePassword) {
    }

    /** The role and unit an account is to hold. */
    public record NewAssignment(Caller.Role role, Long unitId) {
    }

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final int ONE_TIME_LENGTH = 12;

    private final AccountRepository accounts;
    private final OrgUnits units;
    private final PasswordEncoder encoder;
    private final AttemptCounters counters;
    private final SignInPlaces places;
    private final Audit audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountManagement(AccountRepository accounts, OrgUnits units, PasswordEncoder encoder, AttemptCounters counters,
            SignInPlaces places, Audit audit, Clock clock) {
        this.accounts = accounts;
        this.units = units;
        this.encoder = encoder;
        this.counters = counters;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AccountView view(Caller caller, long id) {
        manageable(caller, id);
        return view(id);
    }

    /** A new one-time password: she signs in with it and can do nothing but choose her own. Her sessions end. */
    public OneTimePassword resetPassword(Caller caller, long id) {
        AccountRepository.Account a = manageable(caller, id);
        notHerself(caller, id);
        String password = oneTimePassword(a.username());
        accounts.setPassword(id, encoder.encode(password), true);
        audit.record(Audit.Action.ACCOUNT, "account", id, firstUnit(id),
                "password reset to a one-time password by the level above");
        return new OneTimePassword(id, a.username(), password);
    }

    /** Disabled: her open sessions are refused on their next request, HTTP Basic and her personal tokens stop. */
    public AccountView disable(Caller caller, long id) {
        manageable(caller, id);
        notHerself(caller, id);
        accounts.setEnabled(id, false);
        audit.record(Audit.Action.ACCOUNT, "account", id, firstUnit(id), "account disabled");
        return view(id);
    }

    public AccountView enable(Caller caller, long id) {
        manageable(caller, id);
        notHerself(caller, id);
        accounts.setEnabled(id, true);
        audit.record(Audit.Action.ACCOUNT, "account", id, firstUnit(id), "account enabled");
        return view(id);
    }

    /** Lifts a lock-out at once, for every place, and forgets the failures counted. */
    public AccountView unlock(Caller caller, long id) {
        manageable(caller, id);
        accounts.unlock(id);
        for (String place : places.of(id)) {
            counters.clear(PasswordSignIn.PLACE_FAILURES, id + ":" + place);
        }
        audit.record(Audit.Action.ACCOUNT, "account", id, firstUnit(id), "account unlocked");
        return view(id);
    }

    /**
     * Her roles become this one role on this unit. The unit must be in the caller's writable subtree; an administrator
     * role only from an administrator of that unit. Her sessions end, so she signs in again with the new role.
     */
    public AccountView changeAssignment(Caller caller, long id, NewAssignment to) {
        manageable(caller, id);
        notHerself(caller, id);
        if (to == null || to.role() == null || to.unitId() == null) {
            throw DomainException.badRequest("account.assignment.required");
        }
        Subtree target = units.writable(caller, to.unitId());
        if (to.role() == Caller.Role.ADMIN && !administers(units, caller, target.unitId())) {
            throw DomainException.forbidden("account.role.tooHigh");
        }
        String before = accounts.assignments(id).toString();
        accounts.replaceAssignments(id, to.role(), target.unitId());
        audit.record(Audit.Action.ACCOUNT, "account", id, target.unitId(),
                "role and unit changed from " + before + " to " + to.role() + " on unit " + target.unitId());
        return view(id);
    }

    /** Whether the caller holds an administrator role over the unit (a role elsewhere does not count). */
    static boolean administers(OrgUnits units, Caller caller, long unitId) {
        List<Caller.Assignment> admin = caller.assignments().stream().filter(a -> a.role() == Caller.Role.ADMIN).toList();
        return !admin.isEmpty()
                && units.canWrite(new Caller(caller.userId(), caller.username(), caller.displayName(), admin), unitId);
    }

    /**
     * The account if the caller may manage it: 403 for a caller who manages no accounts at all (a viewer, a member),
     * 404 for an account out of her reach or with no role (a member's own login), 403 for an administrator's account
     * managed by someone who is no administrator of its units.
     */
    private AccountRepository.Account manageable(Caller caller, long id) {
        if (caller.writableUnits().isEmpty()) {
            throw DomainException.forbidden("account.manage.forbidden");
        }
        List<Caller.Assignment> held = accounts.assignments(id);
        AccountRepository.Account a = accounts.findById(id).filter(x -> !held.isEmpty())
                .orElseThrow(() -> DomainException.notFound("account.notFound", Long.toString(id)));
        if (held.stream().anyMatch(h -> !units.canWrite(caller, h.unitId()))) {
            throw DomainException.notFound("account.notFound", Long.toString(id));
        }
        if (held.stream().anyMatch(h -> h.role() == Caller.Role.ADMIN && !administers(units, caller, h.unitId()))) {
            throw DomainException.forbidden("account.role.tooHigh");
        }
        return a;
    }

    private static void notHerself(Caller caller, long id) {
        if (caller.userId() == id) {
            throw DomainException.forbidden("account.notYourself");
        }
    }

    private Long firstUnit(long id) {
        return accounts.assignments(id).stream().map(Caller.Assignment::unitId).findFirst().orElse(null);
    }

    private AccountView view(long id) {
        AccountRepository.Account a = accounts.findById(id).orElseThrow();
        List<Assignment> held = accounts.assignments(id).stream()
                .map(h -> new Assignment(h.role(), h.unitId(), units.get(h.unitId()).name())).toList();
        OffsetDateTime locked = a.lockedUntil() != null && a.lockedUntil().toInstant().isAfter(clock.instant())
                ? a.lockedUntil()
                : null;
        return new AccountView(a.id(), a.username(), a.displayName(), a.enabled(), locked, a.mustChangePassword(),
                a.lastSignInAt(), held);
    }

    /** Twelve letters and digits that cannot be mistaken on the phone (no 0/o, 1/l/i), within the password policy. */
    private String oneTimePassword(String username) {
        while (true) {
            StringBuilder b = new StringBuilder(ONE_TIME_LENGTH);
            for (int i = 0; i < ONE_TIME_LENGTH; i++) {
                b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            if (PasswordPolicy.check(b.toString(), username).isEmpty()) {
                return b.toString();
            }
        }
    }
}

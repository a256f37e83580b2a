package org.hoiso.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.platform.text.PhoneNumber;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account and its role assignments for Spring Security. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final MemberLoginRepository members;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, MemberLoginRepository members, Clock clock) {
        this.accounts = accounts;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // A member signs in with her phone number, typed any way ("0912 345 678", "+84912345678").
        AccountRepository.Account a = accounts.findByUsername(username)
                .or(() -> PhoneNumber.normalise(username).flatMap(accounts::findByUsername))
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return load(a);
    }

    /** The principal of an account: her caller (roles, or her member record), her stamp and whether she must change her password. */
    HoisoUser load(AccountRepository.Account a) {
        boolean locked = a.lockedUntil() != null && a.lockedUntil().isAfter(OffsetDateTime.now(clock));
        var memberId = members.memberOf(a.id());
        if (memberId.isPresent()) {
            // A member's own login: her pages only, whatever roles might be recorded against the account.
            return new HoisoUser(Caller.member(a.id(), a.username(), a.displayName(), memberId.get()), a.passwordHash(),
                    a.enabled(), !locked, List.of(new SimpleGrantedAuthority("ROLE_MEMBER")), a.securityStamp(),
                    a.mustChangePassword());
        }
        List<Caller.Assignment> assignments = accounts.assignments(a.id());
        Caller caller = new Caller(a.id(), a.username(), a.displayName(), assignments);
        List<SimpleGrantedAuthority> authorities = assignments.stream()
                .map(x -> new SimpleGrantedAuthority("ROLE_" + x.role().name())).distinct().toList();
        return new HoisoUser(caller, a.passwordHash(), a.enabled(), !locked, authorities, a.securityStamp(),
                a.mustChangePassword());
    }
}

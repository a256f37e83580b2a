package org.hoiso.account;

import java.time.OffsetDateTime;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account and its role assignments for Spring Security. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountRepository.Account a = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        List<Caller.Assignment> assignments = accounts.assignments(a.id());
        Caller caller = new Caller(a.id(), a.username(), a.displayName(), assignments);
        boolean locked = a.lockedUntil() != null && a.lockedUntil().isAfter(OffsetDateTime.now());
        List<SimpleGrantedAuthority> authorities = assignments.stream()
                .map(x -> new SimpleGrantedAuthority("ROLE_" + x.role().name())).distinct().toList();
        return new HoisoUser(caller, a.passwordHash(), a.enabled(), !locked, authorities);
    }
}

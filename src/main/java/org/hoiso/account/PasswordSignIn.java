package org.hoiso.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.platform.security.SignInThrottledException;
import org.hoiso.platform.text.PhoneNumber;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signing in with a password, through the login form and HTTP Basic alike. Failures count against the account
 * that was loaded (a member's phone typed any way is one account), per client address and per place:
 * <ul>
 * <li>from a place she signed in from before (an address or a browser, {@link SignInPlace}), failures lock that place
 * alone, for a while: someone else's failures never keep her out of her usual phone or office;</li>
 * <li>from other places, {@code max-failed-logins} failures lock the account for them, each lock twice as long as
 * the one before, up to a day, so guessing stays hopeless; the level above can unlock it at once;</li>
 * <li>from one client address, {@code max-failures-per-address} failures in ten minutes, whatever the names, refuse
 * that address before any password is hashed (an unknown name still costs one bcrypt until then, so that the time of
 * an answer does not tell which names exist).</li>
 * </ul>
 * Every counter is in PostgreSQL, shared by all instances.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    static final String ADDRESS_FAILURES = "signin/address";
    static final String PLACE_FAILURES = "signin/place";
    private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

    private final AccountRepository accounts;
    private final AccountUserDetailsService users;
    private final AttemptCounters counters;
    private final SignInPlaces places;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final AccountProperties.Security limits;
    /** What an unknown name is checked against, so that it costs the same as a known one. */
    private final String unknownHash;

    PasswordSignIn(AccountRepository accounts, AccountUserDetailsService users, AttemptCounters counters, SignInPlaces places,
            PasswordEncoder encoder, Clock clock, AccountProperties settings) {
        this.accounts = accounts;
        this.users = users;
        this.counters = counters;
        this.places = places;
        this.encoder = encoder;
        this.clock = clock;
        this.limits = settings.security();
        this.unknownHash = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        SignInPlace place = SignInPlace.current();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Optional<AccountRepository.Account> found = find(typed);
        boolean known = found.isPresent()
                && places.known(found.get().id(), place.places(), now.minusDays(limits.knownPlaceDays()));
        if (known) {
            if (counters.count(PLACE_FAILURES, placeKey(found.get().id(), place), lockout()).hits() >= limits.maxFailedLogins()) {
                throw new LockedException("locked for this place");
            }
        } else {
            AttemptCounters.Window fromAddress = counters.count(ADDRESS_FAILURES, place.addressKey(), ADDRESS_WINDOW);
            if (fromAddress.hits() >= limits.maxFailuresPerAddress()) {
                throw new SignInThrottledException(fromAddress.secondsLeft(clock));
            }
        }
        if (found.isEmpty()) {
            encoder.matches(password, unknownHash);
            counters.hit(ADDRESS_FAILURES, place.addressKey(), ADDRESS_WINDOW);
            throw new BadCredentialsException("bad credentials");
        }
        AccountRepository.Account account = found.get();
        if (!known && account.lockedUntil() != null && account.lockedUntil().isAfter(now)) {
            throw new LockedException("locked for new places");
        }
        if (!account.enabled()) {
            throw new DisabledException("disabled");
        }
        if (!encoder.matches(password, account.passwordHash())) {
            counters.hit(ADDRESS_FAILURES, place.addressKey(), ADDRESS_WINDOW);
            if (known) {
                counters.hit(PLACE_FAILURES, placeKey(account.id(), place), lockout());
            } else {
                accounts.recordFailure(account.id(), limits.maxFailedLogins(), limits.lockoutMinutes(), now);
            }
            throw new BadCredentialsException("bad credentials");
        }
        accounts.recordSuccess(account.id(), !known, now);
        if (known) {
            counters.clear(PLACE_FAILURES, placeKey(account.id(), place));
        }
        places.remember(account.id(), place.addressPlace(), now);
        String device = place.deviceForSuccess();
        if (device != null) {
            places.remember(account.id(), device, now);
        }
        HoisoUser user = users.load(account);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A member signs in with her phone number typed any way ("0912 345 678", "+84912345678"): one account. */
    private Optional<AccountRepository.Account> find(String typed) {
        if (typed.isEmpty() || typed.length() > 200) {
            return Optional.empty();
        }
        return accounts.findByUsername(typed).or(() -> PhoneNumber.normalise(typed).flatMap(accounts::findByUsername));
    }

    /** The failures of one account from one place she knows: her address, or her browser when it has its cookie. */
    private static String placeKey(long userId, SignInPlace place) {
        return userId + ":" + place.places().get(place.places().size() - 1);
    }

    private Duration lockout() {
        return Duration.ofMinutes(limits.lockoutMinutes());
    }
}

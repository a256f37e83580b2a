package org.hoiso.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The account module's settings: the first administrator ({@code hoiso.admin.*}), the lock-out after wrong
 * passwords ({@code hoiso.security.*}) and members' invitations ({@code hoiso.members.*}). The defaults are
 * here and nowhere else; a wrong value stops the start with the property's name. (The OpenID Connect
 * settings, {@code hoiso.oidc.*}, are the platform's: its security chain and login page use them too.)
 *
 * @param admin    the first administrator, created when there is no account at all
 * @param security the lock-out of an account after wrong passwords
 * @param members  members' own logins, activated by a printed invitation
 */
@ConfigurationProperties("hoiso")
@Validated
record AccountProperties(@Valid @DefaultValue Admin admin,
        @Valid @DefaultValue Security security,
        @Valid @DefaultValue Members members) {

    /**
     * The first administrator, on the central union.
     *
     * @param username her user name
     * @param password her password; empty means one is generated and printed once on the console
     */
    record Admin(@DefaultValue("admin") @NotBlank String username, @DefaultValue("") String password) {
    }

    /**
     * The lock-out, through the form and the API alike (see README, "Signing in and lock-out").
     *
     * @param maxFailedLogins        wrong passwords from places she never signed in from before the account locks for
     *                               such places (from a place she knows, this many locks that place alone)
     * @param lockoutMinutes         how long the first lock lasts; each further lock before a successful sign-in from a
     *                               new place lasts twice as long, up to a day
     * @param maxFailuresPerAddress  failed sign-ins from one client address (an IPv6 /64) in ten minutes, whatever the
     *                               names, after which that address is refused before any password is hashed
     * @param knownPlaceDays         days a client address or browser she signed in from stays a place she knows
     */
    record Security(@DefaultValue("5") @Min(1) int maxFailedLogins, @DefaultValue("15") @Min(1) int lockoutMinutes,
            @DefaultValue("30") @Min(1) int maxFailuresPerAddress, @DefaultValue("90") @Min(1) int knownPlaceDays) {
    }

    /**
     * Members' invitations.
     *
     * @param invitationDays days a printed invitation code stays valid
     * @param codeAttempts   tries of invitation codes per client address in ten minutes (all instances together)
     * @param codeAttemptsPerCode tries of one invitation code in ten minutes, from any address
     */
    record Members(@DefaultValue("14") @Min(1) int invitationDays, @DefaultValue("10") @Min(1) int codeAttempts,
            @DefaultValue("10") @Min(1) int codeAttemptsPerCode) {
    }
}

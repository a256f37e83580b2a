/**
 * Accounts (tài khoản) and their role assignments {@code (role, unit)}; sign-in with lock-out after
 * repeated failures; the first administrator; members' own logins, activated by a printed invitation.
 * Settings: {@link org.hoiso.account.AccountProperties}.
 *
 * <p><b>A member's login follows her membership</b> ({@code LoginsFollowMembers}, on the registry's events, in
 * its transaction): when she <i>leaves the union</i> or <i>dies</i>, her login is disabled, her unused
 * invitations are revoked, and {@code member_login} keeps why and since when; the audit log says so
 * ({@code ACCOUNT}, {@code member_login}). When she becomes an active member again on the same record, a login
 * the registry disabled is enabled again (one an administrator disabled stays so); when she re-joins on a new
 * record and signs in through the national e-ID, her provider login follows her new record and is enabled
 * again. When she is <i>transferred</i>, or <i>moves her membership out</i> of the registry (still a living
 * member), her login is kept: her pages read her record, so they follow her to her new unit.
 */
@ApplicationModule(allowedDependencies = {"platform", "orgunit", "member", "member :: events"})
package org.hoiso.account;

import org.springframework.modulith.ApplicationModule;

/**
 * Accounts (tài khoản) and their role assignments {@code (role, unit)}; sign-in with lock-out after
 * repeated failures; the first administrator; members' own logins, activated by a printed invitation.
 * Settings: {@link org.hoiso.account.AccountProperties}.
 */
@ApplicationModule(allowedDependencies = {"platform", "orgunit", "member"})
package org.hoiso.account;

import org.springframework.modulith.ApplicationModule;

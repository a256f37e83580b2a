/**
 * Accounts (tài khoản) and their role assignments {@code (role, unit)}; sign-in with lock-out after
 * repeated failures; the first administrator.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "orgunit"})
package org.hoiso.account;

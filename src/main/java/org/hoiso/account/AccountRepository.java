package org.hoiso.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hoiso.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    record Account(long id, String username, String passwordHash, String displayName, boolean enabled,
            int failedLogins, OffsetDateTime lockedUntil, boolean mustChangePassword, long securityStamp,
            OffsetDateTime lastSignInAt) {
    }

    record AccountRow(long id, String username, String displayName, boolean enabled, String role, long unitId, String unitName,
            OffsetDateTime lockedUntil, boolean mustChangePassword, OffsetDateTime lastSignInAt) {
    }

    private static final String ACCOUNT = """
            SELECT id, username, password_hash, display_name, enabled, failed_logins, locked_until, must_change_password,
                   security_stamp, last_sign_in_at
              FROM app_user""";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
    }

    Optional<Account> findById(long id) {
        return jdbc.sql(ACCOUNT + " WHERE id = :id").param("id", id).query(Account.class).optional();
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql(ACCOUNT + " WHERE lower(username) = lower(:u)").param("u", username).query(Account.class).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = lower(:u))")
                .param("u", username).query(Boolean.class).single();
    }

    List<Caller.Assignment> assignments(long userId) {
        return jdbc.sql("SELECT role, unit_id FROM role_assignment WHERE user_id = :id ORDER BY unit_id, role")
                .param("id", userId)
                .query((rs, i) -> new Caller.Assignment(Caller.Role.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
    }

    long insert(String username, String passwordHash, String displayName) {
        return jdbc.sql("""
                INSERT INTO app_user (username, password_hash, display_name) VALUES (:u, :p, :d) RETURNING id
                """).param("u", username).param("p", passwordHash).param("d", displayName).query(Long.class).single();
    }

    void assign(long userId, Caller.Role role, long unitId) {
        jdbc.sql("INSERT INTO role_assignment (user_id, role, unit_id) VALUES (:u, :r, :unit) ON CONFLICT DO NOTHING")
                .param("u", userId).param("r", role.name()).param("unit", unitId).update();
    }

    /**
     * Counts a failed sign-in from a place she never signed in from; at the limit the account locks for such places,
     * each lock twice as long as the one before (up to a day) until she signs in from a new place again.
     */
    void recordFailure(long id, int maxFailures, int lockMinutes, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE app_user
                   SET failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END,
                       locked_until = CASE WHEN failed_logins + 1 >= :max
                                           THEN CAST(:now AS timestamptz)
                                                + make_interval(mins => LEAST(1440, :mins * (2 ^ LEAST(lock_count, 12))::int))
                                           ELSE locked_until END,
                       lock_count = CASE WHEN failed_logins + 1 >= :max THEN lock_count + 1 ELSE lock_count END
                 WHERE id = :id
                """).param("id", id).param("max", maxFailures).param("mins", lockMinutes).param("now", now).update();
    }

    /** A successful sign-in: from a new place it also clears the failures and the lock. */
    void recordSuccess(long id, boolean clearFailures, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE app_user SET last_sign_in_at = :now,
                       failed_logins = CASE WHEN :clear THEN 0 ELSE failed_logins END,
                       lock_count = CASE WHEN :clear THEN 0 ELSE lock_count END,
                       locked_until = CASE WHEN :clear THEN NULL ELSE locked_until END
                 WHERE id = :id
                """).param("id", id).param("clear", clearFailures).param("now", now).update();
    }

    void unlock(long id) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, lock_count = 0, locked_until = NULL WHERE id = :id").param("id", id)
                .update();
    }

    /** A new password; {@code mustChange} when it is a one-time password someone else set. Ends her other sessions. */
    void setPassword(long id, String hash, boolean mustChange) {
        jdbc.sql("""
                UPDATE app_user SET password_hash = :h, must_change_password = :must, security_stamp = security_stamp + 1,
                       failed_logins = 0, lock_count = 0, locked_until = NULL
                 WHERE id = :id
                """).param("id", id).param("h", hash).param("must", mustChange).update();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = :e, security_stamp = security_stamp + 1 WHERE id = :id").param("id", id)
                .param("e", enabled).update();
    }

    /** Her roles become this one assignment; her open sessions end, so the next sign-in carries the new role. */
    void replaceAssignments(long id, Caller.Role role, long unitId) {
        jdbc.sql("DELETE FROM role_assignment WHERE user_id = :id").param("id", id).update();
        assign(id, role, unitId);
        jdbc.sql("UPDATE app_user SET security_stamp = security_stamp + 1 WHERE id = :id").param("id", id).update();
    }

    void setUsername(long id, String username) {
        jdbc.sql("UPDATE app_user SET username = :u WHERE id = :id").param("id", id).param("u", username).update();
    }

    /** What every request of an open session checks: whether the account may still act, and as of which stamp. */
    Optional<Standing> standing(long id) {
        return jdbc.sql("SELECT enabled, security_stamp, must_change_password FROM app_user WHERE id = :id").param("id", id)
                .query(Standing.class).optional();
    }

    record Standing(boolean enabled, long securityStamp, boolean mustChangePassword) {
    }

    /** The account of a row in the list, if it holds a role somewhere (members' own logins hold none). */
    Optional<AccountRow> row(long id) {
        return jdbc.sql(ROWS + " WHERE a.id = :id ORDER BY u.path LIMIT 1").param("id", id).query(AccountRow.class).optional();
    }

    private static final String ROWS = """
            SELECT a.id, a.username, a.display_name, a.enabled, r.role, r.unit_id, u.name AS unit_name,
                   a.locked_until, a.must_change_password, a.last_sign_in_at
              FROM app_user a JOIN role_assignment r ON r.user_id = a.id JOIN org_unit u ON u.id = r.unit_id""";

    /** Accounts that hold a role somewhere inside the subtree. */
    List<AccountRow> inSubtree(String path) {
        return jdbc.sql(ROWS + """

                 WHERE u.path <@ CAST(:p AS ltree)
                 ORDER BY u.path, a.username
                 LIMIT 500
                """).param("p", path).query(AccountRow.class).list();
    }

    Optional<String> email(long userId) {
        return jdbc.sql("SELECT email FROM app_user WHERE id = :id AND email IS NOT NULL").param("id", userId)
                .query(String.class).optional();
    }

    void setEmail(long userId, String email) {
        jdbc.sql("UPDATE app_user SET email = :email WHERE id = :id").param("id", userId).param("email", email).update();
    }
}

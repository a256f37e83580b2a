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
            int failedLogins, OffsetDateTime lockedUntil) {
    }

    record AccountRow(long id, String username, String displayName, boolean enabled, String role, long unitId, String unitName) {
    }

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
    }

    Optional<Account> findById(long id) {
        return jdbc
                .sql("""
                        SELECT id, username, password_hash, display_name, enabled, failed_logins, locked_until FROM app_user WHERE id = :id
                        """)
                .param("id", id).query(Account.class).optional();
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("""
                SELECT id, username, password_hash, display_name, enabled, failed_logins, locked_until
                  FROM app_user WHERE lower(username) = lower(:u)
                """).param("u", username).query(Account.class).optional();
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
     * Counts a failed sign-in; locks the account for a while once the limit is reached. The lock ends at
     * {@code now} (the application's clock, which the sign-in compares it with) plus the lock-out.
     */
    void recordFailure(String username, int maxFailures, int lockMinutes, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE app_user
                   SET failed_logins = failed_logins + 1,
                       locked_until = CASE WHEN failed_logins + 1 >= :max
                                           THEN CAST(:now AS timestamptz) + make_interval(mins => :mins) ELSE locked_until END
                 WHERE lower(username) = lower(:u)
                """).param("u", username).param("max", maxFailures).param("mins", lockMinutes).param("now", now).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE lower(username) = lower(:u)")
                .param("u", username).update();
    }

    /** Accounts that hold a role somewhere inside the subtree. */
    List<AccountRow> inSubtree(String path) {
        return jdbc.sql("""
                SELECT a.id, a.username, a.display_name, a.enabled, r.role, r.unit_id, u.name AS unit_name
                  FROM app_user a JOIN role_assignment r ON r.user_id = a.id JOIN org_unit u ON u.id = r.unit_id
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

package org.hoiso.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal API tokens (table personal_token). */
@Repository
class PersonalTokenRepository {

    /** A token as its owner sees it: never its secret or hash. */
    record TokenRow(long id, long userId, String name, String prefix, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
    }

    private final JdbcClient jdbc;

    PersonalTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String prefix, String hash, OffsetDateTime expires) {
        return jdbc
                .sql("""
                        INSERT INTO personal_token (user_id, name, prefix, secret_hash, expires_at) VALUES (:u, :n, :p, :h, :e) RETURNING id
                        """)
                .param("u", userId).param("n", name).param("p", prefix).param("h", hash).param("e", expires)
                .query(Long.class).single();
    }

    /** A token that may act now: not revoked, not expired, its account enabled. */
    Optional<TokenRow> usable(String hash, OffsetDateTime now) {
        return jdbc.sql("""
                SELECT t.id, t.user_id, t.name, t.prefix, t.created_at, t.expires_at, t.last_used_at, t.revoked_at
                  FROM personal_token t JOIN app_user a ON a.id = t.user_id
                 WHERE t.secret_hash = :h AND t.revoked_at IS NULL AND t.expires_at > :now AND a.enabled
                """).param("h", hash).param("now", now).query(TokenRow.class).optional();
    }

    List<TokenRow> of(long userId) {
        return jdbc.sql("""
                SELECT id, user_id, name, prefix, created_at, expires_at, last_used_at, revoked_at FROM personal_token
                 WHERE user_id = :u ORDER BY created_at DESC, id DESC LIMIT 100
                """).param("u", userId).query(TokenRow.class).list();
    }

    boolean revoke(long id, long userId, OffsetDateTime at) {
        return jdbc.sql("UPDATE personal_token SET revoked_at = :at WHERE id = :id AND user_id = :u AND revoked_at IS NULL")
                .param("id", id).param("u", userId).param("at", at).update() == 1;
    }

    boolean exists(long id, long userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM personal_token WHERE id = :id AND user_id = :u)").param("id", id)
                .param("u", userId).query(Boolean.class).single();
    }

    void touch(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE personal_token SET last_used_at = :at WHERE id = :id").param("id", id).param("at", at).update();
    }
}

package org.hoiso.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    /** What a request needs to know about its token. */
    record Credential(long id, String name, String prefix, long unitId, OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
    }

    /** A token as the administrator sees it: never its secret or hash. */
    record TokenRow(long id, String name, String prefix, long unitId, String unitName, String createdBy,
            OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime lastUsedAt,
            OffsetDateTime revokedAt, String revokedBy) {
    }

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, long unitId, String prefix, String secretHash, String createdBy, OffsetDateTime expiresAt) {
        return jdbc.sql("""
                INSERT INTO api_token (name, unit_id, prefix, secret_hash, created_by, expires_at)
                VALUES (:name, :unit, :prefix, :hash, :by, :expires)
                RETURNING id
                """)
                .param("name", name).param("unit", unitId).param("prefix", prefix).param("hash", secretHash)
                .param("by", createdBy).param("expires", expiresAt)
                .query(Long.class).single();
    }

    Optional<Credential> findByHash(String secretHash) {
        return jdbc.sql("""
                SELECT id, name, prefix, unit_id, expires_at, last_used_at, revoked_at
                  FROM api_token WHERE secret_hash = :hash
                """).param("hash", secretHash).query(Credential.class).optional();
    }

    Optional<TokenRow> find(long id) {
        return jdbc.sql("""
                SELECT t.id, t.name, t.prefix, t.unit_id, u.name AS unit_name, t.created_by, t.created_at,
                       t.expires_at, t.last_used_at, t.revoked_at, t.revoked_by
                  FROM api_token t JOIN org_unit u ON u.id = t.unit_id
                 WHERE t.id = :id
                """).param("id", id).query(TokenRow.class).optional();
    }

    /** Tokens of units inside the subtree, newest first. */
    List<TokenRow> inSubtree(String path) {
        return jdbc.sql("""
                SELECT t.id, t.name, t.prefix, t.unit_id, u.name AS unit_name, t.created_by, t.created_at,
                       t.expires_at, t.last_used_at, t.revoked_at, t.revoked_by
                  FROM api_token t JOIN org_unit u ON u.id = t.unit_id
                 WHERE u.path <@ CAST(:p AS ltree)
                 ORDER BY t.created_at DESC, t.id DESC
                 LIMIT 500
                """).param("p", path).query(TokenRow.class).list();
    }

    /** False when the token was already revoked (the first revocation stands). */
    boolean revoke(long id, String by, OffsetDateTime at) {
        return jdbc.sql("UPDATE api_token SET revoked_at = :at, revoked_by = :by WHERE id = :id AND revoked_at IS NULL")
                .param("id", id).param("by", by).param("at", at).update() == 1;
    }

    void touch(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE api_token SET last_used_at = :at WHERE id = :id").param("id", id).param("at", at).update();
    }

    /**
     * Bounds the statements of the current transaction: the audit of a partner's read must not hold
     * the read up for long when the database is slow.
     */
    void limitStatementTime(int millis) {
        jdbc.sql("SELECT set_config('statement_timeout', :ms, true)").param("ms", Integer.toString(millis))
                .query(String.class).single();
    }
}

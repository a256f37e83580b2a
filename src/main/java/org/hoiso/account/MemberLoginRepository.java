package org.hoiso.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members' logins and the invitations that create them (member_login, member_invitation). */
@Repository
class MemberLoginRepository {

    record Invitation(long id, long memberId, OffsetDateTime issuedAt, OffsetDateTime expiresAt, OffsetDateTime usedAt,
            OffsetDateTime revokedAt, String issuedBy) {
    }

    private final JdbcClient jdbc;

    MemberLoginRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> memberOf(long userId) {
        return jdbc.sql("SELECT member_id FROM member_login WHERE user_id = :u").param("u", userId).query(Long.class).optional();
    }

    Optional<Long> userOf(long memberId) {
        return jdbc.sql("SELECT user_id FROM member_login WHERE member_id = :m").param("m", memberId).query(Long.class)
                .optional();
    }

    void link(long userId, long memberId) {
        jdbc.sql("INSERT INTO member_login (user_id, member_id) VALUES (:u, :m)").param("u", userId).param("m", memberId)
                .update();
    }

    /** Moves a login to another member record (the same person's new record after she re-joined). */
    void relink(long userId, long memberId) {
        jdbc.sql("UPDATE member_login SET member_id = :m WHERE user_id = :u").param("u", userId).param("m", memberId).update();
    }

    /** A login whose fate followed its member's. */
    record Changed(long userId, long memberId, String reason) {
    }

    /**
     * Disables the enabled logins of these members (member id → LEFT or DECEASED) and writes down why, and
     * revokes their unused invitations. Logins already disabled are left as they are.
     */
    List<Changed> endFor(Map<Long, String> reasons, OffsetDateTime now) {
        if (reasons.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(reasons.keySet());
        jdbc.sql("""
                UPDATE member_invitation SET revoked_at = :now
                 WHERE member_id = ANY(CAST(:ids AS bigint[])) AND used_at IS NULL AND revoked_at IS NULL
                """).param("ids", ids.toArray(Long[]::new)).param("now", now).update();
        return jdbc.sql("""
                WITH v AS (
                    SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:reasons AS text[])) AS v(member_id, reason)
                ), target AS (
                    SELECT l.user_id, l.member_id, v.reason
                      FROM member_login l JOIN v ON v.member_id = l.member_id JOIN app_user a ON a.id = l.user_id
                     WHERE a.enabled
                ), disabled AS (
                    UPDATE app_user a SET enabled = false FROM target t WHERE a.id = t.user_id
                )
                UPDATE member_login l SET ended_at = :now, ended_reason = t.reason FROM target t WHERE l.user_id = t.user_id
                RETURNING l.user_id, l.member_id, t.reason
                """).param("ids", ids.toArray(Long[]::new))
                .param("reasons", ids.stream().map(reasons::get).toArray(String[]::new))
                .param("now", now).query(Changed.class).list();
    }

    /** Enables again the logins the registry disabled (of these members, or of this user); returns them. */
    List<Changed> reopen(List<Long> memberIds, Long userId) {
        return jdbc
                .sql("""
                        WITH back AS (
                            SELECT user_id, member_id, ended_reason FROM member_login
                             WHERE ended_reason IS NOT NULL
                               AND (member_id = ANY(CAST(:ids AS bigint[])) OR user_id = CAST(:user AS bigint))
                        ), enabled AS (
                            UPDATE app_user a SET enabled = true, failed_logins = 0, locked_until = NULL FROM back b WHERE a.id = b.user_id
                        )
                        UPDATE member_login l SET ended_at = NULL, ended_reason = NULL FROM back b WHERE l.user_id = b.user_id
                        RETURNING l.user_id, l.member_id, b.ended_reason AS reason
                        """)
                .param("ids", memberIds.toArray(Long[]::new)).param("user", userId).query(Changed.class).list();
    }

    int revokeOpen(long memberId) {
        return jdbc.sql("""
                UPDATE member_invitation SET revoked_at = now() WHERE member_id = :m AND used_at IS NULL AND revoked_at IS NULL
                """).param("m", memberId).update();
    }

    long insert(long memberId, String codeHash, String by, OffsetDateTime expires) {
        return jdbc
                .sql("""
                        INSERT INTO member_invitation (member_id, code_hash, issued_by, expires_at) VALUES (:m, :h, :by, :exp) RETURNING id
                        """)
                .param("m", memberId).param("h", codeHash).param("by", by).param("exp", expires).query(Long.class).single();
    }

    /** The invitation of a code, locked for the activation that uses it. */
    Optional<Invitation> byCode(String codeHash, boolean forUpdate) {
        return jdbc.sql("""
                SELECT id, member_id, issued_at, expires_at, used_at, revoked_at, issued_by FROM member_invitation
                 WHERE code_hash = :h""" + (forUpdate ? " FOR UPDATE" : "")).param("h", codeHash)
                .query(Invitation.class).optional();
    }

    boolean markUsed(long id) {
        return jdbc.sql("UPDATE member_invitation SET used_at = now() WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL")
                .param("id", id).update() == 1;
    }

    List<Invitation> ofMember(long memberId) {
        return jdbc.sql("""
                SELECT id, member_id, issued_at, expires_at, used_at, revoked_at, issued_by FROM member_invitation
                 WHERE member_id = :m ORDER BY id DESC
                """).param("m", memberId).query(Invitation.class).list();
    }
}

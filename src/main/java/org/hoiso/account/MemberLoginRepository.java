package org.hoiso.account;

import java.time.OffsetDateTime;
import java.util.List;
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

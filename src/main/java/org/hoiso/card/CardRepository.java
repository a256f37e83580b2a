package org.hoiso.card;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The card tables: signing keys and issued cards. */
@Repository
class CardRepository {

    record KeyRow(String kid, String algorithm, byte[] publicKey, byte[] privateKey, OffsetDateTime createdAt,
            boolean active, OffsetDateTime retiredAt) {
    }

    record CardRow(long id, long memberId, long unitId, String kid, String token, OffsetDateTime issuedAt,
            LocalDate validFrom, LocalDate validUntil, String issuedBy, OffsetDateTime revokedAt,
            String revokedBy, String revokeReason) {
        boolean revoked() {
            return revokedAt != null;
        }
    }

    private static final String CARD_COLUMNS = """
            id, member_id, unit_id, kid, token, issued_at, valid_from, valid_until, issued_by, revoked_at, revoked_by, revoke_reason
            """;

    private final JdbcClient jdbc;

    CardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- keys ----

    /** Two first issues (or rotations) at once: the second finds an active key and keeps that one. */
    void insertKey(String kid, byte[] publicKey, byte[] encryptedPrivateKey, OffsetDateTime now) {
        jdbc.sql("""
                INSERT INTO card_key (kid, algorithm, public_key, private_key, created_at, active)
                VALUES (:kid, 'ES256', :pub, :priv, :now, true)
                ON CONFLICT (active) WHERE active DO NOTHING
                """).param("kid", kid).param("pub", publicKey).param("priv", encryptedPrivateKey).param("now", now).update();
    }

    void deactivateKeys() {
        jdbc.sql("UPDATE card_key SET active = false WHERE active").update();
    }

    Optional<KeyRow> activeKey() {
        return jdbc.sql("SELECT * FROM card_key WHERE active").query(KeyRow.class).optional();
    }

    /** Keys that still verify: the active one and those whose cards have not all expired. */
    List<KeyRow> liveKeys() {
        return jdbc.sql("SELECT * FROM card_key WHERE retired_at IS NULL ORDER BY created_at DESC").query(KeyRow.class).list();
    }

    Optional<KeyRow> liveKey(String kid) {
        return jdbc.sql("SELECT * FROM card_key WHERE kid = :kid AND retired_at IS NULL").param("kid", kid).query(KeyRow.class)
                .optional();
    }

    List<KeyRow> allKeys() {
        return jdbc.sql("SELECT * FROM card_key ORDER BY created_at DESC").query(KeyRow.class).list();
    }

    /** Retires every inactive key none of whose cards is valid on or after {@code today}. */
    int retireSpent(LocalDate today, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE card_key k SET retired_at = :now
                WHERE NOT k.active AND k.retired_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM member_card c WHERE c.kid = k.kid AND c.valid_until >= :today)
                """).param("now", now).param("today", today).update();
    }

    // ---- cards ----

    long insertCard(long memberId, long unitId, String kid, LocalDate from, LocalDate until, String issuedBy,
            OffsetDateTime now) {
        return jdbc.sql("""
                INSERT INTO member_card (member_id, unit_id, kid, token, issued_at, valid_from, valid_until, issued_by)
                VALUES (:member, :unit, :kid, '', :now, :from, :until, :by)
                RETURNING id
                """).param("member", memberId).param("unit", unitId).param("kid", kid).param("now", now)
                .param("from", from).param("until", until).param("by", issuedBy).query(Long.class).single();
    }

    void setToken(long id, String token) {
        jdbc.sql("UPDATE member_card SET token = :token WHERE id = :id").param("token", token).param("id", id).update();
    }

    Optional<CardRow> find(long id) {
        return jdbc.sql("SELECT " + CARD_COLUMNS + " FROM member_card WHERE id = :id").param("id", id).query(CardRow.class)
                .optional();
    }

    /** The member's card in force (not revoked; possibly expired). */
    Optional<CardRow> current(long memberId) {
        return jdbc.sql("SELECT " + CARD_COLUMNS + " FROM member_card WHERE member_id = :m AND revoked_at IS NULL")
                .param("m", memberId).query(CardRow.class).optional();
    }

    /** A card revoked because of what happened to its member. */
    record Revoked(long id, long memberId, long unitId) {
    }

    /** Revokes the cards in force of these members (at most one each); returns them. */
    List<Revoked> revokeInForce(List<Long> memberIds, String by, String reason, OffsetDateTime now) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                UPDATE member_card SET revoked_at = :now, revoked_by = :by, revoke_reason = :reason
                 WHERE member_id = ANY(CAST(:ids AS bigint[])) AND revoked_at IS NULL
                RETURNING id, member_id, unit_id
                """).param("ids", memberIds.toArray(Long[]::new)).param("by", by).param("reason", reason).param("now", now)
                .query(Revoked.class).list();
    }

    boolean revoke(long id, String by, String reason, OffsetDateTime now) {
        return jdbc.sql("""
                UPDATE member_card SET revoked_at = :now, revoked_by = :by, revoke_reason = :reason
                WHERE id = :id AND revoked_at IS NULL
                """).param("id", id).param("by", by).param("reason", reason).param("now", now).update() == 1;
    }

    /** Every card issued to her, revoked ones too, newest first, with the unit that issued it. */
    record HerCard(OffsetDateTime issuedAt, String unitName, LocalDate validFrom, LocalDate validUntil, String issuedBy,
            OffsetDateTime revokedAt, String revokedBy, String revokeReason) {
    }

    List<HerCard> cardsOf(long memberId) {
        return jdbc.sql("""
                SELECT c.issued_at, u.name AS unit_name, c.valid_from, c.valid_until, c.issued_by, c.revoked_at, c.revoked_by,
                       c.revoke_reason
                  FROM member_card c JOIN org_unit u ON u.id = c.unit_id
                 WHERE c.member_id = :m ORDER BY c.issued_at DESC, c.id DESC
                """).param("m", memberId).query(HerCard.class).list();
    }
}

package org.hoiso.safety.alerts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hoiso.safety.identifiers.Identifier;
import org.hoiso.safety.identifiers.IdentifierKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Warnings, their indicators and whom they reached (safety_warning, safety_warning_indicator, safety_warning_member). */
@Repository
class WarningRepository {

    private final JdbcClient jdbc;

    WarningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long id, long unitId, String unitName, String unitPath, String titleVi, String titleEn, String bodyVi,
            String bodyEn, LocalDate validFrom, LocalDate validTo, String status, long authorId, String author,
            OffsetDateTime createdAt, String decidedBy, OffsetDateTime decidedAt, String returnComment, long reached,
            long emailed, long opened) {
    }

    private static final String SELECT = """
            SELECT w.id, w.unit_id, u.name AS unit_name, u.path::text AS unit_path, w.title_vi, w.title_en, w.body_vi, w.body_en,
                   w.valid_from, w.valid_to, w.status, w.author_id, w.author, w.created_at, w.decided_by, w.decided_at,
                   w.return_comment,
                   (SELECT count(*) FROM safety_warning_member m WHERE m.warning_id = w.id) AS reached,
                   (SELECT count(*) FROM safety_warning_member m WHERE m.warning_id = w.id AND m.emailed_at IS NOT NULL) AS emailed,
                   (SELECT count(*) FROM safety_warning_member m WHERE m.warning_id = w.id AND m.opened_at IS NOT NULL) AS opened
              FROM safety_warning w JOIN org_unit u ON u.id = w.unit_id
            """;

    long insert(long unitId, String titleVi, String titleEn, String bodyVi, String bodyEn, LocalDate from, LocalDate to,
            long authorId, String author, OffsetDateTime at) {
        return jdbc
                .sql("""
                        INSERT INTO safety_warning (unit_id, title_vi, title_en, body_vi, body_en, valid_from, valid_to, status, author_id,
                                                    author, created_at)
                        VALUES (:unit, :tvi, :ten, :bvi, :ben, :from, :to, 'PENDING', :aid, :author, :at) RETURNING id
                        """)
                .param("unit", unitId).param("tvi", titleVi).param("ten", titleEn).param("bvi", bodyVi).param("ben", bodyEn)
                .param("from", from).param("to", to).param("aid", authorId).param("author", author).param("at", at)
                .query(Long.class).single();
    }

    void indicator(long warningId, Identifier id) {
        jdbc.sql("INSERT INTO safety_warning_indicator (warning_id, kind, value) VALUES (:w, :k, :v) ON CONFLICT DO NOTHING")
                .param("w", warningId).param("k", id.kind().name()).param("v", id.value()).update();
    }

    List<Identifier> indicators(long warningId) {
        return jdbc.sql("SELECT kind, value FROM safety_warning_indicator WHERE warning_id = :w ORDER BY kind, value")
                .param("w", warningId).query((rs, n) -> new Identifier(IdentifierKind.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE w.id = :id").param("id", id).query(Row.class).optional();
    }

    /** Warnings of units in a subtree and of the units above it, newest first. */
    List<Row> around(String path, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE u.path <@ CAST(:path AS ltree) OR u.path @> CAST(:path AS ltree)
                 ORDER BY w.created_at DESC, w.id DESC LIMIT :limit
                """).param("path", path).param("limit", limit).query(Row.class).list();
    }

    boolean move(long id, String from, String to, String by, OffsetDateTime at, String comment) {
        return jdbc.sql("""
                UPDATE safety_warning SET status = :to, decided_by = :by, decided_at = :at, return_comment = :comment
                 WHERE id = :id AND status = :from
                """).param("id", id).param("from", from).param("to", to).param("by", by).param("at", at)
                .param("comment", comment).update() == 1;
    }

    /** She was reached (shown on her home page, or e-mailed when {@code emailed}). */
    void reached(long warningId, long memberId, OffsetDateTime at, boolean emailed) {
        jdbc.sql("""
                INSERT INTO safety_warning_member (warning_id, member_id, reached_at, emailed_at)
                VALUES (:w, :m, :at, CASE WHEN :emailed THEN CAST(:at AS timestamptz) END)
                ON CONFLICT (warning_id, member_id) DO UPDATE
                   SET emailed_at = coalesce(safety_warning_member.emailed_at, EXCLUDED.emailed_at)
                """).param("w", warningId).param("m", memberId).param("at", at).param("emailed", emailed).update();
    }

    void opened(long warningId, long memberId, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO safety_warning_member (warning_id, member_id, reached_at, opened_at) VALUES (:w, :m, :at, :at)
                ON CONFLICT (warning_id, member_id) DO UPDATE
                   SET opened_at = coalesce(safety_warning_member.opened_at, EXCLUDED.opened_at)
                """).param("w", warningId).param("m", memberId).param("at", at).update();
    }

    /** A member's current warnings: approved, valid today, for a unit at or above hers; whether she opened each. */
    record Current(long id, String titleVi, String titleEn, String bodyVi, String bodyEn, LocalDate validTo, boolean opened) {
    }

    List<Current> current(long memberUnitId, long memberId, LocalDate today) {
        return jdbc.sql("""
                SELECT w.id, w.title_vi, w.title_en, w.body_vi, w.body_en, w.valid_to,
                       EXISTS (SELECT 1 FROM safety_warning_member m WHERE m.warning_id = w.id AND m.member_id = :m
                                  AND m.opened_at IS NOT NULL) AS opened
                  FROM safety_warning w JOIN org_unit wu ON wu.id = w.unit_id
                 WHERE w.status = 'APPROVED' AND :today BETWEEN w.valid_from AND w.valid_to
                   AND (SELECT path FROM org_unit WHERE id = :unit) <@ wu.path
                 ORDER BY w.decided_at DESC, w.id DESC
                """).param("m", memberId).param("unit", memberUnitId).param("today", today).query(Current.class).list();
    }
}

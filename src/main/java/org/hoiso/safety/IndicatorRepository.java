package org.hoiso.safety;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hoiso.safety.identifiers.Identifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scam indicators and the reports that named them (safety_indicator, safety_indicator_report). */
@Repository
class IndicatorRepository {

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long upsert(Identifier id, OffsetDateTime at) {
        return jdbc.sql("""
                INSERT INTO safety_indicator (kind, value, first_seen, last_seen) VALUES (:k, :v, :at, :at)
                ON CONFLICT (kind, value) DO UPDATE SET last_seen = greatest(safety_indicator.last_seen, EXCLUDED.last_seen),
                                                        first_seen = least(safety_indicator.first_seen, EXCLUDED.first_seen)
                RETURNING id
                """).param("k", id.kind().name()).param("v", id.value()).param("at", at).query(Long.class).single();
    }

    void link(long indicatorId, long caseId, String reporterKey, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO safety_indicator_report (indicator_id, case_id, reporter_key, reported_at)
                VALUES (:i, :c, :r, :at) ON CONFLICT DO NOTHING
                """).param("i", indicatorId).param("c", caseId).param("r", reporterKey).param("at", at).update();
    }

    /** What is known of an identifier: distinct reporters, reports, when last reported, verified or marked false. */
    record Standing(long id, String kind, String value, long reporters, long reports, OffsetDateTime firstSeen,
            OffsetDateTime lastReported, OffsetDateTime verifiedAt, String verifiedBy, OffsetDateTime falseAt, String falseBy) {
    }

    private static final String STANDING = """
            SELECT i.id, i.kind, i.value, count(DISTINCT r.reporter_key) AS reporters, count(r.case_id) AS reports,
                   i.first_seen, max(r.reported_at) AS last_reported, i.verified_at, i.verified_by, i.false_at, i.false_by
              FROM safety_indicator i LEFT JOIN safety_indicator_report r ON r.indicator_id = i.id
            """;

    Optional<Standing> standing(Identifier id) {
        return jdbc.sql(STANDING + " WHERE i.kind = :k AND i.value = :v GROUP BY i.id")
                .param("k", id.kind().name()).param("v", id.value()).query(Standing.class).optional();
    }

    Optional<Standing> standing(long id) {
        return jdbc.sql(STANDING + " WHERE i.id = :id GROUP BY i.id").param("id", id).query(Standing.class).optional();
    }

    /** The indicators officers review, most reported first; {@code q} filters on the value. */
    List<Standing> list(String q, int limit) {
        return jdbc.sql(STANDING + """
                 WHERE (CAST(:q AS text) IS NULL OR i.value ILIKE '%' || :q || '%')
                 GROUP BY i.id
                 ORDER BY count(DISTINCT r.reporter_key) DESC, i.last_seen DESC, i.id DESC
                 LIMIT :limit
                """).param("q", q).param("limit", limit).query(Standing.class).list();
    }

    boolean verify(long id, String by, OffsetDateTime at) {
        return jdbc.sql("""
                UPDATE safety_indicator SET verified_at = coalesce(verified_at, :at), verified_by = coalesce(verified_by, :by),
                                            false_at = NULL, false_by = NULL
                 WHERE id = :id
                """).param("id", id).param("by", by).param("at", at).update() == 1;
    }

    boolean markFalse(long id, String by, OffsetDateTime at) {
        return jdbc.sql("""
                UPDATE safety_indicator SET false_at = :at, false_by = :by, verified_at = NULL, verified_by = NULL WHERE id = :id
                """).param("id", id).param("by", by).param("at", at).update() == 1;
    }

    /** A case's reports of identifiers no longer count (its reporter deleted it). */
    void unlinkCase(long caseId) {
        jdbc.sql("DELETE FROM safety_indicator_report WHERE case_id = :c").param("c", caseId).update();
    }
}

package org.hoiso.safety;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts the report forms' safety indicators are computed from: only plain columns (category, dates, commune,
 * money, consents, referral statuses), never a sealed one, and only cases whose reporter agreed to anonymous
 * statistics. A subtree by the tree's ltree path; a period as [from, to) in time.
 */
@Repository
class StatsRepository {

    private static final String CASES = """
            FROM safety_case c JOIN org_unit u ON u.id = c.unit_id
             WHERE u.path <@ CAST(:path AS ltree) AND c.consent_statistics
            """;

    private final JdbcClient jdbc;

    StatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long scamReports(String path, OffsetDateTime from, OffsetDateTime to) {
        return jdbc
                .sql("SELECT count(*) " + CASES + " AND c.category = 'SCAM' AND c.received_at >= :from AND c.received_at < :to")
                .param("path", path).param("from", from).param("to", to).query(Long.class).single();
    }

    long moneyLost(String path, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("SELECT coalesce(sum(c.money_lost), 0) " + CASES
                + " AND c.category = 'SCAM' AND c.received_at >= :from AND c.received_at < :to")
                .param("path", path).param("from", from).param("to", to).query(Long.class).single();
    }

    /** Harassment and violence cases received in the period, by category. */
    Map<String, Long> opened(String path, OffsetDateTime from, OffsetDateTime to) {
        return byCategory("SELECT c.category, count(*) " + CASES
                + " AND c.category <> 'SCAM' AND c.received_at >= :from AND c.received_at < :to GROUP BY c.category", path, from,
                to);
    }

    /** Harassment and violence cases with a referral sent in the period (once each), by category. */
    Map<String, Long> referred(String path, OffsetDateTime from, OffsetDateTime to) {
        return byCategory("SELECT c.category, count(DISTINCT c.id) " + CASES + """
                 AND c.category <> 'SCAM'
                 AND EXISTS (SELECT 1 FROM safety_referral r WHERE r.case_id = c.id AND r.sent_at >= :from AND r.sent_at < :to)
                 GROUP BY c.category
                """, path, from, to);
    }

    /** Harassment and violence cases closed in the period, by category. */
    Map<String, Long> closed(String path, OffsetDateTime from, OffsetDateTime to) {
        return byCategory("SELECT c.category, count(*) " + CASES
                + " AND c.category <> 'SCAM' AND c.closed_at >= :from AND c.closed_at < :to GROUP BY c.category", path, from, to);
    }

    private Map<String, Long> byCategory(String sql, String path, OffsetDateTime from, OffsetDateTime to) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put(CaseKind.Category.HARASSMENT.name(), 0L);
        out.put(CaseKind.Category.VIOLENCE.name(), 0L);
        jdbc.sql(sql).param("path", path).param("from", from).param("to", to).query(rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }
}

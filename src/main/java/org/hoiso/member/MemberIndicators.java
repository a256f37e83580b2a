package org.hoiso.member;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hoiso.platform.indicators.IndicatorSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The report indicators the registry knows, so nobody counts members by hand: members in total, joined
 * and left in a period, with a level-2 e-ID, aged 18–35, by age band and by ethnic group (counts only).
 *
 * <p>A member counts as active on a day when she had joined by then and is active now, or changed status
 * only after that day. A member whose joining date is unknown (imported as an existing member) is never
 * counted as joined, and counts as active from the day she was entered in the registry. Her unit is her unit today: a transfer moves her past counts with her (the
 * registry keeps no dated unit history yet).
 */
@Component
class MemberIndicators implements IndicatorSource {

    private static final String IN_SUBTREE = "m.unit_id IN (SELECT id FROM org_unit WHERE path <@ CAST(:path AS ltree))";
    /** Active on the last day: joined by then (unknown joining date: entered in the registry by then). */
    private static final String ACTIVE_AT_END = "coalesce(m.joined_on, CAST(m.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS date))"
            + " <= :to AND (m.status = 'ACTIVE' OR m.status_since > :to)";
    private static final String AGE = "date_part('year', age(CAST(:to AS date), m.birth_date))";

    private final JdbcClient jdbc;

    MemberIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> keys() {
        return Set.of("members.active", "members.joined", "members.left", "members.vneid2", "members.age18to35",
                "members.byAge", "members.byEthnicGroup");
    }

    @Override
    public Map<String, BigDecimal> compute(String key, String subtreePath, LocalDate from, LocalDate to) {
        return switch (key) {
            case "members.active" -> one(ACTIVE_AT_END, subtreePath, from, to);
            case "members.joined" -> one("m.joined_on BETWEEN :from AND :to", subtreePath, from, to);
            case "members.left" -> one("m.status IN ('LEFT', 'DECEASED') AND m.status_since BETWEEN :from AND :to",
                    subtreePath, from, to);
            case "members.vneid2" -> one(ACTIVE_AT_END + " AND m.vneid_level = 2", subtreePath, from, to);
            case "members.age18to35" -> one(ACTIVE_AT_END + " AND " + AGE + " BETWEEN 18 AND 35", subtreePath, from, to);
            case "members.byAge" -> categories("""
                    SELECT count(*) FILTER (WHERE %1$s <= 35), count(*) FILTER (WHERE %1$s BETWEEN 36 AND 55),
                           count(*) FILTER (WHERE %1$s >= 56)
                      FROM member m WHERE %2$s AND %3$s
                    """.formatted(AGE, IN_SUBTREE, ACTIVE_AT_END), subtreePath, from, to, "18_35", "36_55", "56_PLUS");
            case "members.byEthnicGroup" -> categories("""
                    SELECT count(*) FILTER (WHERE m.ethnicity_code = '01'),
                           count(*) FILTER (WHERE m.ethnicity_code IS NOT NULL AND m.ethnicity_code <> '01'),
                           count(*) FILTER (WHERE m.ethnicity_code IS NULL)
                      FROM member m WHERE %s AND %s
                    """.formatted(IN_SUBTREE, ACTIVE_AT_END), subtreePath, from, to, "KINH", "MINORITY", "UNKNOWN");
            default -> throw new IllegalArgumentException("not a member indicator: " + key);
        };
    }

    private Map<String, BigDecimal> one(String condition, String path, LocalDate from, LocalDate to) {
        long n = jdbc.sql("SELECT count(*) FROM member m WHERE " + IN_SUBTREE + " AND " + condition)
                .param("path", path).param("from", from).param("to", to).query(Long.class).single();
        return Map.of("", BigDecimal.valueOf(n));
    }

    private Map<String, BigDecimal> categories(String sql, String path, LocalDate from, LocalDate to, String... codes) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        jdbc.sql(sql).param("path", path).param("from", from).param("to", to).query(rs -> {
            for (int i = 0; i < codes.length; i++) {
                result.put(codes[i], BigDecimal.valueOf(rs.getLong(i + 1)));
            }
        });
        return result;
    }
}

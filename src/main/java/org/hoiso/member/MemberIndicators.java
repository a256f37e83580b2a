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
 * <p>Each member counts where she was then: the dated history of her unit and status
 * ({@code member_unit_history}) says in which unit she was, and whether she was active, on the period's
 * last day; a joining or a leaving counts in the unit she joined or left. A transfer moves no past count, so
 * a report of March computed in December gives March's figures. Ages are on the period's last day; the
 * e-ID level and ethnic group are those of her record today (the registry keeps no history of them).
 * A member whose joining date is unknown (imported as an existing member) is never counted as joined; her
 * history starts with the registry's earliest day.
 */
@Component
class MemberIndicators implements IndicatorSource {

    private static final String IN_SUBTREE = "h.unit_id IN (SELECT id FROM org_unit WHERE path <@ CAST(:path AS ltree))";
    /** Her stretch on the period's last day, active. */
    private static final String ACTIVE_AT_END = "h.valid_from <= :to AND (h.valid_to IS NULL OR h.valid_to > :to) AND h.status = 'ACTIVE'";
    private static final String JOINED = "h.change = 'JOINED' AND h.valid_from BETWEEN :from AND :to";
    /** A living member who left or died (a death after leaving is not a second leaving). */
    private static final String LEFT = "h.change = 'STATUS' AND h.status IN ('LEFT', 'DECEASED')"
            + " AND h.previous_status NOT IN ('LEFT', 'DECEASED') AND h.valid_from BETWEEN :from AND :to";
    private static final String AGE = "date_part('year', age(CAST(:to AS date), m.birth_date))";
    private static final String HISTORY = "member_unit_history h";
    private static final String WITH_RECORD = "member_unit_history h JOIN member m ON m.id = h.member_id";

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
            case "members.active" -> one(HISTORY, ACTIVE_AT_END, subtreePath, from, to);
            case "members.joined" -> one(HISTORY, JOINED, subtreePath, from, to);
            case "members.left" -> one(HISTORY, LEFT, subtreePath, from, to);
            case "members.vneid2" -> one(WITH_RECORD, ACTIVE_AT_END + " AND m.vneid_level = 2", subtreePath, from, to);
            case "members.age18to35" -> one(WITH_RECORD, ACTIVE_AT_END + " AND " + AGE + " BETWEEN 18 AND 35", subtreePath,
                    from, to);
            case "members.byAge" -> categories("""
                    SELECT count(*) FILTER (WHERE %1$s <= 35), count(*) FILTER (WHERE %1$s BETWEEN 36 AND 55),
                           count(*) FILTER (WHERE %1$s >= 56)
                      FROM %2$s WHERE %3$s AND %4$s
                    """.formatted(AGE, WITH_RECORD, IN_SUBTREE, ACTIVE_AT_END), subtreePath, from, to, "18_35", "36_55",
                    "56_PLUS");
            case "members.byEthnicGroup" -> categories("""
                    SELECT count(*) FILTER (WHERE m.ethnicity_code = '01'),
                           count(*) FILTER (WHERE m.ethnicity_code IS NOT NULL AND m.ethnicity_code <> '01'),
                           count(*) FILTER (WHERE m.ethnicity_code IS NULL)
                      FROM %s WHERE %s AND %s
                    """.formatted(WITH_RECORD, IN_SUBTREE, ACTIVE_AT_END), subtreePath, from, to, "KINH", "MINORITY",
                    "UNKNOWN");
            default -> throw new IllegalArgumentException("not a member indicator: " + key);
        };
    }

    private Map<String, BigDecimal> one(String from, String condition, String path, LocalDate start, LocalDate end) {
        long n = jdbc.sql("SELECT count(*) FROM " + from + " WHERE " + IN_SUBTREE + " AND " + condition)
                .param("path", path).param("from", start).param("to", end).query(Long.class).single();
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

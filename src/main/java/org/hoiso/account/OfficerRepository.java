package org.hoiso.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who holds which writing role where, with what reports and notices need of them (app_user, role_assignment). */
@Repository
class OfficerRepository {

    /** An account with its name, title, address and the units whose subtrees it may change. */
    private static final String PERSON = """
            SELECT a.id, a.username, a.display_name, a.title, a.email,
                   coalesce((SELECT array_agg(DISTINCT w.unit_id ORDER BY w.unit_id) FROM role_assignment w
                              WHERE w.user_id = a.id AND w.role IN ('ADMIN', 'OFFICER')), '{}') AS writable
              FROM app_user a
            """;

    private final JdbcClient jdbc;

    OfficerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled accounts with a writing role on the unit or on a unit above it. */
    List<Officers.Person> whoMayChange(long unitId) {
        return jdbc.sql(PERSON + """
                 WHERE a.enabled AND EXISTS (
                       SELECT 1 FROM role_assignment r JOIN org_unit au ON au.id = r.unit_id JOIN org_unit u ON u.id = :unit
                        WHERE r.user_id = a.id AND r.role IN ('ADMIN', 'OFFICER') AND u.path <@ au.path)
                 ORDER BY a.username
                """).param("unit", unitId).query((rs, n) -> person(rs)).list();
    }

    /** Enabled accounts with a writing role on exactly this unit. */
    List<Officers.Person> officersOf(long unitId) {
        return jdbc.sql(PERSON + """
                 WHERE a.enabled AND EXISTS (SELECT 1 FROM role_assignment r
                                              WHERE r.user_id = a.id AND r.role IN ('ADMIN', 'OFFICER') AND r.unit_id = :unit)
                 ORDER BY a.username
                """).param("unit", unitId).query((rs, n) -> person(rs)).list();
    }

    /** The officers of each of these units (a writing role on exactly it), by unit. */
    Map<Long, List<Officers.Person>> officersOfUnits(Collection<Long> unitIds) {
        Map<Long, List<Officers.Person>> byUnit = new HashMap<>();
        if (unitIds.isEmpty()) {
            return byUnit;
        }
        jdbc.sql("""
                SELECT r.unit_id, a.id, a.username, a.display_name, a.title, a.email,
                       coalesce((SELECT array_agg(DISTINCT w.unit_id ORDER BY w.unit_id) FROM role_assignment w
                                  WHERE w.user_id = a.id AND w.role IN ('ADMIN', 'OFFICER')), '{}') AS writable
                  FROM role_assignment r JOIN app_user a ON a.id = r.user_id
                 WHERE a.enabled AND r.role IN ('ADMIN', 'OFFICER') AND r.unit_id IN (:units)
                 ORDER BY r.unit_id, a.username
                """).param("units", unitIds).query((rs, n) -> Map.entry(rs.getLong("unit_id"), person(rs))).list()
                .forEach(e -> byUnit.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byUnit;
    }

    List<Officers.Person> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PERSON + " WHERE a.id IN (:ids)").param("ids", ids).query((rs, n) -> person(rs)).list();
    }

    List<Officers.Person> byUsernames(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PERSON + " WHERE lower(a.username) IN (:names)")
                .param("names", usernames.stream().map(String::toLowerCase).distinct().toList())
                .query((rs, n) -> person(rs)).list();
    }

    Optional<String> title(long userId) {
        return jdbc.sql("SELECT title FROM app_user WHERE id = :id AND title IS NOT NULL").param("id", userId)
                .query(String.class).optional();
    }

    void setTitle(long userId, String title) {
        jdbc.sql("UPDATE app_user SET title = :title WHERE id = :id").param("id", userId).param("title", title).update();
    }

    private static Officers.Person person(ResultSet rs) throws SQLException {
        Array writable = rs.getArray("writable");
        List<Long> units = writable == null
                ? List.of()
                : Arrays.stream((Object[]) writable.getArray()).map(u -> ((Number) u).longValue()).toList();
        return new Officers.Person(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getString("title"), rs.getString("email"), units);
    }
}

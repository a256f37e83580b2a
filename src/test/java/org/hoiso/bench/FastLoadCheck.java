package org.hoiso.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Checks that {@link FastLoad} leaves what the ordinary path leaves: the same members load once through every trigger
 * and index and once through the fast path, and the two results are compared (members with their province, number and
 * folded name, keyed by CCCD since the parallel COPY numbers rows in another order; the subtree counts; the unit
 * history; the status history; the number sequences; the indexes and the triggers, all back and enabled). Runs on a
 * fresh registry only (it empties the member tables between the two loads), before the benchmark's own load:
 * {@code -Dbench.load.check=20000}; a mismatch stops the benchmark with a non-zero exit.
 */
final class FastLoadCheck {

    private static final Map<String, String> SNAPSHOTS = new LinkedHashMap<>();

    static {
        SNAPSHOTS.put("members", """
                SELECT national_id, province_id, member_number, name_folded, unit_id, status, status_since, joined_on
                  FROM member ORDER BY national_id""");
        SNAPSHOTS.put("subtree counts", """
                SELECT unit_id, active, transferred_out, left_union, deceased FROM member_subtree_count
                 WHERE active <> 0 OR transferred_out <> 0 OR left_union <> 0 OR deceased <> 0 ORDER BY unit_id""");
        SNAPSHOTS.put("unit history", """
                SELECT m.national_id, h.seq, h.unit_id, h.status, h.valid_from, h.valid_to, h.change, h.previous_status
                  FROM member_unit_history h JOIN member m ON m.id = h.member_id ORDER BY 1, 2""");
        SNAPSHOTS.put("status history", "SELECT count(*) FROM member_status_history");
        SNAPSHOTS.put("number sequences", """
                SELECT p.id, pg_sequence_last_value(member_number_sequence(p.id)::regclass)
                  FROM org_unit p WHERE nlevel(p.path) = 2 ORDER BY p.id""");
        SNAPSHOTS.put("indexes", """
                SELECT tablename, indexname, indexdef FROM pg_indexes
                 WHERE tablename IN ('member', 'member_unit_history') ORDER BY 1, 2""");
        SNAPSHOTS.put("constraints", """
                SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), convalidated FROM pg_constraint
                 WHERE conrelid IN ('member'::regclass, 'member_unit_history'::regclass) ORDER BY 1, 2""");
        SNAPSHOTS.put("triggers", """
                SELECT tgrelid::regclass::text, tgname, tgenabled FROM pg_trigger
                 WHERE tgrelid IN ('member'::regclass, 'member_unit_history'::regclass) ORDER BY 1, 2""");
    }

    private FastLoadCheck() {
    }

    /** Loads {@code members} both ways into the given units and throws if anything differs; leaves the tables empty. */
    static void run(DataSource dataSource, SyntheticRegistry registry, SyntheticRegistry.Units units, long members,
            LocalDate today, int connections) throws SQLException {
        long t0 = System.nanoTime();
        empty(dataSource, units);
        registry.loadWithTriggers(new MemberRows(new SplittableRandom(7), units.picker(), new CccdNumbers(), today), members);
        Map<String, List<String>> ordinary = snapshot(dataSource);
        empty(dataSource, units);
        registry.fastLoad(new MemberRows(new SplittableRandom(7), units.picker(), new CccdNumbers(), today), members, units,
                connections);
        Map<String, List<String>> fast = snapshot(dataSource);
        empty(dataSource, units);
        List<String> problems = new ArrayList<>();
        for (String what : SNAPSHOTS.keySet()) {
            List<String> a = ordinary.get(what);
            List<String> b = fast.get(what);
            if (!a.equals(b)) {
                int i = 0;
                while (i < Math.min(a.size(), b.size()) && Objects.equals(a.get(i), b.get(i))) {
                    i++;
                }
                problems.add(
                        String.format("%s: %,d rows by the triggers, %,d by the fast load; first difference at row %d: %s / %s",
                                what, a.size(), b.size(), i, i < a.size() ? a.get(i) : "-", i < b.size() ? b.get(i) : "-"));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the fast load differs from the trigger path:\n  " + String.join("\n  ", problems));
        }
        System.out.printf("Fast load checked against the trigger path on %,d members: %s the same (%.1f s)%n", members,
                String.join(", ", SNAPSHOTS.keySet()), Timings.elapsedMs(t0) / 1000);
    }

    private static Map<String, List<String>> snapshot(DataSource dataSource) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> e : SNAPSHOTS.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery(e.getValue())) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(i > 1 ? "|" : "").append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                out.put(e.getKey(), rows);
            }
        }
        if (out.get("members").isEmpty() || out.get("unit history").isEmpty() || out.get("subtree counts").isEmpty()) {
            throw new IllegalStateException("nothing loaded to compare: " + out.keySet());
        }
        return out;
    }

    /** No members, counts or history, identities and number sequences from the start: as before the first load. */
    private static void empty(DataSource dataSource, SyntheticRegistry.Units units) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE member, member_unit_history, member_subtree_count, member_status_history, member_transfer "
                    + "RESTART IDENTITY CASCADE");
            s.execute("SELECT setval(member_number_sequence(id), 1, false) FROM org_unit WHERE nlevel(path) = 2");
        }
    }
}

package org.hoiso.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads members as a restore would, instead of through the row-by-row path: the indexes of {@code member} and
 * {@code member_unit_history} are dropped (their DDL read from the catalogue first and recreated exactly), every
 * trigger of both tables is disabled (the row triggers that set the province and the member number, the statement
 * triggers that keep the subtree counts and the history, the foreign-key checks), the rows are streamed with COPY
 * on several connections at once carrying the province and member number the triggers would have given them, then
 * what the triggers maintain is built in set-based SQL (the same statements as the triggers, over all the new rows
 * at once), the indexes are built with a large {@code maintenance_work_mem}, two at a time, and the tables vacuumed
 * and analysed.
 *
 * <p>{@code member_status_history} gets nothing, as on the trigger path: a COPY writes no status history, only the
 * application's forms and imports do. FastLoadTest checks that both paths leave the same rows behind.
 */
final class FastLoad {

    private static final List<String> TABLES = List.of("member", "member_unit_history");
    private static final int CHUNK_BYTES = 1 << 20;
    private static final byte[][] END = new byte[0][];

    /** An index to drop and recreate; {@code constraint} names the primary key or unique constraint it backs. */
    record Index(String table, String name, String ddl, String constraint, String constraintType, boolean gin) {
    }

    private final DataSource dataSource;
    private final int connections;
    private final Map<String, Double> phases = new LinkedHashMap<>();

    FastLoad(DataSource dataSource, int connections) {
        this.dataSource = dataSource;
        this.connections = Math.max(1, connections);
    }

    /** Loads {@code total} rows and rebuilds what depends on them; the phases' wall-clock times in milliseconds. */
    Map<String, Double> load(MemberRows rows, long total, MemberNumbers numbers) throws SQLException {
        long t0 = System.nanoTime();
        long before;
        List<Index> indexes;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            before = single(s, "SELECT coalesce(max(id), 0) FROM member");
            indexes = indexes(c);
            for (String table : TABLES) {
                s.execute("ALTER TABLE " + table + " SET (autovacuum_enabled = false)");
                s.execute("ALTER TABLE " + table + " DISABLE TRIGGER ALL");
            }
            for (Index i : indexes) {
                s.execute(i.constraint() != null
                        ? "ALTER TABLE " + i.table() + " DROP CONSTRAINT " + i.constraint()
                        : "DROP INDEX " + i.name());
            }
        }
        phase("drop " + indexes.size() + " indexes, disable triggers", t0);
        boolean done = false;
        try {
            t0 = System.nanoTime();
            copy(rows, total, numbers);
            phase(String.format("COPY %,d members on %d connection(s)", total, connections), t0);

            t0 = System.nanoTime();
            inParallel(List.of(subtreeCounts(before), unitHistory(before)));
            try (Connection c = dataSource.getConnection()) {
                numbers.advanceSequences(c);
            }
            phase("subtree counts + unit history (set-based, in parallel)", t0);

            t0 = System.nanoTime();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("VACUUM (FREEZE) member, member_unit_history, member_subtree_count");
            }
            phase("VACUUM (FREEZE) before the indexes", t0);

            t0 = System.nanoTime();
            buildIndexes(indexes);
            phase("build " + indexes.size() + " indexes, " + connections + " at a time", t0);
            done = true;
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String table : TABLES) {
                    s.execute("ALTER TABLE " + table + " ENABLE TRIGGER ALL");
                    s.execute("ALTER TABLE " + table + " RESET (autovacuum_enabled)");
                }
            }
        }
        if (done) {
            t0 = System.nanoTime();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            phase("ANALYZE", t0);
        }
        return phases;
    }

    private void phase(String name, long t0) {
        double ms = Timings.elapsedMs(t0);
        phases.put(name, ms);
        System.out.printf("  fast load: %-58s %8.1f s%n", name, ms / 1000);
    }

    /** The tables' indexes, except those a foreign key of another table relies on (the member's primary key). */
    private static List<Index> indexes(Connection c) throws SQLException {
        List<Index> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT t.relname, ic.relname, pg_get_indexdef(i.indexrelid), k.conname, k.contype, am.amname = 'gin'
                  FROM pg_index i
                  JOIN pg_class ic ON ic.oid = i.indexrelid
                  JOIN pg_class t ON t.oid = i.indrelid
                  JOIN pg_am am ON am.oid = ic.relam
                  LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u')
                 WHERE t.oid = ANY (CAST(? AS regclass[]))
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)
                 ORDER BY t.relname, ic.relname
                """)) {
            ps.setArray(1, c.createArrayOf("text", TABLES.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Index(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getBoolean(6)));
                }
            }
        }
        return out;
    }

    /** One generator (this thread) hands chunks of whole CSV lines to one COPY per connection. */
    private void copy(MemberRows rows, long total, MemberNumbers numbers) throws SQLException {
        String sql = "COPY member (" + MemberRows.COLUMNS_WITH_NUMBER + ") FROM STDIN (FORMAT csv)";
        BlockingQueue<byte[][]> queue = new ArrayBlockingQueue<>(4 * connections);
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<Long>> copies = new ArrayList<>();
        for (int k = 0; k < connections; k++) {
            copies.add(pool.submit(() -> {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SET synchronous_commit = off");
                    CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
                    try {
                        for (byte[][] chunk = queue.take(); chunk != END; chunk = queue.take()) {
                            copy.writeToCopy(chunk[0], 0, chunk[0].length);
                        }
                        return copy.endCopy();
                    } finally {
                        if (copy.isActive()) {
                            copy.cancelCopy();
                        }
                    }
                } catch (Exception e) {
                    failed.set(true);
                    throw e;
                }
            }));
        }
        try {
            StringBuilder buffer = new StringBuilder(CHUNK_BYTES + 4096);
            long nextReport = total / 10;
            long t0 = System.nanoTime();
            for (long i = 1; i <= total; i++) {
                rows.append(buffer, numbers);
                if (buffer.length() >= CHUNK_BYTES || i == total) {
                    hand(queue, buffer, failed);
                }
                if (i >= nextReport || i == total) {
                    double s = Timings.elapsedMs(t0) / 1000;
                    System.out.printf("  %,d / %,d members generated and handed to COPY (%.0f s, %,.0f rows/s)%n", i, total, s,
                            i / s);
                    nextReport = i + total / 10;
                }
            }
            for (int k = 0; k < connections; k++) {
                offer(queue, END, failed);
            }
            long copied = 0;
            for (Future<Long> f : copies) {
                copied += f.get();
            }
            if (copied != total) {
                throw new IllegalStateException("COPY took " + copied + " rows of " + total);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new SQLException("a COPY failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void hand(BlockingQueue<byte[][]> queue, StringBuilder buffer, AtomicBoolean failed)
            throws InterruptedException, SQLException {
        offer(queue, new byte[][] {buffer.toString().getBytes(StandardCharsets.UTF_8)}, failed);
        buffer.setLength(0);
    }

    private static void offer(BlockingQueue<byte[][]> queue, byte[][] chunk, AtomicBoolean failed)
            throws InterruptedException, SQLException {
        while (!queue.offer(chunk, 1, TimeUnit.SECONDS)) {
            if (failed.get()) {
                throw new SQLException("a COPY connection failed; generation stopped");
            }
        }
    }

    /** member_count_after_insert over every row loaded, in one statement. */
    private SqlTask subtreeCounts(long before) {
        return c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO member_subtree_count AS c (unit_id, active, transferred_out, left_union, deceased)
                    SELECT a.id, sum(n.active), sum(n.transferred_out), sum(n.left_union), sum(n.deceased)
                      FROM (SELECT unit_id,
                                   count(*) FILTER (WHERE status = 'ACTIVE') AS active,
                                   count(*) FILTER (WHERE status = 'TRANSFERRED_OUT') AS transferred_out,
                                   count(*) FILTER (WHERE status = 'LEFT') AS left_union,
                                   count(*) FILTER (WHERE status = 'DECEASED') AS deceased
                              FROM member WHERE id > ? GROUP BY unit_id) n
                      JOIN org_unit u ON u.id = n.unit_id
                      CROSS JOIN LATERAL hoiso_ancestors_below_root(u.path) AS a(id)
                     GROUP BY a.id
                     ORDER BY a.id
                    ON CONFLICT (unit_id) DO UPDATE SET
                        active = c.active + excluded.active, transferred_out = c.transferred_out + excluded.transferred_out,
                        left_union = c.left_union + excluded.left_union, deceased = c.deceased + excluded.deceased
                    """)) {
                ps.setLong(1, before);
                ps.executeUpdate();
            }
        };
    }

    /** member_history_after_insert over every row loaded, in one statement. */
    private SqlTask unitHistory(long before) {
        return c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    """
                            INSERT INTO member_unit_history (member_id, seq, unit_id, status, valid_from, valid_to, change, previous_status)
                            SELECT n.id, 1, n.unit_id, 'ACTIVE', coalesce(n.joined_on, '-infinity'::date),
                                   CASE WHEN n.status <> 'ACTIVE' THEN greatest(n.status_since, coalesce(n.joined_on, '-infinity'::date)) END,
                                   'JOINED', NULL
                              FROM member n WHERE n.id > ?
                            UNION ALL
                            SELECT n.id, 2, n.unit_id, n.status, greatest(n.status_since, coalesce(n.joined_on, '-infinity'::date)), NULL,
                                   'STATUS', 'ACTIVE'
                              FROM member n WHERE n.id > ? AND n.status <> 'ACTIVE'
                            """)) {
                ps.setLong(1, before);
                ps.setLong(2, before);
                ps.executeUpdate();
            }
        };
    }

    /** The dropped indexes, largest (GIN) first, {@code connections} at a time; then the constraints they back. */
    private void buildIndexes(List<Index> indexes) throws SQLException {
        ConcurrentLinkedQueue<Index> todo = new ConcurrentLinkedQueue<>(indexes.stream()
                .sorted(Comparator.comparing((Index i) -> !i.gin()).thenComparing(i -> !i.table().equals("member")))
                .toList());
        List<SqlTask> workers = new ArrayList<>();
        for (int k = 0; k < connections; k++) {
            workers.add(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("SET maintenance_work_mem = '" + (connections > 1 ? "1536MB" : "3GB") + "'");
                    s.execute("SET max_parallel_maintenance_workers = " + (connections > 1 ? 1 : 2));
                    for (Index i = todo.poll(); i != null; i = todo.poll()) {
                        long t0 = System.nanoTime();
                        s.execute(i.ddl());
                        System.out.printf("    index %-40s %8.1f s%n", i.name(), Timings.elapsedMs(t0) / 1000);
                    }
                }
            });
        }
        inParallel(workers);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (Index i : indexes) {
                if (i.constraint() != null) {
                    s.execute("ALTER TABLE " + i.table() + " ADD CONSTRAINT " + i.constraint()
                            + (i.constraintType().equals("p") ? " PRIMARY KEY" : " UNIQUE") + " USING INDEX " + i.name());
                }
            }
        }
    }

    @FunctionalInterface
    interface SqlTask {
        void run(Connection c) throws SQLException;
    }

    /** Runs each task on a connection of its own, at most {@code connections} at once. */
    private void inParallel(List<SqlTask> tasks) throws SQLException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(connections, tasks.size()));
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (SqlTask task : tasks) {
                futures.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                        s.execute("SET synchronous_commit = off");
                        task.run(c);
                    }
                    return null;
                }));
            }
            for (Future<Object> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

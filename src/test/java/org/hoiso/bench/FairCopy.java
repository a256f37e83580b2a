package org.hoiso.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import's fair limit: the rows a commit wrote (its members and their status history), loaded again with
 * plain {@code COPY} into tables identical to {@code member} and {@code member_status_history}
 * ({@code LIKE … INCLUDING ALL}: columns, defaults, identity, generated search columns, checks, every index,
 * the GIN trigram index included) with the same INSERT triggers as {@code member}: the province, the member
 * number, the subtree counts (on the real {@code member_subtree_count}) and the dated unit history (a copy of
 * its function writing {@code member_unit_history_fair}). Left out, and why: foreign keys (LIKE does not copy
 * them; the rows are the registry's own, already checked), the UPDATE and DELETE triggers (a load fires none).
 * Each load runs in a transaction that is rolled back, so the counts and number sequences stay as they were;
 * the fair tables start empty each time while {@code member} holds the registry (its indexes are larger).
 */
final class FairCopy {

    private static final Pattern HISTORY = Pattern.compile("\\bmember_unit_history\\b");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final List<String> memberColumns;
    private final List<String> triggers = new ArrayList<>();

    FairCopy(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE member_fair (LIKE member INCLUDING ALL)").update();
        jdbc.sql("CREATE TABLE member_status_history_fair (LIKE member_status_history INCLUDING ALL)").update();
        jdbc.sql("CREATE TABLE member_unit_history_fair (LIKE member_unit_history INCLUDING ALL)").update();
        this.memberColumns = jdbc
                .sql("""
                        SELECT attname FROM pg_attribute
                         WHERE attrelid = 'member'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' AND attidentity = ''
                         ORDER BY attnum
                        """)
                .query(String.class).list();
        record Trigger(String name, String definition, String function, String body) {
        }
        List<Trigger> found = jdbc.sql("""
                SELECT t.tgname AS name, pg_get_triggerdef(t.oid) AS definition, p.proname AS function,
                       pg_get_functiondef(p.oid) AS body
                  FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                 WHERE t.tgrelid = 'member'::regclass AND NOT t.tgisinternal AND (t.tgtype & 4) <> 0
                 ORDER BY t.tgname
                """).query(Trigger.class).list();
        for (Trigger t : found) {
            String definition = t.definition().replace(" ON public.member ", " ON public.member_fair ")
                    .replace(" ON member ", " ON member_fair ");
            if (HISTORY.matcher(t.body()).find()) {
                String copy = t.function() + "_fair";
                jdbc.sql(HISTORY.matcher(t.body()).replaceAll("member_unit_history_fair")
                        .replaceFirst("FUNCTION (public\\.)?" + t.function() + "\\(", "FUNCTION " + copy + "(")).update();
                definition = definition.replace("FUNCTION " + t.function() + "(", "FUNCTION " + copy + "(")
                        .replace("FUNCTION public." + t.function() + "(", "FUNCTION " + copy + "(");
            }
            jdbc.sql(definition).update();
            triggers.add(t.name());
        }
    }

    /** The INSERT triggers of {@code member} put on the fair table. */
    List<String> triggers() {
        return triggers;
    }

    /**
     * Writes the rows a commit inserted (batch {@code batch}) to files, then loads them with COPY into the fair
     * tables in a transaction rolled back after; answers the seconds of the load alone.
     */
    double load(long batch, Path dir) throws IOException, SQLException {
        String columns = String.join(", ", memberColumns);
        Path members = dir.resolve("fair-members.copy");
        Path history = dir.resolve("fair-history.copy");
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (OutputStream out = Files.newOutputStream(members)) {
                copy.copyOut("COPY (SELECT " + columns + " FROM member WHERE batch_id = " + batch + " ORDER BY id) TO STDOUT",
                        out);
            }
            try (OutputStream out = Files.newOutputStream(history)) {
                copy.copyOut("""
                        COPY (SELECT h.member_id, h.status, h.effective_date, h.reason, h.changed_by, h.changed_at
                                FROM member_status_history h JOIN member m ON m.id = h.member_id
                               WHERE m.batch_id = %d ORDER BY h.id) TO STDOUT
                        """.formatted(batch), out);
            }
            c.setAutoCommit(false);
            try {
                long t = System.nanoTime();
                try (InputStream in = Files.newInputStream(members)) {
                    copy.copyIn("COPY member_fair (" + columns + ") FROM STDIN", in, 1 << 16);
                }
                try (InputStream in = Files.newInputStream(history)) {
                    copy.copyIn("""
                            COPY member_status_history_fair (member_id, status, effective_date, reason, changed_by, changed_at)
                            FROM STDIN""", in, 1 << 16);
                }
                return (System.nanoTime() - t) / 1e9;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } finally {
            Files.deleteIfExists(members);
            Files.deleteIfExists(history);
        }
    }
}

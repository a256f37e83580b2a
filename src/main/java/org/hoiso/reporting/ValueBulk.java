package org.hoiso.reporting;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Values of many reports written at once (file imports of a whole period): COPY into a temporary table,
 * then one statement for the history of what changed and one upsert, inside the caller's transaction so
 * a failure leaves nothing.
 */
@Repository
class ValueBulk {

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    ValueBulk(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    record Row(long reportId, long indicatorId, String category, java.math.BigDecimal num, String txt) {
    }

    /** Writes the rows (one per report, indicator and category) and returns how many values changed. */
    int write(List<Row> rows, String actor) {
        jdbc.sql("""
                CREATE TEMP TABLE IF NOT EXISTS rpt_value_import (report_id bigint, indicator_id bigint, category text,
                    num numeric, txt text) ON COMMIT DELETE ROWS
                """).update();
        jdbc.sql("TRUNCATE rpt_value_import").update();
        StringBuilder csv = new StringBuilder(rows.size() * 32);
        for (Row r : rows) {
            csv.append(r.reportId()).append(',').append(r.indicatorId()).append(',').append(quote(r.category())).append(',')
                    .append(r.num() == null ? "" : r.num().toPlainString()).append(',')
                    .append(r.txt() == null ? "" : quote(r.txt())).append('\n');
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY rpt_value_import FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot copy report values", e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
        int changed = jdbc.sql("""
                INSERT INTO rpt_value_history (report_id, indicator_id, category, old_num, old_txt, new_num, new_txt, revision, changed_by)
                SELECT i.report_id, i.indicator_id, i.category, v.num, v.txt, i.num, i.txt, r.revision, :actor
                  FROM rpt_value_import i
                  JOIN rpt_report r ON r.id = i.report_id
                  LEFT JOIN rpt_value v ON v.report_id = i.report_id AND v.indicator_id = i.indicator_id AND v.category = i.category
                 WHERE v.report_id IS NULL OR v.num IS DISTINCT FROM i.num OR v.txt IS DISTINCT FROM i.txt
                """).param("actor", actor).update();
        jdbc.sql("""
                INSERT INTO rpt_value (report_id, indicator_id, category, num, txt)
                SELECT report_id, indicator_id, category, num, txt FROM rpt_value_import
                ON CONFLICT (report_id, indicator_id, category) DO UPDATE SET num = EXCLUDED.num, txt = EXCLUDED.txt
                 WHERE rpt_value.num IS DISTINCT FROM EXCLUDED.num OR rpt_value.txt IS DISTINCT FROM EXCLUDED.txt
                """).update();
        return changed;
    }

    /** Opens the reports that do not exist yet and answers the ids of all, by unit. */
    Map<Long, Long> openReports(long formId, java.time.LocalDate periodStart, java.time.LocalDate dueOn, Map<Long, String> unitPaths) {
        jdbc.sql("""
                INSERT INTO rpt_report (form_id, unit_id, period_start, unit_path, status, due_on)
                SELECT :f, u.id, :p, CAST(u.path AS ltree), 'DRAFT', :due
                  FROM unnest(CAST(:ids AS bigint[]), CAST(:paths AS text[])) AS u(id, path)
                ON CONFLICT (form_id, unit_id, period_start) DO NOTHING
                """).param("f", formId).param("p", periodStart).param("due", dueOn)
                .param("ids", unitPaths.keySet().toArray(Long[]::new))
                .param("paths", unitPaths.keySet().stream().map(unitPaths::get).toArray(String[]::new)).update();
        Map<Long, Long> ids = new java.util.HashMap<>();
        jdbc.sql("SELECT unit_id, id FROM rpt_report WHERE form_id = :f AND period_start = :p AND unit_id = ANY(CAST(:ids AS bigint[]))")
                .param("f", formId).param("p", periodStart).param("ids", unitPaths.keySet().toArray(Long[]::new))
                .query(rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                });
        return ids;
    }

    /** Marks imported reports: an event each, and submits them when asked. */
    int finish(List<Long> reportIds, String actor, boolean submit) {
        Long[] ids = reportIds.toArray(Long[]::new);
        jdbc.sql("""
                INSERT INTO rpt_report_event (report_id, kind, actor) SELECT id, 'IMPORTED', :a FROM unnest(CAST(:ids AS bigint[])) AS id
                """).param("a", actor).param("ids", ids).update();
        jdbc.sql("UPDATE rpt_report SET updated_at = now(), version = version + 1, updated_by = :a WHERE id = ANY(CAST(:ids AS bigint[]))")
                .param("a", actor).param("ids", ids).update();
        if (!submit) {
            return 0;
        }
        int n = jdbc.sql("""
                UPDATE rpt_report SET status = 'SUBMITTED', submitted_at = now(), submitted_by = :a, return_comment = NULL
                 WHERE id = ANY(CAST(:ids AS bigint[])) AND status IN ('DRAFT', 'RETURNED')
                """).param("a", actor).param("ids", ids).update();
        jdbc.sql("""
                INSERT INTO rpt_report_event (report_id, kind, actor) SELECT id, 'SUBMITTED', :a FROM unnest(CAST(:ids AS bigint[])) AS id
                """).param("a", actor).param("ids", ids).update();
        return n;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}

package org.hoiso.reporting;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    record Row(long reportId, long indicatorId, String category, BigDecimal num, String txt) {
    }

    /**
     * Writes the rows (one per report, indicator and category) and returns how many values changed.
     * Reports in {@code fresh} were opened by this import and hold no values yet, so their history rows
     * need no look-up of an old value (a national period is 3,321 such reports).
     */
    int write(List<Row> rows, Set<Long> fresh, String actor) {
        jdbc.sql("""
                CREATE TEMP TABLE IF NOT EXISTS rpt_value_import (report_id bigint, indicator_id bigint, category text,
                    num numeric, txt text, fresh boolean) ON COMMIT DELETE ROWS
                """).update();
        jdbc.sql("TRUNCATE rpt_value_import").update();
        StringBuilder csv = new StringBuilder(rows.size() * 32);
        for (Row r : rows) {
            csv.append(r.reportId()).append(',').append(r.indicatorId()).append(',').append(quote(r.category())).append(',')
                    .append(r.num() == null ? "" : r.num().toPlainString()).append(',')
                    .append(r.txt() == null ? "" : quote(r.txt())).append(',').append(fresh.contains(r.reportId()) ? 't' : 'f')
                    .append('\n');
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
        // The planner knows nothing of a temporary table until it is analysed: without it, it hashes all of rpt_value.
        jdbc.sql("ANALYZE rpt_value_import").update();
        int changed = jdbc
                .sql("""
                        INSERT INTO rpt_value_history (report_id, indicator_id, category, old_num, old_txt, new_num, new_txt, revision, changed_by)
                        SELECT i.report_id, i.indicator_id, i.category, NULL, NULL, i.num, i.txt, 0, :actor
                          FROM rpt_value_import i WHERE i.fresh
                        """)
                .param("actor", actor).update();
        changed += jdbc
                .sql("""
                        INSERT INTO rpt_value_history (report_id, indicator_id, category, old_num, old_txt, new_num, new_txt, revision, changed_by)
                        SELECT i.report_id, i.indicator_id, i.category, v.num, v.txt, i.num, i.txt, r.revision, :actor
                          FROM rpt_value_import i
                          JOIN rpt_report r ON r.id = i.report_id
                          LEFT JOIN rpt_value v ON v.report_id = i.report_id AND v.indicator_id = i.indicator_id AND v.category = i.category
                         WHERE NOT i.fresh AND (v.report_id IS NULL OR v.num IS DISTINCT FROM i.num OR v.txt IS DISTINCT FROM i.txt)
                        """)
                .param("actor", actor).update();
        // Reports opened by this import hold no value yet: a plain insert, without the upsert's speculative one.
        jdbc.sql("""
                INSERT INTO rpt_value (report_id, indicator_id, category, num, txt)
                SELECT report_id, indicator_id, category, num, txt FROM rpt_value_import WHERE fresh
                """).update();
        jdbc.sql("""
                INSERT INTO rpt_value (report_id, indicator_id, category, num, txt)
                SELECT report_id, indicator_id, category, num, txt FROM rpt_value_import WHERE NOT fresh
                ON CONFLICT (report_id, indicator_id, category) DO UPDATE SET num = EXCLUDED.num, txt = EXCLUDED.txt
                 WHERE rpt_value.num IS DISTINCT FROM EXCLUDED.num OR rpt_value.txt IS DISTINCT FROM EXCLUDED.txt
                """).update();
        return changed;
    }

    /** The reports opened by {@link #openReports} (the rest existed before). */
    record Opened(Map<Long, Long> idsByUnit, Set<Long> fresh) {
    }

    /** Opens the reports that do not exist yet and answers the ids of all, by unit, and which are new. */
    Opened openReports(long formId, LocalDate periodStart, LocalDate dueOn, Map<Long, String> unitPaths) {
        Set<Long> fresh = new HashSet<>(jdbc.sql("""
                INSERT INTO rpt_report (form_id, unit_id, period_start, unit_path, status, due_on)
                SELECT :f, u.id, :p, CAST(u.path AS ltree), 'DRAFT', :due
                  FROM unnest(CAST(:ids AS bigint[]), CAST(:paths AS text[])) AS u(id, path)
                ON CONFLICT (form_id, unit_id, period_start) DO NOTHING
                RETURNING id
                """).param("f", formId).param("p", periodStart).param("due", dueOn)
                .param("ids", unitPaths.keySet().toArray(Long[]::new))
                .param("paths", unitPaths.keySet().stream().map(unitPaths::get).toArray(String[]::new)).query(Long.class).list());
        if (fresh.size() == unitPaths.size()) {
            Map<Long, Long> ids = new HashMap<>();
            jdbc.sql("SELECT unit_id, id FROM rpt_report WHERE id = ANY(CAST(:ids AS bigint[]))")
                    .param("ids", fresh.toArray(Long[]::new)).query(rs -> {
                        ids.put(rs.getLong(1), rs.getLong(2));
                    });
            return new Opened(ids, fresh);
        }
        return new Opened(idsOf(formId, periodStart, unitPaths), fresh);
    }

    private Map<Long, Long> idsOf(long formId, LocalDate periodStart, Map<Long, String> unitPaths) {
        Map<Long, Long> ids = new HashMap<>();
        jdbc.sql(
                "SELECT unit_id, id FROM rpt_report WHERE form_id = :f AND period_start = :p AND unit_id = ANY(CAST(:ids AS bigint[]))")
                .param("f", formId).param("p", periodStart).param("ids", unitPaths.keySet().toArray(Long[]::new))
                .query(rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                });
        return ids;
    }

    /**
     * Marks imported reports: a new version, the SUBMIT step when asked (one update each), and the events.
     * Only reports still in a status a save (or the submit) is taken from are marked; answers how many.
     */
    int finish(List<Long> reportIds, String actor, boolean submit) {
        ReportStep step = submit ? ReportStep.SUBMIT : ReportStep.SAVE;
        List<Long> marked = jdbc.sql("""
                UPDATE rpt_report
                   SET updated_at = now(), version = version + 1, updated_by = :a,
                       status = CASE WHEN :submit THEN :to ELSE status END,
                       submitted_at = CASE WHEN :submit THEN now() ELSE submitted_at END,
                       submitted_by = CASE WHEN :submit THEN :a ELSE submitted_by END,
                       return_comment = CASE WHEN :submit THEN NULL ELSE return_comment END
                 WHERE id = ANY(CAST(:ids AS bigint[])) AND status IN (:from)
                RETURNING id
                """).param("a", actor).param("ids", reportIds.toArray(Long[]::new)).param("submit", submit)
                .param("to", ReportStep.SUBMIT.target().name()).param("from", ReportRepository.names(step.from()))
                .query(Long.class).list();
        String submitted = ReportStep.SUBMIT.event().orElseThrow();
        jdbc.sql("""
                INSERT INTO rpt_report_event (report_id, kind, actor)
                SELECT id, k, :a FROM unnest(CAST(:ids AS bigint[])) AS id,
                       unnest(CASE WHEN :submit THEN ARRAY[:imported, :submitted] ELSE ARRAY[:imported] END) AS k
                 ORDER BY id, k = :submitted
                """).param("a", actor).param("ids", marked.toArray(Long[]::new)).param("submit", submit)
                .param("imported", ReportStep.IMPORTED).param("submitted", submitted).update();
        return marked.size();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}

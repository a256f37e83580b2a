package org.hoiso.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums, averages, minima and maxima of one indicator over the reports of a subtree. A value belongs to
 * one report and a report to one unit, matched by one path, so no value is counted twice.
 */
@Repository
class AggregateRepository {

    private final JdbcClient jdbc;

    AggregateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per category (and per group key when grouping). */
    record Row(String group, String category, BigDecimal sum, BigDecimal avg, BigDecimal min, BigDecimal max, long reports) {
    }

    /** The indicator over the subtree for one period. */
    List<Row> total(long formId, long indicatorId, LocalDate periodStart, String path, TreeView view, List<String> statuses) {
        return query("NULL", formId, indicatorId, "r.period_start = :p", periodStart, periodStart, path, view, statuses, 0);
    }

    /** The indicator over the subtree, one row per period start in [from, to]. */
    List<Row> byPeriod(long formId, long indicatorId, LocalDate from, LocalDate to, String path, TreeView view,
            List<String> statuses) {
        return query("x.period_start::text", formId, indicatorId, "r.period_start BETWEEN :p AND :to", from, to, path, view,
                statuses, 0);
    }

    /** The indicator for one period, one row per child of the subtree's unit (its id). */
    List<Row> byChild(long formId, long indicatorId, LocalDate periodStart, String path, TreeView view, List<String> statuses) {
        int depth = path.split("\\.").length;
        return query("ltree2text(subpath(x.p, " + depth + ", 1))", formId, indicatorId, "r.period_start = :p", periodStart,
                periodStart, path, view, statuses, depth);
    }

    private List<Row> query(String group, long formId, long indicatorId, String periodFilter, LocalDate from, LocalDate to,
            String path, TreeView view, List<String> statuses, int minDepth) {
        String sql = source(view, periodFilter) + """
                SELECT %s AS grp, x.category, sum(x.num), avg(x.num), min(x.num), max(x.num), count(DISTINCT x.id)
                  FROM x
                 WHERE x.p <@ CAST(:path AS ltree) AND nlevel(x.p) > :minDepth
                 GROUP BY 1, 2 ORDER BY 1, 2
                """.formatted(group);
        List<Row> rows = new ArrayList<>();
        jdbc.sql(sql).param("ind", indicatorId).param("form", formId).param("p", from).param("to", to)
                .param("statuses", statuses).param("path", path).param("minDepth", minDepth)
                .query(rs -> {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getLong(7)));
                });
        return rows;
    }

    /** The units whose reports a figure counts (their paths today) and how many reports, per group key. */
    record Reporting(String group, List<String> unitPaths, long reports) {
    }

    /** {@link #total}'s reports, for an indicator counted again over their units rather than summed. */
    List<Reporting> reportingTotal(long formId, long indicatorId, LocalDate periodStart, String path, TreeView view,
            List<String> statuses) {
        return reporting("NULL", formId, indicatorId, "r.period_start = :p", periodStart, periodStart, path, view, statuses,
                0);
    }

    /** {@link #byPeriod}'s reports, per period start. */
    List<Reporting> reportingByPeriod(long formId, long indicatorId, LocalDate from, LocalDate to, String path,
            TreeView view, List<String> statuses) {
        return reporting("x.period_start::text", formId, indicatorId, "r.period_start BETWEEN :p AND :to", from, to, path,
                view, statuses, 0);
    }

    /** {@link #byChild}'s reports, per child. */
    List<Reporting> reportingByChild(long formId, long indicatorId, LocalDate periodStart, String path, TreeView view,
            List<String> statuses) {
        int depth = path.split("\\.").length;
        return reporting("ltree2text(subpath(x.p, " + depth + ", 1))", formId, indicatorId, "r.period_start = :p",
                periodStart, periodStart, path, view, statuses, depth);
    }

    private List<Reporting> reporting(String group, long formId, long indicatorId, String periodFilter, LocalDate from,
            LocalDate to, String path, TreeView view, List<String> statuses, int minDepth) {
        String sql = source(view, periodFilter) + """
                SELECT %s AS grp, array_agg(DISTINCT u.path::text), count(DISTINCT x.id)
                  FROM x JOIN org_unit u ON u.id = x.unit_id
                 WHERE x.p <@ CAST(:path AS ltree) AND nlevel(x.p) > :minDepth
                 GROUP BY 1 ORDER BY 1
                """.formatted(group);
        return jdbc.sql(sql).param("ind", indicatorId).param("form", formId).param("p", from).param("to", to)
                .param("statuses", statuses).param("path", path).param("minDepth", minDepth)
                .query((rs, i) -> new Reporting(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()), rs.getLong(3)))
                .list();
    }

    /** The values counted ({@code x}: report, period, category, value, reporting unit, the path it counts under). */
    private static String source(TreeView view, String periodFilter) {
        return view == TreeView.THEN ? """
                WITH x AS (
                    SELECT r.id, r.period_start, v.category, v.num, r.unit_id, r.unit_path AS p
                      FROM rpt_report r
                      JOIN rpt_value v ON v.report_id = r.id AND v.indicator_id = :ind
                     WHERE r.form_id = :form AND %s AND r.status IN (:statuses) AND r.unit_path <@ CAST(:path AS ltree)
                )
                """.formatted(periodFilter) : """
                WITH r AS MATERIALIZED (
                    SELECT r.id, r.period_start, r.unit_id, v.category, v.num
                      FROM rpt_report r
                      JOIN rpt_value v ON v.report_id = r.id AND v.indicator_id = :ind
                     WHERE r.form_id = :form AND %s AND r.status IN (:statuses)
                ),
                -- Where each reporting unit sits today: its own path while open, else its successor's through
                -- the lineage. Worked out once per unit that has a report, not per closed unit of the tree.
                today AS MATERIALIZED (
                    SELECT o.id AS unit_id,
                           CASE WHEN o.valid_to IS NULL THEN o.path
                                ELSE (SELECT t.path FROM org_unit t WHERE t.id = org_unit_today(o.id)) END AS p
                      FROM org_unit o WHERE o.id IN (SELECT DISTINCT unit_id FROM r)
                ),
                x AS (SELECT r.id, r.period_start, r.category, r.num, r.unit_id, today.p FROM r JOIN today USING (unit_id))
                """.formatted(periodFilter);
    }

    BigDecimal target(long indicatorId, long unitId, int year) {
        return jdbc.sql("SELECT value FROM rpt_target WHERE indicator_id = :i AND unit_id = :u AND year = :y")
                .param("i", indicatorId).param("u", unitId).param("y", year).query(BigDecimal.class).optional().orElse(null);
    }

    void setTarget(long indicatorId, long unitId, int year, BigDecimal value, String by) {
        jdbc.sql(
                """
                        INSERT INTO rpt_target (indicator_id, unit_id, year, value, set_by) VALUES (:i, :u, :y, :v, :by)
                        ON CONFLICT (indicator_id, unit_id, year) DO UPDATE SET value = EXCLUDED.value, set_by = EXCLUDED.set_by, set_at = now()
                        """)
                .param("i", indicatorId).param("u", unitId).param("y", year).param("v", value).param("by", by).update();
    }
}

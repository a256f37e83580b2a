package org.hoiso.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports, their values, the history of every value and the report's events (rpt_report, rpt_value…). */
@Repository
class ReportRepository {

    private static final String COLUMNS = """
            r.id, r.form_id, r.unit_id, f.periodicity, r.period_start, r.unit_path::text AS unit_path, r.status, r.due_on,
            r.submitted_at, r.submitted_by, r.approved_at, r.approved_by, r.return_comment, r.revision, r.version, r.updated_by, r.updated_at""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ReportRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<Report> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM rpt_report r JOIN rpt_form f ON f.id = r.form_id WHERE r.id = :id")
                .param("id", id).query((rs, n) -> report(rs)).optional();
    }

    Optional<Report> find(long formId, long unitId, LocalDate periodStart) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM rpt_report r JOIN rpt_form f ON f.id = r.form_id
                WHERE r.form_id = :f AND r.unit_id = :u AND r.period_start = :p
                """).param("f", formId).param("u", unitId).param("p", periodStart).query((rs, n) -> report(rs)).optional();
    }

    /** Reports of these units for a form, newest period first. */
    List<Report> ofUnits(long formId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM rpt_report r JOIN rpt_form f ON f.id = r.form_id
                WHERE r.form_id = :f AND r.unit_id IN (:u) ORDER BY r.period_start DESC
                """).param("f", formId).param("u", unitIds).query((rs, n) -> report(rs)).list();
    }

    /** Reports of a form and period whose unit lies in the subtree (as of the tree when they were opened). */
    List<Report> inSubtree(long formId, LocalDate periodStart, String path) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM rpt_report r JOIN rpt_form f ON f.id = r.form_id
                WHERE r.form_id = :f AND r.period_start = :p AND r.unit_path <@ CAST(:path AS ltree)
                """).param("f", formId).param("p", periodStart).param("path", path).query((rs, n) -> report(rs)).list();
    }

    /**
     * Reports waiting for approval (submitted) whose unit lies strictly below one of these units (today's
     * tree), oldest submission first, with the unit's code and name.
     */
    List<WaitingRow> waiting(Collection<Long> approverUnits, int limit) {
        if (approverUnits.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                , u.code AS unit_code, u.name AS unit_name
                  FROM rpt_report r JOIN rpt_form f ON f.id = r.form_id JOIN org_unit u ON u.id = r.unit_id
                 WHERE r.status = 'SUBMITTED'
                   AND EXISTS (SELECT 1 FROM org_unit a WHERE a.id IN (:mine) AND u.path <@ a.path AND u.id <> a.id)
                 ORDER BY r.submitted_at NULLS LAST, r.id LIMIT :limit
                """).param("mine", approverUnits).param("limit", limit)
                .query((rs, n) -> new WaitingRow(report(rs), rs.getString("unit_code"), rs.getString("unit_name"))).list();
    }

    /** How many reports wait for approval below these units: one query on the partial index of waiting reports. */
    int countWaiting(Collection<Long> approverUnits) {
        if (approverUnits.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                SELECT count(*) FROM rpt_report r JOIN org_unit u ON u.id = r.unit_id
                 WHERE r.status = 'SUBMITTED'
                   AND EXISTS (SELECT 1 FROM org_unit a WHERE a.id IN (:mine) AND u.path <@ a.path AND u.id <> a.id)
                """).param("mine", approverUnits).query(Integer.class).single();
    }

    /** The latest period of a form (or of any form) with a submitted or approved report in the subtree. */
    Optional<Report> latestSubmitted(String path, Long formId) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM rpt_report r JOIN rpt_form f ON f.id = r.form_id
                WHERE r.unit_path <@ CAST(:path AS ltree) AND r.status IN ('SUBMITTED', 'APPROVED') AND f.active
                  AND (CAST(:form AS bigint) IS NULL OR r.form_id = CAST(:form AS bigint))
                ORDER BY r.period_start DESC, r.submitted_at DESC NULLS LAST LIMIT 1
                """).param("path", path).param("form", formId).query((rs, n) -> report(rs)).optional();
    }

    /** Opens the report if it does not exist yet (two officers opening at once get the same one). */
    long insertIfAbsent(long formId, long unitId, LocalDate periodStart, String unitPath, LocalDate dueOn) {
        jdbc.sql("""
                INSERT INTO rpt_report (form_id, unit_id, period_start, unit_path, status, due_on)
                VALUES (:f, :u, :p, CAST(:path AS ltree), 'DRAFT', :due)
                ON CONFLICT (form_id, unit_id, period_start) DO NOTHING
                """).param("f", formId).param("u", unitId).param("p", periodStart).param("path", unitPath)
                .param("due", dueOn).update();
        return jdbc.sql("SELECT id FROM rpt_report WHERE form_id = :f AND unit_id = :u AND period_start = :p")
                .param("f", formId).param("u", unitId).param("p", periodStart).query(Long.class).single();
    }

    Map<ValueKey, Value> values(long reportId) {
        Map<ValueKey, Value> values = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT i.code, v.category, v.num, v.txt FROM rpt_value v JOIN rpt_indicator i ON i.id = v.indicator_id
                 WHERE v.report_id = :r
                """).param("r", reportId).query(rs -> {
            values.put(new ValueKey(rs.getString(1), rs.getString(2)), new Value(rs.getBigDecimal(3), rs.getString(4)));
        });
        return values;
    }

    /** Writes the changed values and a history row for each; unchanged values are left alone. */
    int writeValues(long reportId, Map<String, Long> indicatorIds, Map<ValueKey, Value> newValues, int revision, String actor) {
        Map<ValueKey, Value> old = values(reportId);
        List<Object[]> upserts = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        for (Map.Entry<ValueKey, Value> e : newValues.entrySet()) {
            ValueKey k = e.getKey();
            Value now = e.getValue();
            Value before = old.get(k);
            Long indicatorId = indicatorIds.get(k.indicatorCode());
            if (indicatorId == null) {
                throw new IllegalArgumentException("indicator not on the form: " + k.indicatorCode());
            }
            boolean cleared = now == null || (now.num() == null && now.txt() == null);
            if (cleared ? before == null : now.sameAs(before)) {
                continue;
            }
            if (cleared) {
                deletes.add(new Object[] {reportId, indicatorId, k.category()});
            } else {
                upserts.add(new Object[] {reportId, indicatorId, k.category(), now.num(), now.txt()});
            }
            history.add(new Object[] {reportId, indicatorId, k.category(), before == null ? null : before.num(),
                    before == null ? null : before.txt(), cleared ? null : now.num(), cleared ? null : now.txt(), revision,
                    actor});
        }
        if (!upserts.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO rpt_value (report_id, indicator_id, category, num, txt) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (report_id, indicator_id, category) DO UPDATE SET num = EXCLUDED.num, txt = EXCLUDED.txt
                    """, upserts);
        }
        if (!deletes.isEmpty()) {
            template.batchUpdate("DELETE FROM rpt_value WHERE report_id = ? AND indicator_id = ? AND category = ?", deletes);
        }
        if (!history.isEmpty()) {
            template.batchUpdate(
                    """
                            INSERT INTO rpt_value_history (report_id, indicator_id, category, old_num, old_txt, new_num, new_txt, revision, changed_by)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                    history);
            jdbc.sql("UPDATE rpt_report SET updated_at = now() WHERE id = :id").param("id", reportId).update();
        }
        return history.size();
    }

    /**
     * Takes a step that moves the report: from one of the step's statuses (and at the expected version, if
     * given) to its target, leaving the step's event. False when the report was not there any more.
     */
    boolean transition(long id, ReportStep step, Integer expectedVersion, String actor, String comment) {
        String set = switch (step) {
            case SUBMIT -> "submitted_at = now(), submitted_by = :actor, return_comment = NULL";
            case APPROVE -> "approved_at = now(), approved_by = :actor";
            case RETURN -> "return_comment = :comment, approved_at = NULL, approved_by = NULL";
            case REOPEN -> "revision = revision + 1, approved_at = NULL, approved_by = NULL, return_comment = :comment";
            case SAVE -> throw new IllegalArgumentException("a save keeps the status: see touch");
        };
        int n = jdbc.sql("UPDATE rpt_report SET status = :to, version = version + 1, updated_at = now(), " + set + """
                 WHERE id = :id AND status IN (:from) AND (CAST(:version AS int) IS NULL OR version = CAST(:version AS int))
                """).param("id", id).param("to", step.target().name()).param("from", names(step.from()))
                .param("version", expectedVersion).param("actor", actor).param("comment", comment).update();
        if (n != 1) {
            return false;
        }
        step.event().ifPresent(kind -> event(id, kind, actor, comment));
        return true;
    }

    /** Status names for SQL parameters. */
    static List<String> names(Collection<ReportStatus> statuses) {
        return statuses.stream().map(Enum::name).sorted().toList();
    }

    /**
     * A save moves the version so someone else's stale form is noticed. Her own earlier saves (the draft
     * saved while she typed, just before she pressed "submit") are not a conflict.
     */
    boolean touch(long id, int expectedVersion, String actor) {
        return jdbc.sql("""
                UPDATE rpt_report SET version = version + 1, updated_by = :actor
                 WHERE id = :id AND (version = :v OR updated_by = :actor)
                """).param("id", id).param("v", expectedVersion).param("actor", actor).update() == 1;
    }

    void event(long reportId, String kind, String actor, String comment) {
        jdbc.sql("INSERT INTO rpt_report_event (report_id, kind, actor, comment) VALUES (:r, :k, :a, :c)")
                .param("r", reportId).param("k", kind).param("a", actor).param("c", comment).update();
    }

    List<ReportEvent> events(long reportId) {
        return jdbc.sql("SELECT kind, actor, at, comment FROM rpt_report_event WHERE report_id = :r ORDER BY id")
                .param("r", reportId).query((rs, n) -> new ReportEvent(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4)))
                .list();
    }

    List<ValueChange> history(long reportId) {
        return jdbc.sql("""
                SELECT i.code, h.category, h.old_num, h.old_txt, h.new_num, h.new_txt, h.revision, h.changed_by, h.changed_at
                  FROM rpt_value_history h JOIN rpt_indicator i ON i.id = h.indicator_id
                 WHERE h.report_id = :r ORDER BY h.id DESC LIMIT 500
                """).param("r", reportId).query((rs, n) -> new ValueChange(new ValueKey(rs.getString(1), rs.getString(2)),
                new Value(rs.getBigDecimal(3), rs.getString(4)), new Value(rs.getBigDecimal(5), rs.getString(6)),
                rs.getInt(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class))).list();
    }

    static Report report(ResultSet rs) throws SQLException {
        Periodicity p = Periodicity.valueOf(rs.getString("periodicity"));
        return new Report(rs.getLong("id"), rs.getLong("form_id"), rs.getLong("unit_id"),
                new Period(p, rs.getObject("period_start", LocalDate.class)), rs.getString("unit_path"),
                ReportStatus.valueOf(rs.getString("status")), rs.getObject("due_on", LocalDate.class),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("submitted_by"),
                rs.getObject("approved_at", OffsetDateTime.class), rs.getString("approved_by"), rs.getString("return_comment"),
                rs.getInt("revision"), rs.getInt("version"), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    /** A report waiting for approval, with its unit's code and name. */
    record WaitingRow(Report report, String unitCode, String unitName) {
    }

    /** A line of a report's story. */
    record ReportEvent(String kind, String actor, OffsetDateTime at, String comment) {
    }

    /** A line of a value's history. */
    record ValueChange(ValueKey key, Value before, Value after, int revision, String by, OffsetDateTime at) {
    }

    static BigDecimal num(Value v) {
        return v == null ? null : v.num();
    }
}

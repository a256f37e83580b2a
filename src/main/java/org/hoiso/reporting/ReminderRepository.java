package org.hoiso.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What notices of reports need from the tree and the reports: units that owe a report, units an approver approves. */
@Repository
class ReminderRepository {

    /** A unit that has not yet sent a period's report (none opened, a draft, or returned). */
    record Owing(long unitId, String unitName, Long reportId) {
    }

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Units of the level that existed during the period and have not sent its report of the form. */
    List<Owing> owing(long formId, String level, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                SELECT u.id AS unit_id, u.name AS unit_name, r.id AS report_id
                  FROM org_unit u
                  LEFT JOIN rpt_report r ON r.form_id = :form AND r.unit_id = u.id AND r.period_start = :start
                 WHERE u.level_code = :level AND u.valid_from <= :end AND (u.valid_to IS NULL OR u.valid_to >= :start)
                   AND (r.id IS NULL OR r.status IN ('DRAFT', 'RETURNED'))
                 ORDER BY u.id
                """).param("form", formId).param("level", level).param("start", start).param("end", end)
                .query(Owing.class).list();
    }

    /**
     * How many open units of these levels lie strictly below the units (the units whose reports their officer
     * approves), counted up to {@code limit}: enough to tell "more than" without counting a whole country.
     */
    int unitsApproved(Collection<Long> writableUnits, Collection<String> levels, int limit) {
        if (writableUnits.isEmpty() || levels.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                SELECT count(*) FROM (
                  SELECT 1 FROM org_unit u
                   WHERE u.valid_to IS NULL AND u.level_code IN (:levels)
                     AND EXISTS (SELECT 1 FROM org_unit a WHERE a.id IN (:mine) AND u.path <@ a.path AND u.id <> a.id)
                   LIMIT :limit) counted
                """).param("mine", writableUnits).param("levels", levels).param("limit", limit).query(Integer.class).single();
    }
}

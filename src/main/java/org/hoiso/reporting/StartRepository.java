package org.hoiso.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The days units start reporting (rpt_start). */
@Repository
class StartRepository {

    /** A start date as set. */
    record Row(long unitId, String unitCode, String unitName, Long formId, LocalDate startsOn, String setBy,
            OffsetDateTime setAt) {
    }

    private final JdbcClient jdbc;

    StartRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The start of each unit for a form: the date set for the form or for every form on the nearest of the
     * unit and the units above it that has one (the form's own date first at the same unit). Units without
     * one are absent.
     */
    Map<Long, LocalDate> startsOn(long formId, Collection<Long> unitIds) {
        Map<Long, LocalDate> starts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return starts;
        }
        jdbc.sql("""
                SELECT u.id, (SELECT s.starts_on FROM rpt_start s JOIN org_unit a ON a.id = s.unit_id
                               WHERE u.path <@ a.path AND (s.form_id = :form OR s.form_id IS NULL)
                               ORDER BY nlevel(a.path) DESC, s.form_id NULLS LAST LIMIT 1) AS starts_on
                  FROM org_unit u WHERE u.id IN (:ids)
                """).param("form", formId).param("ids", unitIds).query(rs -> {
            LocalDate d = rs.getObject(2, LocalDate.class);
            if (d != null) {
                starts.put(rs.getLong(1), d);
            }
        });
        return starts;
    }

    /** The dates set on the unit and the units below it, by place in the tree. */
    List<Row> inSubtree(String path) {
        return jdbc.sql("""
                SELECT s.unit_id, u.code AS unit_code, u.name AS unit_name, s.form_id, s.starts_on, s.set_by, s.set_at
                  FROM rpt_start s JOIN org_unit u ON u.id = s.unit_id
                 WHERE u.path <@ CAST(:path AS ltree)
                 ORDER BY u.path, s.form_id NULLS FIRST
                 LIMIT 1000
                """).param("path", path).query(Row.class).list();
    }

    void set(long unitId, Long formId, LocalDate startsOn, String actor) {
        jdbc.sql("""
                INSERT INTO rpt_start (unit_id, form_id, starts_on, set_by) VALUES (:u, :f, :d, :by)
                ON CONFLICT (unit_id, coalesce(form_id, 0)) DO UPDATE SET starts_on = EXCLUDED.starts_on,
                       set_by = EXCLUDED.set_by, set_at = now()
                """).param("u", unitId).param("f", formId).param("d", startsOn).param("by", actor).update();
    }

    boolean remove(long unitId, Long formId) {
        return jdbc.sql("DELETE FROM rpt_start WHERE unit_id = :u AND coalesce(form_id, 0) = coalesce(CAST(:f AS bigint), 0)")
                .param("u", unitId).param("f", formId).update() > 0;
    }
}

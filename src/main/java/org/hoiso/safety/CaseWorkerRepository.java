package org.hoiso.safety;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Case-worker designations (safety_case_worker). */
@Repository
class CaseWorkerRepository {

    private final JdbcClient jdbc;

    CaseWorkerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An open designation, with its unit and the account's name as the list shows it. */
    record Designation(long id, long userId, long unitId, String unitName, boolean supervising, OffsetDateTime since,
            String designatedBy) {
    }

    /** 0 when she already has an open designation for that unit. */
    long designate(long userId, long unitId, boolean supervising, String by, OffsetDateTime at) {
        return jdbc.sql("""
                INSERT INTO safety_case_worker (user_id, unit_id, supervising, since, designated_by)
                VALUES (:u, :unit, :s, :at, :by)
                ON CONFLICT (user_id, unit_id) WHERE until IS NULL DO NOTHING
                RETURNING id
                """).param("u", userId).param("unit", unitId).param("s", supervising).param("at", at).param("by", by)
                .query(Long.class).optional().orElse(0L);
    }

    Optional<Designation> open(long id) {
        return jdbc.sql("""
                SELECT w.id, w.user_id, w.unit_id, u.name AS unit_name, w.supervising, w.since, w.designated_by
                  FROM safety_case_worker w JOIN org_unit u ON u.id = w.unit_id WHERE w.id = :id AND w.until IS NULL
                """).param("id", id).query(Designation.class).optional();
    }

    boolean end(long id, String by, OffsetDateTime at) {
        return jdbc.sql(
                "UPDATE safety_case_worker SET until = greatest(:at, since), ended_by = :by WHERE id = :id AND until IS NULL")
                .param("id", id).param("by", by).param("at", at).update() == 1;
    }

    /** Open designations of units in a subtree. */
    List<Designation> openIn(String path) {
        return jdbc.sql("""
                SELECT w.id, w.user_id, w.unit_id, u.name AS unit_name, w.supervising, w.since, w.designated_by
                  FROM safety_case_worker w JOIN org_unit u ON u.id = w.unit_id
                 WHERE u.path <@ CAST(:path AS ltree) AND w.until IS NULL
                 ORDER BY u.path, w.id
                """).param("path", path).query(Designation.class).list();
    }

    /** Her open designations. */
    List<Designation> of(long userId) {
        return jdbc.sql("""
                SELECT w.id, w.user_id, w.unit_id, u.name AS unit_name, w.supervising, w.since, w.designated_by
                  FROM safety_case_worker w JOIN org_unit u ON u.id = w.unit_id
                 WHERE w.user_id = :u AND w.until IS NULL ORDER BY u.path
                """).param("u", userId).query(Designation.class).list();
    }
}

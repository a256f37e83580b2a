package org.hoiso.safety;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory of support services (safety_service). */
@Repository
class SupportServiceRepository {

    private static final String COLUMNS = """
            SELECT s.id, s.unit_id, u.name AS unit_name, s.kind, s.purpose, s.name, s.phone, s.address, s.active
              FROM safety_service s LEFT JOIN org_unit u ON u.id = s.unit_id
            """;

    private final JdbcClient jdbc;

    SupportServiceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active services of the whole country or of the unit or a unit above it; the nearest first. */
    List<SupportServices.SupportService> serving(long unitId) {
        return jdbc.sql(COLUMNS + """
                 WHERE s.active AND (s.unit_id IS NULL
                       OR (SELECT path FROM org_unit WHERE id = :unit) <@ u.path)
                 ORDER BY s.unit_id IS NOT NULL DESC, u.path DESC, s.kind, s.name
                """).param("unit", unitId).query(SupportServiceRepository::row).list();
    }

    List<SupportServices.SupportService> all() {
        return jdbc.sql(COLUMNS + " ORDER BY s.unit_id IS NOT NULL, u.path, s.kind, s.name").query(SupportServiceRepository::row)
                .list();
    }

    long insert(long unitId, ServiceKind kind, Purpose purpose, String name, String phone, String address, String by) {
        return jdbc.sql("""
                INSERT INTO safety_service (unit_id, kind, purpose, name, phone, address, created_by)
                VALUES (:unit, :kind, :purpose, :name, :phone, :address, :by) RETURNING id
                """).param("unit", unitId).param("kind", kind.name()).param("purpose", purpose.name()).param("name", name)
                .param("phone", phone).param("address", address).param("by", by).query(Long.class).single();
    }

    /** The unit of an active service: empty when there is none, an empty unit for a national line. */
    Optional<Optional<Long>> activeUnit(long id) {
        return jdbc.sql("SELECT unit_id FROM safety_service WHERE id = :id AND active").param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class))).optional();
    }

    void deactivate(long id) {
        jdbc.sql("UPDATE safety_service SET active = false WHERE id = :id").param("id", id).update();
    }

    /** The root of the tree (a national line is the central union's to change). */
    long central() {
        return jdbc.sql("SELECT id FROM org_unit WHERE parent_id IS NULL AND valid_to IS NULL ORDER BY id LIMIT 1")
                .query(Long.class).single();
    }

    private static SupportServices.SupportService row(ResultSet rs, int n) throws SQLException {
        return new SupportServices.SupportService(rs.getLong("id"), rs.getObject("unit_id", Long.class),
                rs.getString("unit_name"),
                ServiceKind.valueOf(rs.getString("kind")), Purpose.valueOf(rs.getString("purpose")), rs.getString("name"),
                rs.getString("phone"), rs.getString("address"), rs.getBoolean("active"));
    }
}

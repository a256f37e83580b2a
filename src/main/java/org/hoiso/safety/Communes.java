package org.hoiso.safety;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where a report happened, at the commune level only (blurred location): the open provinces and their communes for
 * the public form, and the commune of a member's unit. Reads only the tree, which every module may.
 */
@Repository
public class Communes {

    /** An open unit of the tree, with its province for display. */
    public record Place(long id, String name, String provinceName) {
    }

    private final JdbcClient jdbc;

    Communes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Place> provinces() {
        return jdbc.sql("""
                SELECT id, name, name AS province_name FROM org_unit
                 WHERE level_code = 'PROVINCE' AND valid_to IS NULL ORDER BY name_folded
                """).query(Place.class).list();
    }

    public List<Place> communes(long provinceId) {
        return jdbc.sql("""
                SELECT c.id, c.name, p.name AS province_name FROM org_unit c JOIN org_unit p ON p.id = c.parent_id
                 WHERE c.parent_id = :p AND p.level_code = 'PROVINCE' AND c.level_code = 'COMMUNE' AND c.valid_to IS NULL
                 ORDER BY c.name_folded
                """).param("p", provinceId).query(Place.class).list();
    }

    /** An open commune (xã, phường, đặc khu). */
    public Optional<Place> commune(long id) {
        return jdbc.sql("""
                SELECT c.id, c.name, p.name AS province_name FROM org_unit c JOIN org_unit p ON p.id = c.parent_id
                 WHERE c.id = :id AND c.level_code = 'COMMUNE' AND c.valid_to IS NULL
                """).param("id", id).query(Place.class).optional();
    }

    /** The open commune a unit (a branch, a group) belongs to, or the commune itself. */
    public Optional<Place> communeOf(long unitId) {
        return jdbc.sql("""
                SELECT c.id, c.name, p.name AS province_name
                  FROM org_unit u JOIN org_unit c ON u.path <@ c.path JOIN org_unit p ON p.id = c.parent_id
                 WHERE u.id = :u AND c.level_code = 'COMMUNE' AND c.valid_to IS NULL
                """).param("u", unitId).query(Place.class).optional();
    }

    /** The parent of a unit that is not the root. */
    public Optional<Long> parentOf(long unitId) {
        return jdbc.sql("SELECT parent_id FROM org_unit WHERE id = :u AND parent_id IS NOT NULL").param("u", unitId)
                .query(Long.class).optional();
    }
}

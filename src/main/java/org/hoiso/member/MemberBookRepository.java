package org.hoiso.member;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the member book: the active members of a subtree, unit by unit, in name order. */
@Repository
class MemberBookRepository {

    /** One member as the book prints her. */
    record Row(long id, String fullName, LocalDate birthDate, String address, LocalDate joinedOn, long unitId,
            String unitName) {
    }

    private final JdbcClient jdbc;

    MemberBookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Active members of the subtree: the unit's own members first, then each unit below it by name; at most
     * {@code limit} rows.
     */
    List<Row> activeMembers(String path, long unitId, int limit) {
        return jdbc.sql("""
                SELECT m.id, m.full_name, m.birth_date, m.address, m.joined_on, u.id AS unit_id, u.name AS unit_name
                  FROM member m JOIN org_unit u ON u.id = m.unit_id
                 WHERE u.path <@ CAST(:path AS ltree) AND m.status = 'ACTIVE'
                 ORDER BY (u.id = :unit) DESC, u.name, u.id, m.name_folded, m.id
                 LIMIT :limit
                """).param("path", path).param("unit", unitId).param("limit", limit).query(Row.class).list();
    }
}

package org.hoiso.platform.audit;

import java.util.List;
import org.hoiso.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the audit log newest first, filtered by actor and entity, with keyset pagination, within what the
 * administrator administers: an administrator of the root of the tree reads every entry; any other reads the
 * entries of the units of her subtrees (never those without a unit, such as the national content's changes).
 */
@Repository
class AuditQuery {

    private static final String COLUMNS = "l.id, l.at, l.actor, l.action, l.entity_type, l.entity_id, l.unit_id, l.remote_addr, l.detail, "
            + "cardinality(l.member_ids) AS members";
    private static final String FILTERS = """
            (CAST(:actor AS text) IS NULL OR l.actor = :actor)
            AND (CAST(:type AS text) IS NULL OR l.entity_type = :type)
            AND (CAST(:entity AS bigint) IS NULL OR l.entity_id = :entity OR l.member_ids @> ARRAY[CAST(:entity AS bigint)])
            AND (CAST(:before AS bigint) IS NULL OR l.id < :before)
            """;

    private final JdbcClient jdbc;

    AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEntry> page(Caller caller, String actor, String entityType, Long entityId, Long beforeId, int limit) {
        Long[] administered = caller.assignments().stream().filter(a -> a.role() == Caller.Role.ADMIN)
                .map(Caller.Assignment::unitId).distinct().toArray(Long[]::new);
        if (administered.length == 0) {
            return List.of();
        }
        boolean whole = jdbc
                .sql("SELECT EXISTS (SELECT 1 FROM org_unit WHERE id = ANY(CAST(:units AS bigint[])) AND parent_id IS NULL)")
                .param("units", administered).query(Boolean.class).single();
        String sql = whole
                ? "SELECT " + COLUMNS + " FROM audit_log l WHERE " + FILTERS + " ORDER BY l.id DESC LIMIT :limit"
                // each unit of her subtrees by its own index range, newest first, then the newest of them all
                : """
                        SELECT e.* FROM (
                            SELECT u.id FROM org_unit u
                             WHERE u.path <@ ARRAY(SELECT path FROM org_unit WHERE id = ANY(CAST(:units AS bigint[])))
                        ) reach
                        CROSS JOIN LATERAL (
                            SELECT %s FROM audit_log l WHERE l.unit_id = reach.id AND %s ORDER BY l.id DESC LIMIT :limit
                        ) e
                        ORDER BY e.id DESC LIMIT :limit
                        """.formatted(COLUMNS, FILTERS);
        return jdbc.sql(sql).param("units", administered).param("actor", actor).param("type", entityType)
                .param("entity", entityId).param("before", beforeId).param("limit", limit)
                .query(AuditEntry.class).list();
    }
}

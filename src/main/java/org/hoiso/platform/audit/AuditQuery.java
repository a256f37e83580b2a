package org.hoiso.platform.audit;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the audit log newest first, filtered by actor and entity, with keyset pagination. */
@Repository
class AuditQuery {

    private final JdbcClient jdbc;

    AuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEntry> page(String actor, String entityType, Long entityId, Long beforeId, int limit) {
        return jdbc.sql("""
                SELECT id, at, actor, action, entity_type, entity_id, unit_id, remote_addr, detail
                  FROM audit_log
                 WHERE (CAST(:actor AS text) IS NULL OR actor = :actor)
                   AND (CAST(:type AS text) IS NULL OR entity_type = :type)
                   AND (CAST(:entity AS bigint) IS NULL OR entity_id = :entity)
                   AND (CAST(:before AS bigint) IS NULL OR id < :before)
                 ORDER BY id DESC
                 LIMIT :limit
                """)
                .param("actor", actor).param("type", entityType).param("entity", entityId)
                .param("before", beforeId).param("limit", limit)
                .query(AuditEntry.class).list();
    }
}

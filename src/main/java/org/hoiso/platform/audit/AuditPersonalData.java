package org.hoiso.platform.audit;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.personaldata.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who read or changed her record, and when, also when she was one of many a search, list, export or card check
 * showed: part of what a member may download about herself.
 */
@Component
class AuditPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "accessLog";
    }

    @Override
    public Map<String, Object> about(long memberId) {
        List<Map<String, Object>> entries = jdbc
                .sql("""
                        SELECT at, actor, action, member_ids IS NOT NULL AS among_others FROM (
                            SELECT id, at, actor, action, member_ids FROM audit_log
                             WHERE entity_type = 'member' AND entity_id = :m
                            UNION ALL
                            SELECT id, at, actor, action, member_ids FROM audit_log
                             WHERE member_ids @> ARRAY[CAST(:m AS bigint)] AND member_ids IS NOT NULL
                        ) e ORDER BY at DESC, id DESC LIMIT 1000
                        """)
                .param("m", memberId).query((rs, n) -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("at", rs.getObject(1, OffsetDateTime.class).toString());
                    e.put("by", rs.getString(2));
                    e.put("action", rs.getString(3));
                    // her record alone, or a search, list or export that showed her among others
                    e.put("what", rs.getBoolean(4) ? "list" : "record");
                    return e;
                }).list();
        return Map.of("readsAndChangesOfHerRecord", entries);
    }
}

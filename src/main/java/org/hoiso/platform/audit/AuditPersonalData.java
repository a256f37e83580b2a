package org.hoiso.platform.audit;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.personaldata.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who read or changed her record, and when: part of what a member may download about herself. */
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
                        SELECT at, actor, action FROM audit_log WHERE entity_type = 'member' AND entity_id = :m ORDER BY at DESC, id DESC LIMIT 1000
                        """)
                .param("m", memberId).query((rs, n) -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("at", rs.getObject(1, OffsetDateTime.class).toString());
                    e.put("by", rs.getString(2));
                    e.put("action", rs.getString(3));
                    return e;
                }).list();
        return Map.of("readsAndChangesOfHerRecord", entries);
    }
}

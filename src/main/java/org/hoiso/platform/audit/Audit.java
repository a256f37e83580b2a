package org.hoiso.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.hoiso.platform.security.Callers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log: who read or changed which person's record or which unit, when and from where.
 * Written in the caller's transaction, so a change and its audit entry stand or fall together.
 */
@Component
public class Audit {

    public enum Action {
        READ, CREATE, UPDATE, TRANSFER, STATUS, MOVE, MERGE, SPLIT, RENAME, ACCOUNT, IMPORT, EXPORT, TOKEN, API_READ, CARD
    }

    private final JdbcClient jdbc;

    Audit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Action action, String entityType, Long entityId, Long unitId, String detail) {
        jdbc.sql("""
                INSERT INTO audit_log (actor, action, entity_type, entity_id, unit_id, remote_addr, detail)
                VALUES (:actor, :action, :type, :id, :unit, :addr, :detail)
                """)
                .param("actor", Callers.currentName())
                .param("action", action.name())
                .param("type", entityType)
                .param("id", entityId)
                .param("unit", unitId)
                .param("addr", remoteAddress())
                .param("detail", detail)
                .update();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}

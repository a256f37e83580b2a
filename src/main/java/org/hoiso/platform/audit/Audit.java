package org.hoiso.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        READ, CREATE, UPDATE, TRANSFER, STATUS, MOVE, MERGE, SPLIT, RENAME, ACCOUNT, IMPORT, EXPORT, TOKEN, API_READ, CARD, LOOKUP
    }

    /** The most member ids one entry holds. */
    static final int IDS_PER_ENTRY = 10_000;
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9]{9,}");

    private final JdbcClient jdbc;

    Audit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Action action, String entityType, Long entityId, Long unitId, String detail) {
        insert(action, entityType, entityId, unitId, detail, null);
    }

    private void insert(Action action, String entityType, Long entityId, Long unitId, String detail, long[] memberIds) {
        jdbc.sql("""
                INSERT INTO audit_log (actor, action, entity_type, entity_id, unit_id, remote_addr, detail, member_ids)
                VALUES (:actor, :action, :type, :id, :unit, :addr, :detail, CAST(:members AS bigint[]))
                """)
                .param("actor", Callers.currentName())
                .param("action", action.name())
                .param("type", entityType)
                .param("id", entityId)
                .param("unit", unitId)
                .param("addr", remoteAddress())
                .param("detail", masked(detail))
                .param("members", memberIds == null ? null : Arrays.stream(memberIds).boxed().toArray(Long[]::new))
                .update();
    }

    /**
     * A read that shows many members at once (a search, a list, an export): one entry with the ids shown, or one
     * per {@value #IDS_PER_ENTRY} of them, so that "who read my record" finds it by her id and an export of a
     * million members is a hundred entries. Nothing is written for a read that showed no one.
     */
    public void readMembers(Action action, String entityType, Long unitId, long[] memberIds, String detail) {
        for (int from = 0; from < memberIds.length; from += IDS_PER_ENTRY) {
            long[] ids = Arrays.copyOfRange(memberIds, from, Math.min(memberIds.length, from + IDS_PER_ENTRY));
            insert(action, entityType, null, unitId, detail, ids);
        }
    }

    /**
     * The detail as it is stored: every run of nine digits or more (a CCCD, an old identity card, a phone number
     * typed as a filter) keeps only its last three; the database refuses a detail that still holds one.
     */
    static String masked(String detail) {
        if (detail == null) {
            return null;
        }
        Matcher run = LONG_DIGIT_RUN.matcher(detail);
        StringBuilder out = new StringBuilder(detail.length());
        while (run.find()) {
            String digits = run.group();
            run.appendReplacement(out, "*".repeat(digits.length() - 3) + digits.substring(digits.length() - 3));
        }
        return run.appendTail(out).toString();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}

package org.hoiso.platform.audit;

import java.time.OffsetDateTime;

/** One line of the audit log as the admin page shows it; {@code members}: how many members a list or export showed. */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String entityType,
        Long entityId, Long unitId, String remoteAddr, String detail, Integer members) {
}

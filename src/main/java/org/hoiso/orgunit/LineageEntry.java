package org.hoiso.orgunit;

import java.time.LocalDate;

/** One predecessor → successor link of a reorganisation event, as history shows it. */
public record LineageEntry(long eventId, String kind, LocalDate effectiveDate, String note, String createdBy,
        Long fromUnitId, String fromName, Long toUnitId, String toName,
        String oldName, String newName, Long oldParentId, Long newParentId) {
}

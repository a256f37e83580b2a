package org.hoiso.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A member's move from one unit to another, as the sending and the receiving side see it. */
public record Transfer(long id, long memberId, String memberName, long fromUnitId, String fromUnitName, long toUnitId,
        String toUnitName, LocalDate effectiveDate, String reason, String createdBy, OffsetDateTime createdAt) {
}

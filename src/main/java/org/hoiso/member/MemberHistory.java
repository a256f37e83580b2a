package org.hoiso.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One dated line of a member's history: a status change or a transfer. */
public record MemberHistory(String kind, LocalDate effectiveDate, String status, Long fromUnitId, String fromUnitName,
        Long toUnitId, String toUnitName, String reason, String by, OffsetDateTime at) {
}

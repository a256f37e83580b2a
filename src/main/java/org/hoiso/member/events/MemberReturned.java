package org.hoiso.member.events;

import java.time.LocalDate;

/**
 * A member who had left (or moved her membership out) is an active member again, on the same record.
 *
 * @param memberId her record
 * @param unitId   her unit
 * @param on       the date of the change
 * @param by       who recorded it
 */
public record MemberReturned(long memberId, long unitId, LocalDate on, String by) {
}

package org.hoiso.member.events;

import java.time.LocalDate;

/**
 * An active member was transferred from one unit to another (anywhere in the country).
 *
 * @param memberId   her record
 * @param fromUnitId the unit she left
 * @param toUnitId   the unit she is in now
 * @param on         the transfer's effective date
 * @param by         who recorded it
 */
public record MemberTransferred(long memberId, long fromUnitId, long toUnitId, LocalDate on, String by) {
}

package org.hoiso.member.events;

import java.time.LocalDate;

/**
 * A member died (her status is {@code DECEASED}).
 *
 * @param memberId her record
 * @param unitId   the unit she was in
 * @param on       the date of death as recorded
 * @param by       who recorded it
 */
public record MemberDied(long memberId, long unitId, LocalDate on, String by) {
}

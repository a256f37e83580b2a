package org.hoiso.member.events;

import java.time.LocalDate;
import org.hoiso.member.MemberStatus;

/**
 * A living member stopped being an active member here: she left the union ({@link MemberStatus#LEFT}) or moved
 * her membership out of the registry ({@link MemberStatus#TRANSFERRED_OUT}).
 *
 * @param memberId her record
 * @param unitId   the unit she was in
 * @param status   {@code LEFT} or {@code TRANSFERRED_OUT}
 * @param on       the date of the change
 * @param by       who recorded it (a user name, as in the audit log)
 */
public record MemberLeft(long memberId, long unitId, MemberStatus status, LocalDate on, String by) {
}

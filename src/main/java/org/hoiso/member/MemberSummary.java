package org.hoiso.member;

import java.time.LocalDate;

/** A member as lists show her: CCCD always masked. */
public record MemberSummary(long id, String fullName, LocalDate birthDate, String nationalIdMasked, String phone,
        long unitId, String unitName, MemberStatus status, Position position) {
}

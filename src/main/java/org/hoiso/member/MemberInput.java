package org.hoiso.member;

import java.time.LocalDate;

/** What an officer submits for a new or changed member, before validation. */
public record MemberInput(String fullName, LocalDate birthDate, String nationalId, String phone, String address,
        String ethnicityCode, LocalDate sensitiveConsentOn, Long unitId, LocalDate joinedOn,
        Position position, Boolean hasSmartphone, Integer vneidLevel, Boolean hasEwallet,
        Integer digitalSkill) {
}

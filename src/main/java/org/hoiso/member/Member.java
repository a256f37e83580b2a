package org.hoiso.member;

import java.time.LocalDate;

/** A member's record (hồ sơ hội viên) as stored. */
public record Member(long id, String fullName, LocalDate birthDate, String nationalId, String phone, String address,
        String ethnicityCode, LocalDate sensitiveConsentOn, long unitId, String unitName, LocalDate joinedOn,
        MemberStatus status, LocalDate statusSince, Position position, Boolean hasSmartphone,
        Integer vneidLevel, Boolean hasEwallet, Integer digitalSkill, int version) {

    /** The record as a caller who may not see sensitive fields gets it: CCCD masked, no ethnicity. */
    public Member restricted() {
        return new Member(id, fullName, birthDate, NationalId.mask(nationalId), phone, address, null, null, unitId, unitName,
                joinedOn, status, statusSince, position, hasSmartphone, vneidLevel, hasEwallet, digitalSkill, version);
    }
}

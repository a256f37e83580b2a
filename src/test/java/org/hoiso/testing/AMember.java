package org.hoiso.testing;

import java.time.LocalDate;
import org.hoiso.member.MemberInput;
import org.hoiso.member.Position;

/**
 * A member's input (hội viên) that passes the member rules unless a test says otherwise:
 * {@code AMember.valid().named("Nguyễn Thị Hoa").bornOn(LocalDate.of(1985, 3, 5)).inUnit(branch.id()).input()}.
 * By default she has a name no other test uses, was born on 5 March 1985, joined at twenty, and has a CCCD
 * never used before in this run that agrees with her birth date and gender ({@link Fixtures#cccd}; each
 * {@link #input()} draws a new one unless {@link #cccd} gave it). Each setter says one thing about her; a
 * setter given null leaves that field empty.
 */
public final class AMember {

    private String fullName = "Nguyễn Thị " + Fixtures.uniqueGivenName();
    private LocalDate birthDate = LocalDate.of(1985, 3, 5);
    private String nationalId;
    private boolean nationalIdGiven;
    private String phone;
    private String address;
    private String ethnicityCode;
    private LocalDate sensitiveConsentOn;
    private Long unitId;
    private LocalDate joinedOn;
    private boolean joinedOnGiven;
    private Position position = Position.NONE;
    private Boolean hasSmartphone = true;
    private Integer vneidLevel = 2;
    private Boolean hasEwallet = false;
    private Integer digitalSkill = 1;

    private AMember() {
    }

    public static AMember valid() {
        return new AMember();
    }

    public AMember named(String fullName) {
        this.fullName = fullName;
        return this;
    }

    /** Her birth date; unless given, her CCCD and the day she joined follow from it. */
    public AMember bornOn(LocalDate birthDate) {
        this.birthDate = birthDate;
        return this;
    }

    public AMember cccd(String nationalId) {
        this.nationalId = nationalId;
        this.nationalIdGiven = true;
        return this;
    }

    public AMember inUnit(Long unitId) {
        this.unitId = unitId;
        return this;
    }

    public AMember joinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
        this.joinedOnGiven = true;
        return this;
    }

    public AMember phone(String phone) {
        this.phone = phone;
        return this;
    }

    public AMember address(String address) {
        this.address = address;
        return this;
    }

    /** Her ethnic group (sensitive data) and the day she consented to its being kept, null if she did not. */
    public AMember ethnicity(String ethnicityCode, LocalDate consentOn) {
        this.ethnicityCode = ethnicityCode;
        this.sensitiveConsentOn = consentOn;
        return this;
    }

    public AMember position(Position position) {
        this.position = position;
        return this;
    }

    public AMember smartphone(Boolean hasSmartphone) {
        this.hasSmartphone = hasSmartphone;
        return this;
    }

    public AMember vneidLevel(Integer vneidLevel) {
        this.vneidLevel = vneidLevel;
        return this;
    }

    public AMember ewallet(Boolean hasEwallet) {
        this.hasEwallet = hasEwallet;
        return this;
    }

    public AMember digitalSkill(Integer digitalSkill) {
        this.digitalSkill = digitalSkill;
        return this;
    }

    public MemberInput input() {
        String cccd = nationalIdGiven ? nationalId : birthDate == null ? null : Fixtures.cccd(birthDate);
        LocalDate joined = joinedOnGiven ? joinedOn : birthDate == null ? null : birthDate.plusYears(20);
        return new MemberInput(fullName, birthDate, cccd, phone, address, ethnicityCode, sensitiveConsentOn, unitId, joined,
                position, hasSmartphone, vneidLevel, hasEwallet, digitalSkill);
    }
}

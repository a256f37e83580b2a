package org.hoiso.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.FieldProblem;

/** The member form as typed: text fields, dates as dd/MM/yyyy. Converted to {@link MemberInput}. */
public class MemberForm {

    private String fullName;
    private String birthDate;
    private String nationalId;
    private String phone;
    private String address;
    private String ethnicityCode;
    private String sensitiveConsentOn;
    private Long unitId;
    private String joinedOn;
    private Position position = Position.NONE;
    private Boolean hasSmartphone;
    private Integer vneidLevel;
    private Boolean hasEwallet;
    private Integer digitalSkill;
    private int version;
    /** The stored record has no joining date ("không rõ"); the field may stay empty. */
    private boolean joinedUnknown;

    record Converted(MemberInput input, List<FieldProblem> problems) {
    }

    Converted convert() {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate birth = date(birthDate, "birthDate", problems);
        LocalDate consent = date(sensitiveConsentOn, "sensitiveConsentOn", problems);
        LocalDate joined = date(joinedOn, "joinedOn", problems);
        return new Converted(new MemberInput(fullName, birth, nationalId, phone, address,
                ethnicityCode == null || ethnicityCode.isBlank() ? null : ethnicityCode, consent, unitId, joined, position,
                hasSmartphone, vneidLevel, hasEwallet, digitalSkill), problems);
    }

    static MemberForm of(Member m) {
        MemberForm f = new MemberForm();
        f.fullName = m.fullName();
        f.birthDate = DateInput.format(m.birthDate());
        f.nationalId = m.nationalId();
        f.phone = m.phone();
        f.address = m.address();
        f.ethnicityCode = m.ethnicityCode();
        f.sensitiveConsentOn = DateInput.format(m.sensitiveConsentOn());
        f.unitId = m.unitId();
        f.joinedOn = DateInput.format(m.joinedOn());
        f.position = m.position();
        f.hasSmartphone = m.hasSmartphone();
        f.vneidLevel = m.vneidLevel();
        f.hasEwallet = m.hasEwallet();
        f.digitalSkill = m.digitalSkill();
        f.version = m.version();
        f.joinedUnknown = m.joinedOn() == null;
        return f;
    }

    private static LocalDate date(String text, String field, List<FieldProblem> problems) {
        try {
            return DateInput.parse(text).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "error.field.date"));
            return null;
        }
    }

    public String getFullName() {
        return fullName;
    }
    public void setFullName(String v) {
        fullName = v;
    }
    public String getBirthDate() {
        return birthDate;
    }
    public void setBirthDate(String v) {
        birthDate = v;
    }
    public String getNationalId() {
        return nationalId;
    }
    public void setNationalId(String v) {
        nationalId = v;
    }
    public String getPhone() {
        return phone;
    }
    public void setPhone(String v) {
        phone = v;
    }
    public String getAddress() {
        return address;
    }
    public void setAddress(String v) {
        address = v;
    }
    public String getEthnicityCode() {
        return ethnicityCode;
    }
    public void setEthnicityCode(String v) {
        ethnicityCode = v;
    }
    public String getSensitiveConsentOn() {
        return sensitiveConsentOn;
    }
    public void setSensitiveConsentOn(String v) {
        sensitiveConsentOn = v;
    }
    public Long getUnitId() {
        return unitId;
    }
    public void setUnitId(Long v) {
        unitId = v;
    }
    public String getJoinedOn() {
        return joinedOn;
    }
    public void setJoinedOn(String v) {
        joinedOn = v;
    }
    public Position getPosition() {
        return position;
    }
    public void setPosition(Position v) {
        position = v;
    }
    public Boolean getHasSmartphone() {
        return hasSmartphone;
    }
    public void setHasSmartphone(Boolean v) {
        hasSmartphone = v;
    }
    public Integer getVneidLevel() {
        return vneidLevel;
    }
    public void setVneidLevel(Integer v) {
        vneidLevel = v;
    }
    public Boolean getHasEwallet() {
        return hasEwallet;
    }
    public void setHasEwallet(Boolean v) {
        hasEwallet = v;
    }
    public Integer getDigitalSkill() {
        return digitalSkill;
    }
    public void setDigitalSkill(Integer v) {
        digitalSkill = v;
    }
    public boolean isJoinedUnknown() {
        return joinedUnknown;
    }
    public void setJoinedUnknown(boolean v) {
        joinedUnknown = v;
    }
    public int getVersion() {
        return version;
    }
    public void setVersion(int v) {
        version = v;
    }
}

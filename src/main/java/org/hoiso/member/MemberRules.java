package org.hoiso.member;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.hoiso.platform.text.PhoneNumber;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.FieldProblem;

/**
 * The rules a member record must keep, in plain Java: the same for the form, the API and bulk
 * import. Returns the cleaned input (NFC, names capitalised, phone normalised) and every problem found.
 */
public final class MemberRules {

    public static final int MIN_AGE = 18;
    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public record Result(MemberInput cleaned, List<FieldProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private MemberRules() {
    }

    public static Result check(MemberInput in, LocalDate today) {
        return check(in, today, false);
    }

    /**
     * The rules, where {@code joinedOnMayBeUnknown} lets the joining date be empty: an existing member
     * imported from a list without it, or her record kept so when it is changed.
     */
    public static Result check(MemberInput in, LocalDate today, boolean joinedOnMayBeUnknown) {
        List<FieldProblem> p = new ArrayList<>();
        String name = VietnameseText.personName(in.fullName());
        if (name == null || name.isEmpty()) {
            p.add(FieldProblem.of("fullName", "member.name.required"));
        } else if (name.length() > MAX_NAME) {
            p.add(FieldProblem.of("fullName", "member.name.tooLong", MAX_NAME));
        } else if (!name.codePoints().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '\''
                || Character.getType(c) == Character.NON_SPACING_MARK)) {
            p.add(FieldProblem.of("fullName", "member.name.characters"));
        }

        LocalDate birth = in.birthDate();
        if (birth == null) {
            p.add(FieldProblem.of("birthDate", "member.birthDate.required"));
        } else if (birth.isAfter(today) || birth.isBefore(EARLIEST_BIRTH)) {
            p.add(FieldProblem.of("birthDate", "member.birthDate.range"));
            birth = null;
        }

        String cccd = NationalId.normalise(in.nationalId());
        p.addAll(NationalId.check(cccd, birth, "nationalId"));

        String phone = null;
        if (in.phone() != null && !in.phone().isBlank()) {
            phone = PhoneNumber.normalise(in.phone()).orElse(null);
            if (phone == null) {
                p.add(FieldProblem.of("phone", "member.phone.invalid"));
            }
        }

        String address = VietnameseText.cleanOrNull(in.address());
        if (address != null && address.length() > MAX_ADDRESS) {
            p.add(FieldProblem.of("address", "member.address.tooLong", MAX_ADDRESS));
        }

        String ethnicity = VietnameseText.cleanOrNull(in.ethnicityCode());
        LocalDate consent = in.sensitiveConsentOn();
        if (ethnicity != null && consent == null) {
            p.add(FieldProblem.of("ethnicityCode", "member.ethnicity.consent"));
        }
        if (consent != null && consent.isAfter(today)) {
            p.add(FieldProblem.of("sensitiveConsentOn", "member.date.future"));
        }

        if (in.unitId() == null) {
            p.add(FieldProblem.of("unitId", "member.unit.required"));
        }

        LocalDate joined = in.joinedOn();
        if (joined == null) {
            if (!joinedOnMayBeUnknown) {
                p.add(FieldProblem.of("joinedOn", "member.joinedOn.required"));
            } else if (birth != null && Period.between(birth, today).getYears() < MIN_AGE) {
                p.add(FieldProblem.of("birthDate", "member.age.underageNow", MIN_AGE));
            }
        } else if (joined.isAfter(today)) {
            p.add(FieldProblem.of("joinedOn", "member.date.future"));
        } else if (birth != null && Period.between(birth, joined).getYears() < MIN_AGE) {
            p.add(FieldProblem.of("joinedOn", "member.age.underage", MIN_AGE));
        }

        if (in.vneidLevel() != null && (in.vneidLevel() < 0 || in.vneidLevel() > 2)) {
            p.add(FieldProblem.of("vneidLevel", "member.vneid.invalid"));
        }
        if (in.digitalSkill() != null && (in.digitalSkill() < 0 || in.digitalSkill() > 3)) {
            p.add(FieldProblem.of("digitalSkill", "member.skill.invalid"));
        }

        MemberInput cleaned = new MemberInput(name, in.birthDate(), cccd, phone, address, ethnicity,
                ethnicity == null ? null : consent, in.unitId(), joined,
                in.position() == null ? Position.NONE : in.position(),
                in.hasSmartphone(), in.vneidLevel(), in.hasEwallet(), in.digitalSkill());
        return new Result(cleaned, List.copyOf(p));
    }
}

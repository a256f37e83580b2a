package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.hoiso.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;

class MemberRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static MemberInput valid() {
        return new MemberInput("Nguyễn Thị Hoa", LocalDate.of(1985, 3, 5), "001185123456", "0912 345 678", "Số 1 Đội Cấn",
                null, null, 10L, LocalDate.of(2010, 1, 1), null, true, 2, false, 1);
    }

    private static MemberInput with(String name, LocalDate birth, LocalDate joined) {
        MemberInput v = valid();
        return new MemberInput(name, birth, v.nationalId(), v.phone(), v.address(), null, null, v.unitId(), joined,
                null, null, null, null, null);
    }

    @Test
    void aValidMemberPassesAndIsCleaned() {
        MemberRules.Result r = MemberRules.check(valid(), TODAY);
        assertThat(r.problems()).isEmpty();
        assertThat(r.cleaned().phone()).isEqualTo("0912345678");
        assertThat(r.cleaned().position()).isEqualTo(Position.NONE);
    }

    @Test
    void storesNamesInNfcWithSpacesCollapsedAndWordsCapitalised() {
        String nfd = Normalizer.normalize("  NGUYỄN   THỊ  hoa ", Normalizer.Form.NFD);
        MemberRules.Result r = MemberRules.check(with(nfd, LocalDate.of(1985, 3, 5), LocalDate.of(2010, 1, 1)), TODAY);
        assertThat(r.cleaned().fullName()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(Normalizer.isNormalized(r.cleaned().fullName(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void rejectsAMemberYoungerThanEighteenWhenJoining() {
        MemberRules.Result r = MemberRules.check(with("Lê Thị Lan", LocalDate.of(1985, 3, 5), LocalDate.of(2003, 3, 4)), TODAY);
        assertThat(r.problems()).extracting(FieldProblem::code).containsExactly("member.age.underage");
    }

    @Test
    void acceptsAMemberJoiningOnHerEighteenthBirthday() {
        MemberRules.Result r = MemberRules.check(with("Lê Thị Lan", LocalDate.of(1985, 3, 5), LocalDate.of(2003, 3, 5)), TODAY);
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void rejectsMissingFieldsEachByName() {
        MemberRules.Result r = MemberRules.check(new MemberInput(" ", null, null, null, null, null, null, null, null,
                null, null, null, null, null), TODAY);
        assertThat(r.problems()).extracting(FieldProblem::field)
                .containsExactly("fullName", "birthDate", "nationalId", "unitId", "joinedOn");
    }

    @Test
    void rejectsANameOfTenThousandCharacters() {
        MemberRules.Result r = MemberRules.check(with("A".repeat(10_000), LocalDate.of(1985, 3, 5), LocalDate.of(2010, 1, 1)), TODAY);
        assertThat(r.problems()).extracting(FieldProblem::code).containsExactly("member.name.tooLong");
    }

    @Test
    void rejectsDigitsInAName() {
        MemberRules.Result r = MemberRules.check(with("Hoa 123", LocalDate.of(1985, 3, 5), LocalDate.of(2010, 1, 1)), TODAY);
        assertThat(r.problems()).extracting(FieldProblem::code).containsExactly("member.name.characters");
    }

    @Test
    void requiresConsentBeforeRecordingEthnicity() {
        MemberInput v = valid();
        MemberInput noConsent = new MemberInput(v.fullName(), v.birthDate(), v.nationalId(), null, null, "02", null,
                v.unitId(), v.joinedOn(), null, null, null, null, null);
        assertThat(MemberRules.check(noConsent, TODAY).problems()).extracting(FieldProblem::code)
                .containsExactly("member.ethnicity.consent");
        MemberInput consented = new MemberInput(v.fullName(), v.birthDate(), v.nationalId(), null, null, "02",
                LocalDate.of(2026, 1, 5), v.unitId(), v.joinedOn(), null, null, null, null, null);
        assertThat(MemberRules.check(consented, TODAY).problems()).isEmpty();
    }

    @Test
    void rejectsAPhoneThatIsNotAVietnameseMobile() {
        MemberInput v = valid();
        MemberInput bad = new MemberInput(v.fullName(), v.birthDate(), v.nationalId(), "024 3825 1234", null, null, null,
                v.unitId(), v.joinedOn(), null, null, null, null, null);
        assertThat(MemberRules.check(bad, TODAY).problems()).extracting(FieldProblem::code).containsExactly("member.phone.invalid");
    }

    @Test
    void rejectsFutureDatesAndOutOfRangeLevels() {
        MemberInput v = valid();
        MemberInput bad = new MemberInput(v.fullName(), v.birthDate(), v.nationalId(), null, null, null, null,
                v.unitId(), TODAY.plusDays(1), null, null, 3, null, 4);
        assertThat(MemberRules.check(bad, TODAY).problems()).extracting(FieldProblem::code)
                .containsExactly("member.date.future", "member.vneid.invalid", "member.skill.invalid");
    }
}

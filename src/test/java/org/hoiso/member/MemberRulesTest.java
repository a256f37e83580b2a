package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.testing.AMember;
import org.junit.jupiter.api.Test;

class MemberRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** Hoa, of unit 10 (the rules do not look units up), with a phone and an address, and no position. */
    private static AMember hoa() {
        return AMember.valid().named("Nguyễn Thị Hoa").bornOn(LocalDate.of(1985, 3, 5)).cccd("001185123456")
                .phone("0912 345 678").address("Số 1 Đội Cấn").inUnit(10L).joinedOn(LocalDate.of(2010, 1, 1)).position(null);
    }

    private static MemberInput with(String name, LocalDate birth, LocalDate joined) {
        return hoa().named(name).bornOn(birth).joinedOn(joined).input();
    }

    @Test
    void aValidMemberPassesAndIsCleaned() {
        MemberRules.Result r = MemberRules.check(hoa().input(), TODAY);
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
        MemberInput empty = AMember.valid().named(" ").bornOn(null).cccd(null).inUnit(null).joinedOn(null).input();
        MemberRules.Result r = MemberRules.check(empty, TODAY);
        assertThat(r.problems()).extracting(FieldProblem::field)
                .containsExactly("fullName", "birthDate", "nationalId", "unitId", "joinedOn");
    }

    @Test
    void rejectsANameOfTenThousandCharacters() {
        MemberRules.Result r = MemberRules.check(with("A".repeat(10_000), LocalDate.of(1985, 3, 5), LocalDate.of(2010, 1, 1)),
                TODAY);
        assertThat(r.problems()).extracting(FieldProblem::code).containsExactly("member.name.tooLong");
    }

    @Test
    void rejectsDigitsInAName() {
        MemberRules.Result r = MemberRules.check(with("Hoa 123", LocalDate.of(1985, 3, 5), LocalDate.of(2010, 1, 1)), TODAY);
        assertThat(r.problems()).extracting(FieldProblem::code).containsExactly("member.name.characters");
    }

    @Test
    void requiresConsentBeforeRecordingEthnicity() {
        MemberInput noConsent = hoa().ethnicity("02", null).input();
        assertThat(MemberRules.check(noConsent, TODAY).problems()).extracting(FieldProblem::code)
                .containsExactly("member.ethnicity.consent");
        MemberInput consented = hoa().ethnicity("02", LocalDate.of(2026, 1, 5)).input();
        assertThat(MemberRules.check(consented, TODAY).problems()).isEmpty();
    }

    @Test
    void rejectsAPhoneThatIsNotAVietnameseMobile() {
        MemberInput bad = hoa().phone("024 3825 1234").input();
        assertThat(MemberRules.check(bad, TODAY).problems()).extracting(FieldProblem::code)
                .containsExactly("member.phone.invalid");
    }

    @Test
    void rejectsFutureDatesAndOutOfRangeLevels() {
        MemberInput bad = hoa().joinedOn(TODAY.plusDays(1)).vneidLevel(3).digitalSkill(4).input();
        assertThat(MemberRules.check(bad, TODAY).problems()).extracting(FieldProblem::code)
                .containsExactly("member.date.future", "member.vneid.invalid", "member.skill.invalid");
    }
}

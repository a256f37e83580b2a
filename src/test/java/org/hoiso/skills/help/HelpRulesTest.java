package org.hoiso.skills.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.hoiso.platform.web.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HelpRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static HelpEntry citizen(String name, String phone, boolean consent) {
        return new HelpEntry(1L, TODAY, "Nhà văn hóa", HelpType.VNEID_INSTALL, null, null, name, phone, consent);
    }

    private static List<String> codes(HelpRules.Checked<?> c) {
        return c.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void aCitizenIsRecordedOnlyWithHerConsent() {
        assertThat(codes(HelpRules.check(citizen("Lò Thị Hoa", "0912345678", false), TODAY)))
                .containsExactly("consent:help.consent.required");
        assertThat(HelpRules.check(citizen("Lò Thị Hoa", "0912345678", true), TODAY).ok()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0212345678", "12345", "091234567", "09123456789", "abc", "+1 555 123 4567"})
    void rejectsAPhoneThatIsNotAVietnameseMobile(String phone) {
        assertThat(codes(HelpRules.check(citizen("Lò Thị Hoa", phone, true), TODAY)))
                .containsExactly("citizenPhone:help.phone.invalid");
    }

    @ParameterizedTest
    @CsvSource({"+84 912 345 678,0912345678", "0912.345.678,0912345678", "01662345678,0362345678"})
    void keepsTheCitizensPhoneInItsNationalForm(String typed, String kept) {
        assertThat(HelpRules.check(citizen("lò thị hoa", typed, true), TODAY).value().citizenPhone()).isEqualTo(kept);
    }

    @Test
    void namesTheCitizenAsOfficersWriteNames() {
        assertThat(HelpRules.check(citizen("  LÒ   THỊ HOA ", "0912345678", true), TODAY).value().citizenName())
                .isEqualTo("Lò Thị Hoa");
    }

    @Test
    void aMemberOrACitizenButNotBothAndNotNobody() {
        var both = new HelpEntry(1L, TODAY, null, HelpType.EWALLET, null, 7L, "Lò Thị Hoa", "0912345678", true);
        assertThat(codes(HelpRules.check(both, TODAY))).containsExactly("memberId:help.person.both");
        var nobody = new HelpEntry(1L, TODAY, null, HelpType.EWALLET, null, null, null, null, false);
        assertThat(codes(HelpRules.check(nobody, TODAY))).containsExactly("memberId:help.person.required");
        var member = new HelpEntry(1L, TODAY, null, HelpType.EWALLET, null, 7L, null, null, false);
        assertThat(HelpRules.check(member, TODAY).ok()).isTrue();
    }

    @Test
    void refusesDatesInTheFutureOrBefore2025() {
        var future = new HelpEntry(1L, TODAY.plusDays(1), null, HelpType.EWALLET, null, 7L, null, null, false);
        assertThat(codes(HelpRules.check(future, TODAY))).containsExactly("givenOn:help.date.future");
        var early = new HelpEntry(1L, LocalDate.of(2024, 12, 31), null, HelpType.EWALLET, null, 7L, null, null, false);
        assertThat(codes(HelpRules.check(early, TODAY))).containsExactly("givenOn:help.date.tooEarly");
        var first = new HelpEntry(1L, LocalDate.of(2025, 1, 1), null, HelpType.EWALLET, null, 7L, null, null, false);
        assertThat(HelpRules.check(first, TODAY).ok()).isTrue();
    }

    @Test
    void keepsANoteOnlyForOtherHelpAndRequiresItThere() {
        var vneid = new HelpEntry(1L, TODAY, null, HelpType.VNEID_LEVEL2, "ghi chú", 7L, null, null, false);
        assertThat(HelpRules.check(vneid, TODAY).value().note()).isNull();
        var other = new HelpEntry(1L, TODAY, null, HelpType.OTHER, " ", 7L, null, null, false);
        assertThat(codes(HelpRules.check(other, TODAY))).containsExactly("note:help.note.required");
        var otherWithNote = new HelpEntry(1L, TODAY, null, HelpType.OTHER, "Cài Zalo", 7L, null, null, false);
        assertThat(HelpRules.check(otherWithNote, TODAY).value().note()).isEqualTo("Cài Zalo");
    }

    @ParameterizedTest
    @CsvSource({"0912345678,09xx xxx 678", "0362345001,03xx xxx 001"})
    void masksPhonesInLists(String phone, String masked) {
        assertThat(HelpRules.mask(phone)).isEqualTo(masked).doesNotContain(phone.substring(2, 7));
    }

    @Test
    void namesEveryBadLineOfASession() {
        var s = new SessionEntry(1L, TODAY, "Thôn 3", List.of(HelpType.VNEID_INSTALL),
                null,
                List.of("Lò Thị Hoa, 0912345678", "", "Vàng Thị Mỷ, 12345", ", 0987654321", "Giàng Thị Sua; +84 987 654 321"),
                true);
        var checked = HelpRules.check(s, TODAY);
        assertThat(checked.problems()).extracting(FieldProblem::code, p -> p.args().get(0))
                .containsExactly(Tuple.tuple("help.session.badPhone", 3),
                        Tuple.tuple("help.session.badName", 4));
        assertThat(checked.value()).extracting(HelpRules.Person::phone).containsExactly("0912345678", "0987654321");
    }

    @Test
    void aSessionNeedsOneConsentForAllAndAType() {
        var s = new SessionEntry(1L, TODAY, null, List.of(), null, List.of("Lò Thị Hoa, 0912345678"), false);
        assertThat(codes(HelpRules.check(s, TODAY))).containsExactlyInAnyOrder("type:error.field.required",
                "consent:help.consent.required");
    }
}

package org.hoiso.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.hoiso.account.Accounts;
import org.hoiso.account.MemberInvitations;
import org.hoiso.platform.outbox.OutboxSender;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.safety.alerts.Warnings;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.hoiso.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Warnings to members: written at province level, approved by another, shown on members' home pages, e-mailed. */
@IntegrationTest
class WarningsIT {

    @Autowired
    Warnings warnings;
    @Autowired
    ScamIndicators indicators;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MemberInvitations invitations;
    @Autowired
    Accounts accounts;
    @Autowired
    OutboxSender outbox;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    /** A member of the commune with her own login and an e-mail address. */
    private Caller member(String communeCode, String email) {
        String name = "Hồ Thị " + Fixtures.uniqueGivenName();
        long id = fixtures.member(name, LocalDate.of(1988, 4, 4), fixtures.unit(communeCode).id());
        String code = invitations.issue(fixtures.admin(), id).code();
        String phone = "0977" + String.format("%06d", id % 1_000_000);
        long userId = invitations.activate(code, phone, "mat-khau-that-dai", SafetyTestData.freshAddress());
        Caller c = Caller.member(userId, phone, name, id);
        accounts.changeOwnEmail(c, email);
        return c;
    }

    private Warnings.NewWarning warning(long unitId, String title, String identifiers) {
        return new Warnings.NewWarning(unitId, title, "Scam: fake police calls", "Đừng chuyển tiền cho người tự xưng công an.",
                "Do not transfer money to callers who say they are the police.", null, LocalDate.now().plusDays(30), identifiers);
    }

    @Test
    void anApprovedWarningReachesTheSubtreesMembersOnTheirHomePageAndByEmail() throws Exception {
        Caller hue = member(Places.PHONG_DIEN, "hoi.vien." + System.nanoTime() + "@example.vn");
        String elsewhereEmail = "ha.noi." + System.nanoTime() + "@example.vn";
        Caller elsewhere = member(Places.GIANG_VO, elsewhereEmail);
        Fixtures.Officer author = fixtures.officer(Places.HUE);
        Fixtures.Officer approver = fixtures.account(Caller.Role.ADMIN, Places.HUE);
        String title = "Cảnh báo: giả danh công an gọi điện " + System.nanoTime();
        long id = warnings.create(author.caller(), warning(fixtures.unit(Places.HUE).id(), title, "0399 888 777"));
        assertThat(warnings.forMember(hue, Locale.forLanguageTag("vi"))).as("not before approval")
                .noneMatch(w -> w.title().equals(title));

        int emailed = warnings.approve(approver.caller(), id);
        assertThat(emailed).isGreaterThanOrEqualTo(1);
        outbox.sendDue();
        assertThat(TestMailServer.awaitTotal(1, Duration.ofSeconds(10))).isTrue();
        List<MimeMessage> mails = TestMailServer.receivedBy(accounts.email(hue.userId()).orElseThrow());
        assertThat(mails).singleElement().satisfies(m -> assertThat(m.getSubject()).contains(title));
        assertThat(TestMailServer.receivedBy(elsewhereEmail)).isEmpty();

        String home = mvc.perform(MockMvcRequestBuilders.get("/me").with(user(users.loadUserByUsername(hue.username()))))
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("id=\"my-warnings\"").contains(title).contains("id=\"my-warnings-unread\"");
        assertThat(warnings.forMember(elsewhere, Locale.forLanguageTag("vi"))).noneMatch(w -> w.title().equals(title));

        warnings.open(hue, id, Locale.forLanguageTag("en"));
        Warnings.WarningView seen = warnings.get(author.caller(), id);
        assertThat(seen.reached()).isGreaterThanOrEqualTo(1);
        assertThat(seen.emailed()).isGreaterThanOrEqualTo(1);
        assertThat(seen.opened()).isEqualTo(1);
        assertThat(indicators.check("0399888777", null, SafetyTestData.freshAddress()).verdict())
                .as("an approved warning's indicators are verified").isEqualTo(ScamIndicators.Verdict.VERIFIED);
    }

    @Test
    void theAuthorDoesNotApproveHerOwnWarningAndACommuneOfficerWritesNone() {
        Fixtures.Officer admin = fixtures.account(Caller.Role.ADMIN, Places.HUE);
        long id = warnings.create(admin.caller(), warning(fixtures.unit(Places.HUE).id(), "Tự duyệt?", null));
        assertThatThrownBy(() -> warnings.approve(admin.caller(), id)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("safety.warning.ownWarning"));
        assertThatThrownBy(() -> warnings.approve(fixtures.officer(Places.HUE).caller(), id))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("safety.warning.notApprover"));
        assertThatThrownBy(() -> warnings.create(fixtures.officer(Places.PHONG_DIEN).caller(),
                warning(fixtures.unit(Places.PHONG_DIEN).id(), "Xã viết", null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("safety.warning.forbidden"));
    }

    @Test
    void aWarningNamesEachBrokenRuleBesideItsField() {
        Fixtures.Officer author = fixtures.officer(Places.HUE);
        assertThatThrownBy(() -> warnings.create(author.caller(), new Warnings.NewWarning(fixtures.unit(Places.HUE).id(), " ",
                "T", "B", "B", null, LocalDate.now().minusDays(1), "xin chào")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems()).extracting(p -> p.field())
                        .containsExactlyInAnyOrder("titleVi", "validTo", "identifiers"));
    }
}

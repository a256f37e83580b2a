package org.hoiso.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hamcrest.Matchers;
import org.hoiso.card.MemberCards;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The pages of "Chi hội số" as officers and members open them. */
@IntegrationTest
class ActivityPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    Activities activities;
    @Autowired
    MemberCards cards;

    /** A member signed in to her own pages (her login as the application makes it). */
    static RequestPostProcessor memberLogin(long memberId) {
        return user(new HoisoUser(Caller.member(900_000 + memberId, "member" + memberId, "Hội viên", memberId), "x", true, true,
                List.of(new SimpleGrantedAuthority("ROLE_MEMBER"))));
    }

    @Test
    void anAnnouncementShowsOnTheOfficersAndTheMembersActivityPages() throws Exception {
        OrgUnit branch = fixtures.branch(Places.HAM_RONG, "Chi hội phố Hàm Rồng 3");
        long memberId = fixtures.member("Vi Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1982, 4, 4), branch.id());
        var officer = user(users.loadUserByUsername(fixtures.officer(Places.HAM_RONG).username()));

        mvc.perform(post("/announcements").param("unitId", Long.toString(branch.id())).param("title", "Lịch tiêm chủng")
                .param("body", "Thứ Bảy tuần này tại trạm y tế phường").with(officer).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/activities").param("unitId", Long.toString(branch.id())).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lịch tiêm chủng")))
                .andExpect(content().string(Matchers.containsString("Chi hội phố Hàm Rồng 3")));
        mvc.perform(get("/activities").param("unitId", Long.toString(fixtures.unit(Places.HAM_RONG).id())).with(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Thứ Bảy tuần này tại trạm y tế phường")));
        mvc.perform(get("/me/activities").with(memberLogin(memberId)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lịch tiêm chủng")))
                .andExpect(content().string(Matchers.containsString("Chi hội phố Hàm Rồng 3")));
    }

    private static Caller herLogin(long memberId) {
        return Caller.member(900_000 + memberId, "member" + memberId, "Hội viên", memberId);
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void theCheckInLinkStartsWithThePublicAddressNotTheHostTheRequestNamed() throws Exception {
        OrgUnit branch = fixtures.branch(Places.HAM_RONG, "Chi hội phố Hàm Rồng 6");
        var officer = fixtures.officer(Places.HAM_RONG);
        OffsetDateTime later = OffsetDateTime.now(VietnameseText.ZONE).plusDays(2);
        Activity a = activities.plan(officer.caller(), new Activities.NewActivity(branch.id(), "MEETING", "Họp chi hội",
                null, later, later.plusHours(2), "Nhà văn hóa", null));
        String html = mvc.perform(get("/activities/" + a.id()).header("Host", "lua-dao.example")
                .with(user(users.loadUserByUsername(officer.username())))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("http://localhost:8080/me/checkin/" + a.checkInCode()).doesNotContain("lua-dao.example");
    }

    @Test
    void aMeetingTomorrowCannotBeHeldNorHaveAnyonePresent() throws Exception {
        OrgUnit branch = fixtures.branch(Places.HAM_RONG, "Chi hội phố Hàm Rồng 5");
        long memberId = fixtures.member("Đàm Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1983, 3, 3), branch.id());
        Caller officer = fixtures.officer(Places.HAM_RONG).caller();
        OffsetDateTime tomorrow = OffsetDateTime.now(VietnameseText.ZONE).plusDays(1);
        Activity a = activities.plan(officer, new Activities.NewActivity(branch.id(), "MEETING", "Họp chi hội ngày mai", null,
                tomorrow, tomorrow.plusHours(2), "Nhà văn hóa", null));

        assertThatThrownBy(() -> activities.markHeld(officer, a.id(), "Biên bản viết trước"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("activity.held.notYet"));
        assertThatThrownBy(() -> activities.tick(officer, a.id(), List.of(memberId)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("activity.attendance.notYet"));
        String card = cards.issue(officer, memberId).token();
        assertThatThrownBy(() -> activities.scanCard(officer, a.id(), card))
                .satisfies(e -> assertThat(code(e)).isEqualTo("activity.attendance.notYet"));
        assertThatThrownBy(() -> activities.checkIn(herLogin(memberId), a.checkInCode()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("activity.checkin.notYet"));
        Activity after = activities.get(officer, a.id());
        assertThat(after.attended()).isZero();
        assertThat(after.held()).isFalse();

        // her phone shows her why, on her activities page
        mvc.perform(post("/me/checkin/" + a.checkInCode()).with(memberLogin(memberId)).with(csrf()))
                .andExpect(redirectedUrl("/me/activities"))
                .andExpect(flash().attribute("outcomeErrors", Matchers.hasItem(Matchers.containsString("điểm danh mở từ"))));
        // the officer's page offers no "held" and no ticks yet, and says when the door opens
        mvc.perform(get("/activities/" + a.id()).with(user(users.loadUserByUsername(fixtures.officer(Places.HAM_RONG)
                .username())))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"presence-not-yet\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"held\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"tick\""))));
    }

    @Test
    void theCheckInCodeWorksOnlyWhileTheDoorIsOpenAndNotAfterTheMeetingWasHeld() {
        OrgUnit branch = fixtures.branch(Places.HAM_RONG, "Chi hội phố Hàm Rồng 6");
        long lan = fixtures.member("Đàm Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1983, 3, 3), branch.id());
        long mai = fixtures.member("Đàm Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1984, 4, 4), branch.id());
        Caller officer = fixtures.officer(Places.HAM_RONG).caller();
        OffsetDateTime now = OffsetDateTime.now(VietnameseText.ZONE);

        Activity soon = activities.plan(officer, new Activities.NewActivity(branch.id(), "MEETING", "Họp sau 20 phút", null,
                now.plusMinutes(20), null, "Nhà văn hóa", null));
        assertThat(activities.checkIn(herLogin(lan), soon.checkInCode()).id()).isEqualTo(soon.id());

        Activity begun = activities.plan(officer, new Activities.NewActivity(branch.id(), "MEETING", "Họp từ 10 phút trước",
                null, now.minusMinutes(10), null, "Nhà văn hóa", null));
        assertThat(activities.checkIn(herLogin(lan), begun.checkInCode()).id()).isEqualTo(begun.id());
        activities.markHeld(officer, begun.id(), null);
        assertThatThrownBy(() -> activities.checkIn(herLogin(mai), begun.checkInCode()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("activity.checkin.closed"));

        Activity over = activities.plan(officer, new Activities.NewActivity(branch.id(), "TRAINING", "Tập huấn đã xong", null,
                now.minusHours(3), now.minusHours(1), "Hội trường", null));
        assertThatThrownBy(() -> activities.checkIn(herLogin(mai), over.checkInCode()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("activity.checkin.closed"));
        // afterwards the officer still ticks by hand who was there
        activities.tick(officer, over.id(), List.of(mai));
        assertThat(activities.attendees(officer, over.id())).containsExactly(mai);
    }

    @Test
    void officersSeeEachMembersAnswerAndSheSeesTheDescription() throws Exception {
        OrgUnit branch = fixtures.branch(Places.HAM_RONG, "Chi hội phố Hàm Rồng 7");
        String lanName = "Đàm Thị " + Fixtures.uniqueGivenName();
        String maiName = "Đàm Thị " + Fixtures.uniqueGivenName();
        long lan = fixtures.member(lanName, LocalDate.of(1983, 3, 3), branch.id());
        long mai = fixtures.member(maiName, LocalDate.of(1984, 4, 4), branch.id());
        Caller officer = fixtures.officer(Places.HAM_RONG).caller();
        OffsetDateTime later = OffsetDateTime.now(VietnameseText.ZONE).plusDays(2);
        Activity a = activities.plan(officer, new Activities.NewActivity(branch.id(), "TRAINING", "Tập huấn VNeID mức 2",
                "Mang theo căn cước và điện thoại đã cài VNeID", later, null, "Hội trường phường", null));
        activities.respond(herLogin(lan), a.id(), "YES");
        activities.respond(herLogin(mai), a.id(), "NO");

        assertThat(activities.responses(officer, a.id())).extracting(Activities.Response::name, Activities.Response::answer)
                .containsExactly(tuple(lanName, "YES"), tuple(maiName, "NO"));
        mvc.perform(get("/activities/" + a.id()).with(user(users.loadUserByUsername(fixtures.officer(Places.HAM_RONG)
                .username())))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(lanName + "</span>:\n        <strong>Sẽ đến</strong>")))
                .andExpect(
                        content().string(Matchers.containsString(maiName + "</span>:\n        <strong>Không đến được</strong>")));
        mvc.perform(get("/me/activities").with(memberLogin(lan))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mang theo căn cước và điện thoại đã cài VNeID")));
        Caller stranger = fixtures.officer(Places.HAC_THANH).caller();
        assertThatThrownBy(() -> activities.responses(stranger, a.id())).hasMessage("activity.notFound");
    }
}

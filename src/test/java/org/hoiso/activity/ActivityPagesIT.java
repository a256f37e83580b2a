package org.hoiso.activity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
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
}

package org.hoiso.skills.help;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.MemberLogins;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The menu's "Hỗ trợ số": a member sees it only while she is designated to give digital help. */
@IntegrationTest
class HelpMenuIT {

    private static final String HELP_LINK = "href=\"/help\"";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MemberLogins logins;
    @Autowired
    HelpLog help;
    @Autowired
    UserDetailsService users;

    @Test
    void aMemberSeesTheHelpEntryOnlyWhileSheIsDesignated() throws Exception {
        OrgUnit branch = fixtures.branch(Places.MUONG_LAT, "Chi hội bản Pù Quăn");
        long memberId = fixtures.member("Lò Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1990, 5, 5), branch.id());
        String phone = logins.activate(memberId);

        mvc.perform(get("/me").with(user(users.loadUserByUsername(phone)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(HELP_LINK))));

        var officer = fixtures.officer(Places.MUONG_LAT).caller();
        help.designate(officer, memberId, branch.id(), HelperKind.AMBASSADOR);
        mvc.perform(get("/me").with(user(users.loadUserByUsername(phone)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(HELP_LINK)));

        help.endDesignation(officer, memberId, branch.id(), HelperKind.AMBASSADOR);
        mvc.perform(get("/me").with(user(users.loadUserByUsername(phone)))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(HELP_LINK))));
    }

    @Test
    void anOfficerWhoMayChangeAUnitSeesTheHelpEntryAndAViewerDoesNot() throws Exception {
        var officer = user(users.loadUserByUsername(fixtures.officer(Places.MUONG_LAT).username()));
        mvc.perform(get("/units").with(officer)).andExpect(content().string(Matchers.containsString(HELP_LINK)));
        var viewer = user(users.loadUserByUsername(
                fixtures.account(Caller.Role.VIEWER, Places.MUONG_LAT).username()));
        mvc.perform(get("/units").with(viewer)).andExpect(content().string(Matchers.not(Matchers.containsString(HELP_LINK))));
    }
}

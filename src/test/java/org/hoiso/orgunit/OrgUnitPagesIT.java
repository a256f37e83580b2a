package org.hoiso.orgunit;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The organisation tree's pages: the tree, a unit's page and its reorganisations. */
@IntegrationTest
class OrgUnitPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;

    private UserDetails officerOf(String code) {
        return users.loadUserByUsername(fixtures.officer(code).username());
    }

    @Test
    void theTreeLoadsChildrenAndFindsUnitsWithoutDiacritics() throws Exception {
        var officer = officerOf(Places.HA_NOI);
        mvc.perform(get("/units/{id}/children", fixtures.unit(Places.HA_NOI).id()).with(user(officer)))
                .andExpect(content().string(containsString("Phường Hoàn Kiếm")));
        mvc.perform(get("/units").param("q", "hoan kiem").with(user(officer)))
                .andExpect(content().string(containsString("Phường Hoàn Kiếm")));
    }

    @Test
    void theUnitPageShowsHistoryAndPerformsARename() throws Exception {
        var officer = officerOf(Places.BA_DINH);
        var branch = fixtures.branch(Places.BA_DINH, "Chi hội Kim Mã");
        mvc.perform(post("/units/{id}/rename", branch.id()).with(user(officer)).with(csrf())
                .param("name", "Chi hội Kim Mã Thượng").param("date", "01/09/2026").param("note", "QĐ 9"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/units/{id}", branch.id()).with(user(officer)))
                .andExpect(content().string(containsString("Chi hội Kim Mã Thượng")))
                .andExpect(content().string(containsString("Đổi tên")))
                .andExpect(content().string(containsString("01/09/2026")));
    }
}

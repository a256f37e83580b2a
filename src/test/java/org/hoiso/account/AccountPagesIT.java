package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The accounts page: officers make the accounts of their subtree. */
@IntegrationTest
class AccountPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void anOfficerCreatesAccountsInHerSubtreeButNoAdministrators() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        var principal = users.loadUserByUsername(officer.username());
        long unit = fixtures.unit(Places.BA_DINH).id();
        String viewer = "xem-" + officer.username();
        mvc.perform(post("/accounts").with(user(principal)).with(csrf()).param("unitId", "" + unit).param("username", viewer)
                .param("password", "mat-khau-dai-du").param("displayName", "Nguyễn Thị Xem").param("role", "VIEWER"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/accounts").param("unitId", "" + unit).with(user(principal)))
                .andExpect(content().string(Matchers.containsString(viewer)));
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(viewer, "mat-khau-dai-du")))
                .andExpect(jsonPath("$.assignments[0].role").value("VIEWER"))
                .andExpect(jsonPath("$.assignments[0].unitId").value(unit));
        String admin = "qt-" + officer.username();
        mvc.perform(post("/accounts").with(user(principal)).with(csrf()).param("unitId", "" + unit).param("username", admin)
                .param("password", "mat-khau-dai-du").param("displayName", "X").param("role", "ADMIN"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u").param("u", admin).query(Integer.class).single())
                .isZero();
        // a viewer manages no accounts
        mvc.perform(get("/accounts").param("unitId", "" + unit).with(user(users.loadUserByUsername(viewer))))
                .andExpect(status().isForbidden());
    }
}

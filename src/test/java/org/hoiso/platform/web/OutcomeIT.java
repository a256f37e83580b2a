package org.hoiso.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every page shows the outcome of a request the same way: the layout's fragment, above the page's content. */
@IntegrationTest
class OutcomeIT {

    private static final String NOTICE = "<p class=\"outcome outcome-ok\" id=\"outcome-notice\" role=\"status\">";
    private static final String ERRORS = "<div class=\"outcome outcome-error\" id=\"outcome-errors\" role=\"alert\">";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;

    @Test
    void aConfirmationIsAStatusAboveThePage() throws Exception {
        mvc.perform(get("/login").param("logout", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString(NOTICE + "Bạn đã đăng xuất.</p>")))
                .andExpect(content().string(not(containsString(ERRORS))));
    }

    @Test
    void aRefusalIsAnAlertAboveThePage() throws Exception {
        String page = mvc.perform(get("/login").param("error", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString(ERRORS)))
                .andExpect(content().string(containsString("Sai tên đăng nhập hoặc mật khẩu")))
                .andExpect(content().string(not(containsString(NOTICE))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf(ERRORS)).isLessThan(page.indexOf("<h1"));
    }

    @Test
    void theErrorPageShowsItsMessageTheSameWay() throws Exception {
        var officer = user(users.loadUserByUsername(fixtures.officer("00004").username()));
        mvc.perform(get("/members/{id}", Long.MAX_VALUE).with(officer)).andExpect(status().isNotFound())
                .andExpect(content().string(containsString(ERRORS)));
    }
}

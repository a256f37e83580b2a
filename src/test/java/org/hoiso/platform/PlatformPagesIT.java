package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import jakarta.servlet.http.Cookie;
import org.hoiso.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** What every page has from the platform: the layout's language, chosen once and remembered. */
@IntegrationTest
class PlatformPagesIT {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesAreVietnameseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("Đăng nhập")))
                .andExpect(content().string(containsString("lang=\"vi\"")));
        MvcResult en = mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Sign in")))
                .andReturn();
        Cookie cookie = en.getResponse().getCookie("hoiso-lang");
        assertThat(cookie).isNotNull();
        mvc.perform(get("/login").cookie(cookie)).andExpect(content().string(containsString("Sign in")));
    }
}

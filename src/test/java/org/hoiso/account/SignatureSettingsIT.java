package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Outcome;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** An officer sets the title printed under her signature and the address for notices, on her own page. */
@IntegrationTest
class SignatureSettingsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Officers officers;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;

    @Test
    void sheSetsHerTitleAndHerAddressOnHerOwnPage() throws Exception {
        Fixtures.Officer lan = fixtures.officer(Places.SIN_THAU);
        var her = user(users.loadUserByUsername(lan.username()));

        mvc.perform(post("/account/reporting").param("title", "  Chủ tịch Hội LHPN xã ").param("email", "lan@sinthau.example.vn")
                .with(her).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(Outcome.NOTICE, "Đã lưu."));

        assertThat(officers.title(lan.caller())).contains("Chủ tịch Hội LHPN xã");
        assertThat(accounts.email(lan.caller().userId())).contains("lan@sinthau.example.vn");
        String page = mvc.perform(get("/account/reporting").with(her)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("value=\"Chủ tịch Hội LHPN xã\"").contains("value=\"lan@sinthau.example.vn\"");
        assertThat(officers.byUsernames(List.of(lan.username().toUpperCase())))
                .containsKey(lan.username().toUpperCase());
    }

    @Test
    void aTitleTooLongIsRefusedAndTheOldOneStays() {
        Fixtures.Officer lan = fixtures.officer(Places.SIN_THAU);
        officers.changeOwnTitle(lan.caller(), "Chủ tịch");

        assertThatThrownBy(() -> officers.changeOwnTitle(lan.caller(), "x".repeat(201)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldProblems().get(0).code()).isEqualTo("account.title.invalid"));
        assertThat(officers.title(lan.caller())).contains("Chủ tịch");
        officers.changeOwnTitle(lan.caller(), " ");
        assertThat(officers.title(lan.caller())).isEmpty();
    }
}

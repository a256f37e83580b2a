package org.hoiso.platform.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A person's notices: counted on the menu, listed on her home page, read when opened, and hers alone. */
@IntegrationTest
class NoticesIT {

    @Autowired
    Notices notices;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aNoticeIsCountedOnTheMenuListedOnTheHomePageAndReadWhenOpened() throws Exception {
        Fixtures.Officer lan = fixtures.officer(Places.HUA_BUM);
        var her = user(users.loadUserByUsername(lan.username()));
        long id = give(lan.caller(), "Báo cáo tháng 11 bị trả lại", "/reports/77", "report:77", null);

        String home = page("/", her);
        assertThat(home).contains("id=\"notice-count\"").contains("Thông báo (1)").contains("Thông báo mới (1)")
                .contains("href=\"/notices/" + id + "\"").contains("Báo cáo tháng 11 bị trả lại");
        assertThat(page("/?lang=en", her)).contains("Notices (1)").contains("The November report was returned");

        mvc.perform(get("/notices/" + id).with(her)).andExpect(redirectedUrl("/reports/77"));
        assertThat(notices.unreadCount(lan.caller())).isZero();
        assertThat(page("/", her)).contains(">Thông báo</a>").doesNotContain("Thông báo (1)").contains("Không có thông báo mới.");
        assertThat(page("/notices", her)).contains("Báo cáo tháng 11 bị trả lại");
    }

    @Test
    void openingTheThingANoticeIsAboutReadsItAndTheSameKeyIsPostedOnce() {
        Caller lan = fixtures.officer(Places.HUA_BUM).caller();
        give(lan, "Một", "/reports/88", "report:88", "k-88");
        assertThat(notices.post(new NewNotice(lan.userId(), "test.kind", "Hai", "Two", "/reports/88", "report:88", "k-88",
                false))).isFalse();
        give(lan, "Ba", "/reports/89", "report:89", null);
        assertThat(notices.unreadCount(lan)).isEqualTo(2);

        assertThat(notices.readAbout(lan, "report:88")).isEqualTo(1);

        assertThat(notices.unread(lan, 10)).extracting(n -> n.text(null)).containsExactly("Ba");
    }

    @Test
    void nobodyOpensAnotherPersonsNoticeAndAllAreMarkedReadAtOnce() throws Exception {
        Caller lan = fixtures.officer(Places.HUA_BUM).caller();
        Fixtures.Officer mai = fixtures.officer(Places.HUA_BUM);
        long id = give(lan, "Của Lan", "/reports/90", null, null);

        assertThatThrownBy(() -> notices.open(mai.caller(), id)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("notice.notFound"));
        mvc.perform(get("/notices/" + id).with(user(users.loadUserByUsername(mai.username())))).andExpect(status().isNotFound());
        assertThat(notices.unreadCount(lan)).isEqualTo(1);
        give(lan, "Thêm", "/reports/91", null, null);

        mvc.perform(post("/notices/read").with(user(users.loadUserByUsername(mai.username()))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(notices.unreadCount(lan)).isEqualTo(2);
        assertThat(notices.readAll(lan)).isEqualTo(2);
        assertThat(notices.unreadCount(lan)).isZero();
    }

    @Test
    void aNoticeLeadsOnlyToAPathInHoiso() {
        assertThatThrownBy(() -> new NewNotice(1, "k", "a", "b", "https://evil.example/", null, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewNotice(1, "k", "a", "b", "//evil.example/", null, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new NewNotice(1, "k", "x".repeat(1200), "b", "/reports", null, null, false).textVi()).hasSize(1000);
    }

    private long give(Caller to, String vi, String link, String subject, String key) {
        notices.post(new NewNotice(to.userId(), "test.kind", vi,
                vi.equals("Báo cáo tháng 11 bị trả lại") ? "The November report was returned" : vi, link, subject, key, false));
        return notices.unread(to, 1).get(0).id();
    }

    private String page(String uri, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(uri).with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}

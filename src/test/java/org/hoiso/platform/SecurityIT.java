package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SecurityIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void locksAnAccountAfterFiveWrongPasswords() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/accounts/me").with(httpBasic(officer.username(), "wrong-password")))
                    .andExpect(status().isUnauthorized());
        }
        // even the right password is refused while the lock lasts
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT locked_until > now() FROM app_user WHERE username = :u").param("u", officer.username())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/accounts/me").with(httpBasic(officer.username(), "wrong-password")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(officer.username(), officer.password()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(officer.username()));
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(officer.username(), "wrong-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isOk());
    }

    @Test
    void storesPasswordsOnlyAsModernHashes() {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u").param("u", officer.username())
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(officer.password());
    }

    @Test
    void theLoginFormNeedsItsCsrfToken() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        mvc.perform(post("/login").param("username", officer.username()).param("password", officer.password()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", officer.username()).param("password", officer.password()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", officer.username()).param("password", "nope").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pagesSendSecureHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void anonymousCallersAreSentToSignIn() throws Exception {
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.endsWith("/login")));
        mvc.perform(get("/api/v1/members"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Cần đăng nhập (tên đăng nhập và mật khẩu)."));
    }

    @Test
    void onlyAdministratorsReadTheAuditLog() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.HA_NOI);
        mvc.perform(get("/admin/audit").with(user(users.loadUserByUsername(officer.username()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(users.loadUserByUsername("admin")))).andExpect(status().isOk());
    }

    @Test
    void readingAndChangingARecordIsAudited() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        long id = fixtures.member("Kiều Thị Vân", LocalDate.of(1972, 2, 2), fixtures.unit(Places.BA_DINH).id());
        mvc.perform(get("/api/v1/members/{id}", id).with(httpBasic(officer.username(), officer.password())).with(r -> {
            r.setRemoteAddr("10.1.2.3");
            return r;
        })).andExpect(status().isOk());
        var row = jdbc.sql(
                "SELECT actor, remote_addr FROM audit_log WHERE entity_type = 'member' AND entity_id = :id AND action = 'READ'")
                .param("id", id).query().singleRow();
        assertThat(row).containsEntry("actor", officer.username()).containsEntry("remote_addr", "10.1.2.3");
        assertThat(
                jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_id = :id AND action = 'CREATE' AND entity_type = 'member'")
                        .param("id", id).query(Integer.class).single())
                .isOne();
        mvc.perform(get("/admin/audit").param("type", "member").param("entity", "" + id)
                .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(officer.username())))
                .andExpect(content().string(Matchers.containsString("Xem hồ sơ")));
    }

    @Test
    void theOpenApiDescriptionAndSwaggerUiAreServed() throws Exception {
        mvc.perform(get("/api/v1/openapi")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/members']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/units/{id}/children']").exists());
        mvc.perform(get("/api/v1/openapi")).andExpect(jsonPath("$.info.title").value("hoiso API"));
        mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/swagger-ui/index.html")).andExpect(status().isOk());
    }
}

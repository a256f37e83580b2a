package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.hoiso.HoisoApplication;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoOidcUser;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.hoiso.testing.SessionCookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC): an officer who signed in on one instance carries on, with the
 * same cookie, on another instance started on the same database, and what the first instance put in her session
 * (a flash message) is read by the second.
 */
@IntegrationTest
class SessionsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aSessionStartedOnOneInstanceIsServedByASecondInstanceOnTheSameDatabase() throws Exception {
        Fixtures.Officer lan = fixtures.officer(Places.SIN_THAU);
        SessionCookie session = new SessionCookie();
        mvc.perform(post("/login").param("username", lan.username()).param("password", lan.password()).with(csrf())
                .with(r -> {
                    r.setRemoteAddr("10.203.1.1");
                    return r;
                })).andDo(session).andExpect(redirectedUrl("/"));
        assertThat(session.id()).isNotNull();
        assertThat(jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = :id").param("id", session.id())
                .query(String.class).optional()).as("the session row in PostgreSQL").contains(lan.username());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM spring_session_attributes a JOIN spring_session s ON s.primary_id = a.session_primary_id
                 WHERE s.session_id = :id AND a.attribute_name = 'SPRING_SECURITY_CONTEXT'
                """).param("id", session.id()).query(Long.class).single()).as("her security context, serialized").isEqualTo(1);

        // a flash message written on this instance…
        mvc.perform(post("/account/reporting").param("title", "Chủ tịch Hội xã").param("email", "lan@sinthau.example.vn")
                .with(session).with(csrf()))
                .andDo(session).andExpect(redirectedUrl("/account/reporting"))
                .andExpect(header().string("X-Hoiso-Instance", Matchers.not(Matchers.blankOrNullString())));

        HikariDataSource db = (HikariDataSource) dataSource;
        // command-line arguments: they come before application.properties (which maps HOISO_DB_URL, empty here)
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(HoisoApplication.class)
                .web(WebApplicationType.SERVLET).run("--spring.datasource.url=" + db.getJdbcUrl(),
                        "--spring.datasource.username=" + db.getUsername(), "--spring.datasource.password=" + db.getPassword(),
                        "--server.port=0", "--server.address=127.0.0.1", "--hoiso.instance-name=second",
                        "--spring.main.banner-mode=off")) {
            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            String cookie = SessionCookie.NAME + "=" + session.cookieValue();

            // …is shown by the second instance, to her, without signing in again
            HttpResponse<String> page = http
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/account/reporting"))
                            .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(page.statusCode()).as("answered %s", page.headers().firstValue("Location")).isEqualTo(200);
            assertThat(page.headers().firstValue("X-Hoiso-Instance")).contains("second");
            assertThat(page.body()).contains("Đã lưu.").contains("value=\"Chủ tịch Hội xã\"");

            HttpResponse<String> members = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/members"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(members.statusCode()).isEqualTo(200);

            HttpResponse<Void> stranger = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/members"))
                    .header("Cookie", SessionCookie.NAME + "=bm90LWEtc2Vzc2lvbg").build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(stranger.statusCode()).as("an unknown session is sent to sign in").isEqualTo(302);

            // a real server's session cookie keeps the attributes Boot's server.servlet.session.cookie.* give it
            HttpResponse<Void> login = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith(SessionCookie.NAME + "=")
                    .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        }
    }

    @Test
    void thePrincipalsKeptInASessionAreSerializable() throws Exception {
        Caller caller = new Caller(7, "lan", "Lan", List.of(new Caller.Assignment(Caller.Role.OFFICER, 3)), null);
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));
        HoisoUser user = new HoisoUser(caller, "{bcrypt}x", true, true, authorities, 4, true);
        OidcIdToken idToken = new OidcIdToken("t", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T01:00:00Z"),
                Map.of("sub", "s-1", "national_id", "001190012345"));
        HoisoOidcUser oidc = new HoisoOidcUser(caller, idToken, new OidcUserInfo(Map.of("sub", "s-1")), authorities);

        HoisoUser back = roundTrip(user);
        assertThat(back.caller()).isEqualTo(caller);
        assertThat(back.stamp()).isEqualTo(4);
        assertThat(back.mustChangePassword()).isTrue();
        HoisoOidcUser oidcBack = roundTrip(oidc);
        assertThat(oidcBack.caller()).isEqualTo(caller);
        assertThat(oidcBack.getClaims()).containsEntry("national_id", "001190012345");
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}

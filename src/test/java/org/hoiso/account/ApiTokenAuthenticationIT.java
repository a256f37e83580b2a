package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.MutableClock;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A partner's token through a real HTTP server and the real API chain: created by an administrator
 * with her account, then used as {@code Authorization: Bearer}. The rate limit is lowered to 5 a
 * minute and time is moved by a test clock, never waited for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hoiso.api-tokens.requests-per-minute=5")
class ApiTokenAuthenticationIT {

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now());
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private Fixtures.Officer nationalAdmin;
    private long hanoi;

    @BeforeEach
    void arrange() {
        nationalAdmin = fixtures.account(Caller.Role.ADMIN, Places.CENTRAL);
        hanoi = fixtures.unit(Places.HA_NOI).id();
    }

    @Test
    void aTokenReadsTheUnitsOfItsSubtreeAndNothingOutside() throws Exception {
        String token = create(hanoi, "Sở Thống kê Hà Nội", null);
        assertThat(bearer("GET", "/api/v1/units/" + hanoi, token, "vi").statusCode()).isEqualTo(200);
        assertThat(bearer("GET", "/api/v1/units/" + fixtures.unit(Places.BA_DINH).id() + "/children", token, "vi").statusCode())
                .isEqualTo(200);
        assertThat(bearer("HEAD", "/api/v1/units/" + hanoi, token, "vi").statusCode()).isEqualTo(200);
        HttpResponse<String> outside = bearer("GET", "/api/v1/units/" + fixtures.unit(Places.HO_CHI_MINH_CITY).id(), token, "vi");
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("unit.outOfScope");
    }

    @Test
    void aTokenOnlyReads() throws Exception {
        String token = create(hanoi, "Chỉ đọc", null);
        String name = unitName(hanoi);
        HttpResponse<String> post = bearer("POST", "/api/v1/units/" + hanoi + "/rename", token, "vi");
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(post.body()).contains("error.token.readOnly").contains("chỉ được đọc dữ liệu");
        assertThat(bearer("DELETE", "/api/v1/units/" + hanoi, token, "en").body()).contains("API tokens are read-only");
        assertThat(unitName(hanoi)).isEqualTo(name);
    }

    @Test
    void aTokenReachesOnlyTheAggregatePaths() throws Exception {
        for (String path : List.of("/api/v1/members?unitId=" + hanoi, "/api/v1/members/counts?unitId=" + hanoi,
                "/api/v1/exports/members?format=csv&unitId=" + hanoi, "/api/v1/tokens", "/api/v1/accounts/me",
                "/api/v1/ethnicities")) {
            // a token each, since the test clock stands still and the limit here is 5 a minute
            HttpResponse<String> r = bearer("GET", path, create(hanoi, "Không dữ liệu cá nhân", null), "vi");
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(r.body()).as(path).contains("error.token.path").contains("không dành cho mã truy cập API");
        }
        assertThat(bearer("GET", "/api/v1/members?unitId=" + hanoi, create(hanoi, "English", null), "en").body())
                .contains("This address is not available to API tokens");
    }

    @Test
    void aRevokedTokenIsRefusedWithItsOwnMessage() throws Exception {
        String created = post("/api/v1/tokens", "{\"name\": \"Sẽ thu hồi\", \"unitId\": " + hanoi + "}");
        String token = JsonPath.read(created, "$.token");
        int id = JsonPath.read(created, "$.id");
        assertThat(bearer("GET", "/api/v1/units/" + hanoi, token, "vi").statusCode()).isEqualTo(200);
        String revoked = post("/api/v1/tokens/" + id + "/revoke", "");
        assertThat((String) JsonPath.read(revoked, "$.status")).isEqualTo("REVOKED");

        HttpResponse<String> vi = bearer("GET", "/api/v1/units/" + hanoi, token, "vi");
        assertThat(vi.statusCode()).isEqualTo(401);
        assertThat(vi.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(vi.body()).contains("error.token.revoked").contains("đã bị thu hồi").doesNotContain(token)
                .doesNotContain(token.substring(8));
        assertThat(bearer("GET", "/api/v1/units/" + hanoi, token, "en").body()).contains("This API token has been revoked");
    }

    @Test
    void anExpiredTokenIsRefusedWithItsOwnMessage() throws Exception {
        String token = create(hanoi, "Một ngày", 1);
        assertThat(bearer("GET", "/api/v1/units/" + hanoi, token, "vi").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        HttpResponse<String> r = bearer("GET", "/api/v1/units/" + hanoi, token, "vi");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("error.token.expired").contains("đã hết hạn").doesNotContain(token);
        assertThat(bearer("GET", "/api/v1/units/" + hanoi, token, "en").body()).contains("This API token has expired");
    }

    @Test
    void anUnknownTokenIsRefusedWithoutBeingEchoed() throws Exception {
        String made = "hs_" + "x".repeat(43);
        for (String token : List.of(made, "not-a-token", ApiTokenSecret.generate().reveal())) {
            HttpResponse<String> r = bearer("GET", "/api/v1/units/" + hanoi, token, "vi");
            assertThat(r.statusCode()).as(token).isEqualTo(401);
            assertThat(r.body()).contains("error.token.unknown").contains("không hợp lệ hoặc không tồn tại")
                    .doesNotContain(token);
        }
    }

    @Test
    void overTheRateLimitTheAnswerIs429WithRetryAfter() throws Exception {
        String token = create(hanoi, "Giới hạn", null);
        for (int i = 0; i < 5; i++) {
            assertThat(bearer("GET", "/api/v1/units/" + hanoi, token, "vi").statusCode()).as("request " + i).isEqualTo(200);
        }
        HttpResponse<String> limited = bearer("GET", "/api/v1/units/" + hanoi, token, "vi");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("12");
        assertThat(limited.body()).contains("error.token.rateLimited").contains("thử lại sau 12 giây");
        // another token has its own bucket
        assertThat(bearer("GET", "/api/v1/units/" + hanoi, create(hanoi, "Khác", null), "vi").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(12));
        assertThat(bearer("GET", "/api/v1/units/" + hanoi, token, "vi").statusCode()).isEqualTo(200);
    }

    @Test
    void everyUseIsAuditedAndMarksTheTokenUsed() throws Exception {
        String created = post("/api/v1/tokens", "{\"name\": \"Kiểm toán\", \"unitId\": " + hanoi + "}");
        String token = JsonPath.read(created, "$.token");
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        assertThat(jdbc
                .sql("SELECT count(*) FROM audit_log WHERE action = 'TOKEN' AND entity_type = 'api_token' AND entity_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);

        bearer("GET", "/api/v1/units/" + hanoi + "?x=1", token, "vi");
        bearer("GET", "/api/v1/members?unitId=" + hanoi, token, "vi");
        List<String> uses = jdbc.sql("""
                SELECT actor || ' ' || unit_id || ' ' || detail FROM audit_log
                 WHERE action = 'API_READ' AND entity_type = 'api_token' AND entity_id = :id ORDER BY id
                """).param("id", id).query(String.class).list();
        String actor = "token:" + token.substring(0, 8);
        assertThat(uses).containsExactly(
                actor + " " + hanoi + " GET /api/v1/units/" + hanoi + "?x=1",
                actor + " " + hanoi + " GET /api/v1/members?unitId=" + hanoi + " → error.token.path");
        assertThat(jdbc.sql("SELECT last_used_at IS NOT NULL FROM api_token WHERE id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void accountsKeepUsingBasicAuthentication() throws Exception {
        HttpResponse<String> me = send(
                HttpRequest.newBuilder(uri("/api/v1/accounts/me")).header("Authorization", basic(nationalAdmin)).GET());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(nationalAdmin.username());
    }

    private String unitName(long id) {
        return jdbc.sql("SELECT name FROM org_unit WHERE id = :id").param("id", id).query(String.class).single();
    }

    private String create(long unitId, String name, Integer validDays) throws Exception {
        String body = "{\"name\": \"" + name + "\", \"unitId\": " + unitId
                + (validDays == null ? "" : ", \"validDays\": " + validDays) + "}";
        return JsonPath.read(post("/api/v1/tokens", body), "$.token");
    }

    private String post(String path, String json) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(nationalAdmin))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
        assertThat(r.statusCode()).as(path + " → " + r.body()).isIn(200, 201);
        return r.body();
    }

    private HttpResponse<String> bearer(String method, String path, String token, String language) throws Exception {
        HttpRequest.BodyPublisher body = method.equals("GET") || method.equals("HEAD")
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{\"name\": \"Đổi\"}");
        return send(
                HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).header("Accept-Language", language)
                        .header("Content-Type", "application/json").method(method, body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(Fixtures.Officer who) {
        return "Basic "
                + Base64.getEncoder().encodeToString((who.username() + ":" + who.password()).getBytes(StandardCharsets.UTF_8));
    }
}

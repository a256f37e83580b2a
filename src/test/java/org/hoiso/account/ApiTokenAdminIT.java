package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Administrators manage the tokens of their own subtree, with their account, in the API and on the page. */
@IntegrationTest
class ApiTokenAdminIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aProvinceAdministratorCannotMakeATokenForAnotherProvinceOrTheCentralUnion() throws Exception {
        Fixtures.Officer hanoiAdmin = fixtures.account(Caller.Role.ADMIN, Places.HA_NOI);
        long before = tokenCount();
        for (String code : new String[] {Places.HO_CHI_MINH_CITY, Places.CENTRAL}) {
            mvc.perform(as(hanoiAdmin, post("/api/v1/tokens")).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"name\": \"Lấn quyền\", \"unitId\": " + fixtures.unit(code).id() + "}"))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("unit.outOfScope"));
        }
        assertThat(tokenCount()).isEqualTo(before);
        mvc.perform(as(hanoiAdmin, post("/api/v1/tokens")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Phường Ba Đình\", \"unitId\": " + fixtures.unit(Places.BA_DINH).id() + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.token").isString());
    }

    @Test
    void theListNeverShowsTheSecret() throws Exception {
        Fixtures.Officer national = fixtures.account(Caller.Role.ADMIN, Places.CENTRAL);
        long hanoi = fixtures.unit(Places.HA_NOI).id();
        String created = mvc.perform(as(national, post("/api/v1/tokens")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Cổng dữ liệu Hà Nội\", \"unitId\": " + hanoi + ", \"validDays\": 90}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(created, "$.token");
        int id = JsonPath.read(created, "$.id");
        String hash = jdbc.sql("SELECT secret_hash FROM api_token WHERE id = :id").param("id", id).query(String.class).single();
        assertThat(hash).isEqualTo(ApiTokenSecret.hashOf(token));

        String list = mvc.perform(as(national, get("/api/v1/tokens").param("unitId", "" + hanoi)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Cổng dữ liệu Hà Nội").contains(token.substring(0, 8))
                .doesNotContain(token).doesNotContain(token.substring(8)).doesNotContain(hash).doesNotContain("\"token\"");
        assertThat(JsonPath.<List<String>>read(list, "$[?(@.id == " + id + ")].status")).containsExactly("ACTIVE");
        mvc.perform(as(national, get("/api/v1/tokens/{id}", id))).andExpect(status().is4xxClientError());
    }

    @Test
    void anotherProvincesAdministratorNeitherSeesNorRevokesTheToken() throws Exception {
        Fixtures.Officer national = fixtures.account(Caller.Role.ADMIN, Places.CENTRAL);
        long hanoi = fixtures.unit(Places.HA_NOI).id();
        String created = mvc.perform(as(national, post("/api/v1/tokens")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Cổng dữ liệu Hà Nội\", \"unitId\": " + hanoi + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");

        Fixtures.Officer hcmAdmin = fixtures.account(Caller.Role.ADMIN, Places.HO_CHI_MINH_CITY);
        mvc.perform(as(hcmAdmin, get("/api/v1/tokens"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
        mvc.perform(as(hcmAdmin, get("/api/v1/tokens").param("unitId", "" + hanoi))).andExpect(status().isForbidden());
        mvc.perform(as(hcmAdmin, post("/api/v1/tokens/{id}/revoke", id))).andExpect(status().isForbidden());
    }

    @Test
    void onlyAdministratorsManageTokens() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.HA_NOI);
        mvc.perform(as(officer, get("/api/v1/tokens"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("token.adminOnly"))
                .andExpect(jsonPath("$.detail").value("Chỉ quản trị hệ thống mới quản lý được mã truy cập API."));
        mvc.perform(as(officer, post("/api/v1/tokens")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"X\", \"unitId\": " + fixtures.unit(Places.HA_NOI).id() + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/tokens").with(user(users.loadUserByUsername(officer.username()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputGetsAMessagePerFieldInVietnameseAndEnglish() throws Exception {
        Fixtures.Officer national = fixtures.account(Caller.Role.ADMIN, Places.CENTRAL);
        String body = "{\"name\": \"  \", \"unitId\": " + fixtures.unit(Places.HA_NOI).id() + ", \"validDays\": 5000}";
        mvc.perform(as(national, post("/api/v1/tokens")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("Tên cần từ 1 đến 100 ký tự."))
                .andExpect(jsonPath("$.errors[?(@.field == 'validDays')].message").value("Thời hạn từ 1 đến 730 ngày."));
        mvc.perform(as(national, post("/api/v1/tokens")).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                .content(body))
                .andExpect(jsonPath("$.errors[?(@.field == 'validDays')].message").value("Validity is 1 to 730 days."));
    }

    @Test
    void revokingAnUnknownTokenIsNotFound() throws Exception {
        Fixtures.Officer national = fixtures.account(Caller.Role.ADMIN, Places.CENTRAL);
        mvc.perform(as(national, post("/api/v1/tokens/{id}/revoke", 987654321L))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("token.notFound"));
    }

    @Test
    void revokingIsAuditedOnceAndCannotBeUndone() throws Exception {
        Fixtures.Officer national = fixtures.account(Caller.Role.ADMIN, Places.CENTRAL);
        String created = mvc.perform(as(national, post("/api/v1/tokens")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Thống kê quốc gia\", \"unitId\": " + fixtures.centralId() + "}"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        for (int i = 0; i < 2; i++) {
            mvc.perform(as(national, post("/api/v1/tokens/{id}/revoke", id))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("REVOKED"))
                    .andExpect(jsonPath("$.revokedBy").value(national.username()));
        }
        assertThat(jdbc.sql("""
                SELECT string_agg(actor || ' ' || split_part(detail, ' ', 1), ',' ORDER BY id) FROM audit_log
                 WHERE action = 'TOKEN' AND entity_type = 'api_token' AND entity_id = :id
                """).param("id", id).query(String.class).single())
                .isEqualTo(national.username() + " create," + national.username() + " revoke");
    }

    @Test
    void thePageShowsANewTokenOnceAndRevokesIt() throws Exception {
        Fixtures.Officer hanoiAdmin = fixtures.account(Caller.Role.ADMIN, Places.HA_NOI);
        var principal = users.loadUserByUsername(hanoiAdmin.username());
        long hanoi = fixtures.unit(Places.HA_NOI).id();
        assertThat(mvc.perform(get("/admin/tokens").with(user(principal))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Mã truy cập API").contains("Tạo mã truy cập");

        String page = mvc.perform(post("/admin/tokens").param("unitId", "" + hanoi).param("name", "Nền tảng dữ liệu tỉnh")
                .param("validDays", "180").param("targetUnit", Places.BA_DINH).with(user(principal)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = page.replaceAll("(?s).*(hs_[A-Za-z0-9_-]{43}).*", "$1");
        assertThat(token).matches("hs_[A-Za-z0-9_-]{43}");
        assertThat(page).contains("chỉ hiện một lần");
        long id = jdbc.sql("SELECT id FROM api_token WHERE secret_hash = :h").param("h", ApiTokenSecret.hashOf(token))
                .query(Long.class).single();
        assertThat(jdbc.sql("SELECT unit_id FROM api_token WHERE id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(fixtures.unit(Places.BA_DINH).id());

        String again = mvc.perform(get("/admin/tokens").param("lang", "en").with(user(principal)))
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("API tokens").contains(token.substring(0, 8)).doesNotContain(token);

        mvc.perform(post("/admin/tokens/{id}/revoke", id).param("unitId", "" + hanoi).with(user(principal)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/admin/tokens").with(user(principal))).andReturn().getResponse().getContentAsString())
                .contains("Đã thu hồi");
    }

    @Test
    void thePageRefusesATokenWithoutItsCsrfToken() throws Exception {
        var principal = users.loadUserByUsername(fixtures.account(Caller.Role.ADMIN, Places.HA_NOI).username());
        mvc.perform(post("/admin/tokens").param("unitId", "" + fixtures.unit(Places.HA_NOI).id()).param("name", "Không CSRF")
                .with(user(principal)))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageRefusesAnotherProvincesUnitByIdOrByCode() throws Exception {
        var principal = users.loadUserByUsername(fixtures.account(Caller.Role.ADMIN, Places.HA_NOI).username());
        long hanoi = fixtures.unit(Places.HA_NOI).id();
        mvc.perform(post("/admin/tokens").param("unitId", "" + fixtures.unit(Places.HO_CHI_MINH_CITY).id()).param("name", "X")
                .with(user(principal)).with(csrf()))
                .andExpect(status().isForbidden());
        long before = tokenCount();
        mvc.perform(
                post("/admin/tokens").param("unitId", "" + hanoi).param("name", "X").param("targetUnit", Places.HO_CHI_MINH_CITY)
                        .with(user(principal)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(tokenCount()).isEqualTo(before);
    }

    private static MockHttpServletRequestBuilder as(Fixtures.Officer who, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(who.username(), who.password()));
    }

    private long tokenCount() {
        return jdbc.sql("SELECT count(*) FROM api_token").query(Long.class).single();
    }
}

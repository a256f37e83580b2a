package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An officer's personal API token acts as her, within her own assignments, and stops when revoked or disabled. */
@IntegrationTest
class PersonalTokensIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonalTokenActsAsHerWithinHerOwnSubtreeButManagesNoAccount() throws Exception {
        Fixtures.Officer lan = fixtures.officer(Places.LUONG_VAN_TRI);
        String token = create(lan);
        assertThat(token).matches("hsu_[A-Za-z0-9_-]{43}");
        assertThat(jdbc.sql("SELECT count(*) FROM personal_token WHERE secret_hash = :h OR prefix = :t")
                .param("h", AttemptCounters.hash(token)).param("t", token).query(Integer.class).single())
                .as("only its hash is kept").isOne();
        mvc.perform(get("/api/v1/accounts/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(lan.username()));
        mvc.perform(
                get("/api/v1/units/{id}", fixtures.unit(Places.LUONG_VAN_TRI).id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/units/{id}", fixtures.unit(Places.DONG_KINH).id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts/me/tokens").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"successor\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("error.token.personalPath"));
        mvc.perform(get("/api/v1/accounts/me/tokens").with(httpBasic(lan.username(), lan.password())))
                .andExpect(jsonPath("$[0].prefix").value(token.substring(0, 12)))
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty());
    }

    @Test
    void aRevokedTokenAndTheTokenOfADisabledAccountStopAtOnce() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LANG_SON);
        Fixtures.Officer lan = fixtures.officer(Places.LUONG_VAN_TRI);
        String kept = create(lan);
        String revoked = create(lan);
        long revokedId = jdbc.sql("SELECT id FROM personal_token WHERE secret_hash = :h")
                .param("h", AttemptCounters.hash(revoked))
                .query(Long.class).single();
        mvc.perform(post("/api/v1/accounts/me/tokens/{id}/revoke", revokedId).with(httpBasic(lan.username(), lan.password())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/accounts/me").header("Authorization", "Bearer " + revoked)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("error.token.personal"));
        mvc.perform(get("/api/v1/accounts/me").header("Authorization", "Bearer " + kept)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/accounts/{id}/disable", lan.caller().userId()).with(httpBasic(province.username(),
                province.password()))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/accounts/me").header("Authorization", "Bearer " + kept)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenOfAnAccountThatMustChangeItsPasswordDoesNothingUntilSheHas() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LANG_SON);
        Fixtures.Officer lan = fixtures.officer(Places.LUONG_VAN_TRI);
        String token = create(lan);
        mvc.perform(post("/api/v1/accounts/{id}/password-reset", lan.caller().userId()).with(httpBasic(province.username(),
                province.password()))).andExpect(status().isOk());
        mvc.perform(
                get("/api/v1/units/{id}", fixtures.unit(Places.LUONG_VAN_TRI).id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("account.password.mustChange"));
    }

    private String create(Fixtures.Officer o) throws Exception {
        String body = mvc.perform(post("/api/v1/accounts/me/tokens").with(httpBasic(o.username(), o.password()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Báo cáo tự động\", \"validDays\": 30}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}

package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API's typed answers carry the JSON names partner systems already read. */
@IntegrationTest
class ApiAnswerNamesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JsonMapper json;

    @Test
    void aCommuneOfficersReportAnswersKeepTheirNames() throws Exception {
        Fixtures.Officer officer = fixtures.officer("20197");
        JsonNode report = answer(post("/api/v1/reporting/reports").contentType(MediaType.APPLICATION_JSON)
                .content("{\"form\": \"TK_NAM\", \"unit\": \"20197\", \"period\": \"2026\"}"), officer);
        JsonNode due = answer(get("/api/v1/reporting/due"), officer);
        assertThat(due.isArray() && !due.isEmpty()).as("her reports to do").isTrue();
        assertThat(names(due.get(0))).containsExactlyInAnyOrder("form", "unit", "period", "dueOn", "state", "reportId");

        JsonNode saved = answer(put("/api/v1/reporting/reports/{id}/values", report.get("report").get("id").asLong())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\": " + report.get("report").get("version").asInt()
                        + ", \"values\": {\"MEMBERSHIP_RATE\": \"120\"}}"),
                officer);
        assertThat(names(saved)).containsExactlyInAnyOrder("version", "changed", "problems");
        assertThat(names(saved.get("problems").get(0))).containsExactlyInAnyOrder("field", "code", "args");
    }

    @Test
    void aProvinceOfficersAggregateAnswersKeepTheirNames() throws Exception {
        Fixtures.Officer province = fixtures.officer("48");
        JsonNode children = answer(get("/api/v1/reporting/aggregates/children").param("unit", "48")
                .param("indicator", "MEMBERS_TOTAL").param("period", "2026"), province);
        assertThat(names(children.get(0))).containsExactlyInAnyOrder("unit", "name", "value", "target", "percentOfTarget",
                "withheld");

        JsonNode completeness = answer(get("/api/v1/reporting/completeness").param("unit", "48").param("form", "TK_NAM")
                .param("period", "2026"), province);
        assertThat(names(completeness)).containsExactlyInAnyOrder("unit", "form", "period", "expected", "submitted", "onTime",
                "approved", "returned", "drafts", "missing", "units");
        assertThat(names(completeness.get("units").get(0))).containsExactlyInAnyOrder("unit", "state");

        JsonNode target = answer(put("/api/v1/reporting/targets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"unit\": \"20197\", \"indicator\": \"MEMBERS_TOTAL\", \"year\": 2099, \"value\": 100}"), province);
        assertThat(names(target)).containsExactlyInAnyOrder("unit", "indicator", "year", "value");
    }

    @Test
    void theCallerEthnicitiesAndACardCheckKeepTheirNames() throws Exception {
        Fixtures.Officer officer = fixtures.officer("00004");
        assertThat(names(answer(get("/api/v1/accounts/me"), officer))).containsExactlyInAnyOrder("userId", "username",
                "displayName", "assignments", "memberId", "admin", "member");
        assertThat(names(answer(get("/api/v1/ethnicities"), officer).get(0))).containsExactlyInAnyOrder("code", "name_vi",
                "name_en");
        JsonNode verdict = answer(post("/api/v1/cards/verify").contentType(MediaType.APPLICATION_JSON)
                .content("{\"token\": \"HS1.not-a-card\"}"), officer);
        assertThat(names(verdict)).containsExactlyInAnyOrder("status", "message", "name", "unit", "validUntil");
        assertThat(verdict.get("status").asString()).isEqualTo("MALFORMED");
    }

    private JsonNode answer(MockHttpServletRequestBuilder request, Fixtures.Officer officer) throws Exception {
        String body = mvc.perform(request.with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}

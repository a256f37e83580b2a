package org.hoiso.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Control characters (a NUL byte above all, which PostgreSQL cannot store in text) typed or sent in any text
 * parameter or JSON string are taken out at the edge: no request fails for them, and nothing stores them.
 */
@IntegrationTest
class ControlCharactersIT {

    private static final String NUL = "\u0000";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNulByteInASearchAnswersLikeTheSearchWithoutIt() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.KIM_LONG);
        var page = users.loadUserByUsername(officer.username());
        String unit = Long.toString(fixtures.unit(Places.KIM_LONG).id());
        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/api/v1/members").param("q", "ng" + NUL + "uyen").with(httpBasic(officer.username(), officer.password())),
                get("/api/v1/members").param("q", NUL).with(httpBasic(officer.username(), officer.password())),
                get("/api/v1/units/search").param("q", "kim" + NUL).with(httpBasic(officer.username(), officer.password())),
                get("/members").param("q", "hoa" + NUL + "\u0007").with(user(page)),
                get("/units").param("q", NUL + "long").with(user(page)),
                get("/help/members").param("unitId", unit).param("q", "lan" + NUL).with(user(page)),
                get("/admin/audit").param("actor", "x" + NUL).with(user(users.loadUserByUsername("admin"))));
        for (MockHttpServletRequestBuilder request : requests) {
            MvcResult r = mvc.perform(request).andReturn();
            assertThat(r.getResponse().getStatus()).as(r.getRequest().getRequestURI() + "?" + r.getRequest().getQueryString())
                    .isEqualTo(200);
        }
    }

    @Test
    void aNulByteInAFormFieldOrAJsonStringIsNotStored() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.KIM_LONG);
        long unit = fixtures.unit(Places.KIM_LONG).id();
        String json = """
                {"fullName": "Tô Thị \\u0000Nul", "birthDate": "1981-01-01", "nationalId": "%s", "unitId": %d,
                 "joinedOn": "2010-01-01", "address": "Kim\\u0000 Long\\u001b"}
                """.formatted(Fixtures.cccd(LocalDate.of(1981, 1, 1)), unit);
        MvcResult api = mvc.perform(post("/api/v1/members").with(httpBasic(officer.username(), officer.password()))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
        assertThat(api.getResponse().getStatus()).as(api.getResponse().getContentAsString()).isEqualTo(201);
        long id = ((Number) JsonPath.read(api.getResponse().getContentAsString(), "$.id")).longValue();
        assertThat(jdbc.sql("SELECT full_name || '|' || address FROM member WHERE id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("Tô Thị Nul|Kim Long");

        MvcResult page = mvc.perform(post("/members").param("unitId", Long.toString(unit)).param("fullName", "Tô Thị\u0000 Hai")
                .param("birthDate", "01/01/1981").param("nationalId", Fixtures.cccd(LocalDate.of(1981, 1, 1)))
                .param("joinedOn", "01/01/2010").with(user(users.loadUserByUsername(officer.username()))).with(csrf()))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE full_name = 'Tô Thị Hai'").query(Long.class).single()).isOne();
    }
}

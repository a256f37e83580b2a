package org.hoiso.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard page and the JSON its charts draw. */
@IntegrationTest
class DashboardPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;

    @Test
    void theDashboardAndItsSeriesRenderForAProvince() throws Exception {
        var boss = user(users.loadUserByUsername(fixtures.officer(Places.DA_NANG).username()));

        mvc.perform(get("/dashboard").param("indicator", "COOPS_NEW").param("period", "2026S1").with(boss))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("6 tháng đầu năm 2026")));
        mvc.perform(get("/dashboard/series.json").param("unitId", String.valueOf(fixtures.unit(Places.DA_NANG).id()))
                .param("indicator", "COOPS_NEW").param("period", "2026S1").with(boss))
                .andExpect(status().isOk()).andExpect(jsonPath("$.labels.length()").value(12))
                .andExpect(jsonPath("$.indicator.valueType").value("INTEGER"));
    }
}

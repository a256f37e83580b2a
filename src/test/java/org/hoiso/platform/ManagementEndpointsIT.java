package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The operating endpoints: the probes answer a load balancer without an account, with their status only; the metrics,
 * Prometheus' scrape, health's details and info answer administrators of the central union alone.
 */
@IntegrationTest
class ManagementEndpointsIT {

    private static final String[] CLOSED = {"/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/metrics",
            "/actuator/metrics/jvm.memory.used", "/actuator/info"};

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void probesAnswerAnyoneWithTheirStatusOnly() throws Exception {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            MvcResult result = mvc.perform(get(probe)).andReturn();
            assertThat(result.getResponse().getStatus()).as(probe).isEqualTo(200);
            assertThat(result.getResponse().getContentAsString()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void everythingElseIsRefusedToAnonymousAndToOfficers() throws Exception {
        Fixtures.Officer commune = fixtures.officer(Places.BA_DINH);
        Fixtures.Officer communeAdmin = fixtures.account(Caller.Role.ADMIN, Places.BA_DINH);
        Fixtures.Officer provinceAdmin = fixtures.account(Caller.Role.ADMIN, Places.HA_NOI);
        for (String path : CLOSED) {
            MvcResult anonymous = mvc.perform(get(path)).andReturn();
            assertThat(anonymous.getResponse().getStatus()).as("anonymous " + path).isEqualTo(401);
            assertThat(anonymous.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(path).contains("Chưa đăng nhập")
                    .doesNotContain("jvm", "hikari", "Exception");
            for (Fixtures.Officer who : new Fixtures.Officer[] {commune, communeAdmin, provinceAdmin}) {
                MvcResult refused = mvc.perform(get(path).with(httpBasic(who.username(), who.password()))).andReturn();
                assertThat(refused.getResponse().getStatus()).as(who.username() + " " + path).isEqualTo(403);
                assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("jvm", "hikari");
            }
        }
        // a wrong password is no way in either
        assertThat(mvc.perform(get("/actuator/prometheus").with(httpBasic(commune.username(), "wrong-password"))).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void aCentralAdministratorReadsTheMetrics() throws Exception {
        Fixtures.Officer national = fixtures.account(Caller.Role.ADMIN, Places.CENTRAL);
        // a request first, so that the request timer has a sample
        mvc.perform(get("/actuator/health/liveness")).andReturn();
        MvcResult scrape = mvc.perform(get("/actuator/prometheus").with(httpBasic(national.username(), national.password())))
                .andReturn();
        assertThat(scrape.getResponse().getStatus()).isEqualTo(200);
        String body = scrape.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("http_server_requests_seconds_count", "hikaricp_connections_active", "jvm_memory_used_bytes",
                "hoiso_import_rows_total", "hoiso_import_jobs{", "status=\"COMMITTED\"", "status=\"VALIDATING\"",
                "hoiso_outbox_waiting");

        MvcResult health = mvc.perform(get("/actuator/health").with(httpBasic(national.username(), national.password())))
                .andReturn();
        assertThat(health.getResponse().getStatus()).isEqualTo(200);
        // she sees the components, the database among them
        assertThat(health.getResponse().getContentAsString()).contains("\"db\"", "PostgreSQL");

        MvcResult metric = mvc.perform(get("/actuator/metrics/hoiso.outbox.waiting")
                .with(httpBasic(national.username(), national.password()))).andReturn();
        assertThat(metric.getResponse().getStatus()).isEqualTo(200);
        assertThat(metric.getResponse().getContentAsString()).contains("\"name\":\"hoiso.outbox.waiting\"");
    }
}

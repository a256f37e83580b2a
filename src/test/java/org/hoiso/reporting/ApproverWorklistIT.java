package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The approver finds what waits for her across forms and periods, oldest first, one click from the report. */
@IntegrationTest
class ApproverWorklistIT {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Map<String, String> MONTHLY = Map.of("DIGITAL_ACTIVITIES", "3", "DIGITAL_TRAINED", "0", "SCAM_REPORTS",
            "1");

    @Autowired
    Worklist worklist;
    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void theProvinceSeesEverySubmittedReportOfItsCommunesAcrossFormsAndPeriodsOldestFirst() throws Exception {
        Report first = submitted(Places.BINH_LU, "HV_THANG", "2026-04");
        Report second = submitted(Places.SIN_SUOI_HO, "HV_THANG", "2026-02");
        Report third = submitted(Places.BINH_LU, "HV_THANG", "2026-03");
        Fixtures.Officer province = fixtures.officer(Places.LAI_CHAU);

        List<Long> mine = worklist.waiting(province.caller()).stream().map(w -> w.report().id())
                .filter(id -> List.of(first.id(), second.id(), third.id()).contains(id)).toList();
        assertThat(mine).containsExactly(first.id(), second.id(), third.id());
        int count = worklist.waitingCount(province.caller());
        assertThat(count).isEqualTo(worklist.waiting(province.caller()).size()).isGreaterThanOrEqualTo(3);

        String page = mvc.perform(get("/reports").with(user(users.loadUserByUsername(province.username()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Chờ duyệt (" + count + ")").contains("href=\"/reports/" + first.id() + "\"")
                .contains("data-unit=\"" + Places.SIN_SUOI_HO + "\"");
        mvc.perform(get("/api/v1/reporting/waiting").with(httpBasic(province.username(), province.password())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(count))
                .andExpect(jsonPath("$[?(@.reportId == " + second.id() + ")].form").value("HV_THANG"));

        reports.approve(province.caller(), second.id(), null);
        assertThat(worklist.waitingCount(province.caller())).isEqualTo(count - 1);
        assertThat(worklist.waiting(province.caller())).noneMatch(w -> w.report().id() == second.id());
    }

    @Test
    void aCommuneOfficerAndAnotherProvinceHaveNothingWaitingFromTheseCommunes() {
        Report r = submitted(Places.SIN_SUOI_HO, "HV_THANG", "2026-05");
        Caller commune = fixtures.officer(Places.SIN_SUOI_HO).caller();
        Caller otherProvince = fixtures.officer(Places.DIEN_BIEN).caller();
        Caller central = fixtures.account(Caller.Role.ADMIN, Places.CENTRAL).caller();

        assertThat(worklist.waiting(commune)).noneMatch(w -> w.report().id() == r.id());
        assertThat(worklist.waiting(otherProvince)).noneMatch(w -> w.report().id() == r.id());
        assertThat(worklist.waiting(central)).anyMatch(w -> w.report().id() == r.id());
        assertThat(worklist.waitingCount(fixtures.account(Caller.Role.VIEWER, Places.LAI_CHAU).caller())).isZero();
    }

    @Test
    void theReviewPageOpensOnTheLatestPeriodWithASubmissionAndKeepsToOneStateWhenAsked() throws Exception {
        submitted(Places.TAN_PHONG, "HV_THANG", "2026-03");
        submitted(Places.TAN_PHONG, "HV_THANG", "2026-06");
        long commune = fixtures.unit(Places.TAN_PHONG).id();
        var boss = user(users.loadUserByUsername(fixtures.officer(Places.LAI_CHAU).username()));

        String page = mvc.perform(get("/reports/review").param("unitId", String.valueOf(commune)).with(boss))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("<option value=\"2026-06\" selected=\"selected\"")
                .containsPattern("<option value=\"" + catalogue.form("HV_THANG").id() + "\" selected=\"selected\"")
                .contains("data-state=\"SUBMITTED\"");

        String approvedOnly = mvc.perform(get("/reports/review").param("unitId", String.valueOf(commune))
                .param("formId", String.valueOf(catalogue.form("HV_THANG").id())).param("period", "2026-06")
                .param("state", "APPROVED").with(boss)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(approvedOnly).doesNotContain("data-state=\"SUBMITTED\"").contains("id=\"count-submitted\"");
    }

    private Report submitted(String communeCode, String formCode, String period) {
        Caller officer = fixtures.officer(communeCode).caller();
        Report r = reports.open(officer, catalogue.form(formCode).id(), fixtures.unit(communeCode).id(), Period.parse(period));
        return reports.submit(officer, r.id(), r.version(), MONTHLY, VI);
    }
}

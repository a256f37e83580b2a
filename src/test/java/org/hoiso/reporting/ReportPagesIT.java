package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hoiso.account.ApiTokens;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.web.Outcome;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The reporting pages render in both languages, and the API answers partner systems by unit code and token. */
@IntegrationTest
class ReportPagesIT {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Reports reports;
    @Autowired Catalogue catalogue;
    @Autowired UserDetailsService users;
    @Autowired ApiTokens tokens;

    @Test
    void everyReportingPageRendersForTheOfficerAndTheProvinceInBothLanguages() throws Exception {
        OrgUnit commune = fixtures.unit("20197");
        Fixtures.Officer officer = fixtures.officer("20197");
        Fixtures.Officer province = fixtures.officer("48");
        Report r = reports.open(officer.caller(), catalogue.form("TK_NAM").id(), commune.id(), Period.parse("2026"));
        var her = user(users.loadUserByUsername(officer.username()));
        var boss = user(users.loadUserByUsername(province.username()));

        mvc.perform(get("/reports").with(her)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Báo cáo tổng kết công tác Hội năm")));
        mvc.perform(get("/reports/" + r.id()).with(her)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hội viên chia theo nhóm tuổi")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Từ 18 đến 35 tuổi")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Năm 2026")));
        mvc.perform(get("/reports/" + r.id()).param("lang", "en").with(her)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Members by age band")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Year 2026")));
        mvc.perform(post("/reports/" + r.id() + "/draft").header("HX-Request", "true").with(her).with(csrf())
                        .param("version", String.valueOf(r.version())).param("v.MEMBERSHIP_RATE", "120"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tỷ lệ phải từ 0 đến 100.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"err-MEMBERSHIP_RATE\"")));
        mvc.perform(get("/reports/" + r.id() + "/history").with(her)).andExpect(status().isOk());
        mvc.perform(get("/reports/" + r.id() + "/print.pdf").with(her)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/reports/review").param("unitId", String.valueOf(fixtures.unit("48").id()))
                        .param("formId", String.valueOf(r.formId())).param("period", "2026").with(boss))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Phường Liên Chiểu")));
        mvc.perform(get("/dashboard").param("indicator", "COOPS_NEW").param("period", "2026S1").with(boss)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("6 tháng đầu năm 2026")));
        mvc.perform(get("/dashboard/series.json").param("unitId", String.valueOf(fixtures.unit("48").id()))
                        .param("indicator", "COOPS_NEW").param("period", "2026S1").with(boss))
                .andExpect(status().isOk()).andExpect(jsonPath("$.labels.length()").value(12))
                .andExpect(jsonPath("$.indicator.valueType").value("INTEGER"));
        mvc.perform(get("/reports/export").param("unitId", String.valueOf(fixtures.unit("48").id()))
                        .param("formId", String.valueOf(r.formId())).param("period", "2026").param("format", "xlsx").with(boss))
                .andExpect(status().isOk());
    }

    @Test
    void aPartnerReadsAggregatesOfItsProvinceWithATokenAndNothingElse() throws Exception {
        String token = tokens.create(fixtures.admin(), new ApiTokens.NewToken("Cổng dữ liệu Đà Nẵng", fixtures.unit("48").id(), 30)).token();
        mvc.perform(get("/api/v1/reporting/aggregates").header("Authorization", "Bearer " + token)
                        .param("unit", "48").param("indicator", "MEMBERS_TOTAL").param("period", "2026"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unit").value("48")).andExpect(jsonPath("$.view").value("THEN"));
        mvc.perform(get("/api/v1/reporting/completeness").header("Authorization", "Bearer " + token)
                        .param("unit", "48").param("form", "TK_NAM").param("period", "2026"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.expected").isNumber());
        mvc.perform(get("/api/v1/reporting/aggregates").header("Authorization", "Bearer " + token)
                        .param("unit", "92").param("indicator", "MEMBERS_TOTAL").param("period", "2026"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reporting/reports").header("Authorization", "Bearer " + token)
                        .contentType("application/json").content("{\"form\": \"TK_NAM\", \"unit\": \"20197\", \"period\": \"2026\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reporting/aggregates").header("Authorization", "Bearer " + token)
                        .param("unit", "48").param("indicator", "MEMBERS_TOTAL").param("period", "2026-13"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void aProvinceFillsItsYearlyReportThroughTheApiAndTheCentralUnionApprovesIt() throws Exception {
        Fixtures.Officer commune = fixtures.officer("20194");
        mvc.perform(post("/api/v1/reporting/reports").with(httpBasic(commune.username(), commune.password()))
                        .contentType("application/json").content("{\"form\": \"TINH_NAM\", \"unit\": \"20194\", \"period\": \"2026\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("report.wrongLevel"));
        Fixtures.Officer province = fixtures.officer("48");
        Fixtures.Officer central = fixtures.account(org.hoiso.platform.security.Caller.Role.OFFICER, "TW");
        String body = mvc.perform(post("/api/v1/reporting/reports").with(httpBasic(province.username(), province.password()))
                        .contentType("application/json").content("{\"form\": \"TINH_NAM\", \"unit\": \"48\", \"period\": \"2026\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.report.status").value("DRAFT")).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*\"report\":\\{\"id\":(\\d+).*", "$1"));
        int version = Integer.parseInt(body.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/reporting/reports/" + id + "/submit").with(httpBasic(province.username(), province.password()))
                        .contentType("application/json").content("{\"version\": " + version + ", \"values\": {\"PROVINCE_OFFICERS_TRAINED\": \"1234\","
                                + " \"PROVINCE_DATA_SHARED\": \"true\", \"PROVINCE_PROGRAMME_FUNDS\": \"1.5\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.report.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.values.PROVINCE_PROGRAMME_FUNDS").value("1.5"))
                .andExpect(jsonPath("$.values.PROVINCE_DATA_SHARED").value("true"));
        mvc.perform(get("/api/v1/reporting/reports").param("form", "TINH_NAM").param("unit", "48").param("period", "2026")
                        .with(httpBasic(province.username(), province.password())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.report.id").value(id));
        mvc.perform(get("/api/v1/reporting/reports").param("form", "TINH_NAM").param("unit", "48").param("period", "2025")
                        .with(httpBasic(province.username(), province.password())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/reporting/reports/" + id + "/approve").with(httpBasic(province.username(), province.password())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reporting/reports/" + id + "/approve").with(httpBasic(central.username(), central.password())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.report.status").value("APPROVED"));
    }

    @Test
    void aNationalAdministratorAddsAnIndicatorAndPutsItOnAFormWithoutCodeAndAProvinceAdministratorCannot() throws Exception {
        var national = user(users.loadUserByUsername(fixtures.account(org.hoiso.platform.security.Caller.Role.ADMIN, "TW").username()));
        var provincial = user(users.loadUserByUsername(fixtures.account(org.hoiso.platform.security.Caller.Role.ADMIN, "48").username()));
        String code = "SO_LOP_" + (System.nanoTime() % 100000);
        mvc.perform(post("/admin/indicators").with(national).with(csrf()).param("code", code.toLowerCase())
                        .param("nameVi", "Số lớp Bình dân học vụ số").param("nameEn", "Digital literacy classes")
                        .param("valueType", "INTEGER").param("aggregation", "SUM").param("unitVi", "lớp").param("unitEn", "classes"))
                .andExpect(status().is3xxRedirection()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .flash().attribute(Outcome.NOTICE, "Đã lưu."));
        assertThat(catalogue.indicator(code).name(java.util.Locale.forLanguageTag("vi"))).isEqualTo("Số lớp Bình dân học vụ số");
        // A form of its own: the seeded forms are shared by the other tests, which must not see a new required field.
        String formCode = "THU_" + (System.nanoTime() % 100000);
        mvc.perform(post("/admin/forms").with(national).with(csrf()).param("code", formCode).param("nameVi", "Biểu thử Bình dân học vụ số")
                        .param("nameEn", "Test form").param("periodicity", "QUARTERLY").param("levelCode", "COMMUNE")
                        .param("deadlineDays", "10").param("firstPeriod", "15/02/2027"))
                .andExpect(status().is3xxRedirection());
        long form = catalogue.form(formCode).id();
        assertThat(catalogue.form(form).firstPeriod()).isEqualTo(java.time.LocalDate.of(2027, 1, 1));
        mvc.perform(post("/admin/forms/" + form + "/items").with(national).with(csrf()).param("indicatorCode", code)
                        .param("sectionVi", "II. Bình dân học vụ số").param("required", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalogue.form(form).item(code)).isPresent();
        mvc.perform(get("/admin/forms/" + form).with(national)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(code)));
        mvc.perform(post("/admin/forms/" + form + "/items").with(national).with(csrf()).param("indicatorCode", code))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists(Outcome.ERRORS));
        mvc.perform(post("/admin/indicators").with(provincial).with(csrf()).param("code", code + "_B").param("nameVi", "X")
                        .param("nameEn", "X").param("valueType", "INTEGER").param("aggregation", "SUM"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute(Outcome.ERRORS,
                        java.util.List.of("Chỉ quản trị viên cấp Trung ương được sửa biểu mẫu và chỉ tiêu.")));
        mvc.perform(get("/admin/forms").with(national)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Số lớp Bình dân học vụ số")));
    }
}

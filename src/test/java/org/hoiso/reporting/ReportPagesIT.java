package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamcrest.Matchers;
import org.hoiso.account.ApiTokens;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.Outcome;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** The reporting pages render in both languages, and the API answers partner systems by unit code and token. */
@IntegrationTest
class ReportPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApiTokens tokens;

    @Test
    void everyReportingPageRendersForTheOfficerAndTheProvinceInBothLanguages() throws Exception {
        OrgUnit commune = fixtures.unit(Places.LIEN_CHIEU);
        Fixtures.Officer officer = fixtures.officer(Places.LIEN_CHIEU);
        Fixtures.Officer province = fixtures.officer(Places.DA_NANG);
        Report r = reports.open(officer.caller(), catalogue.form("TK_NAM").id(), commune.id(), Period.parse("2026"));
        var her = user(users.loadUserByUsername(officer.username()));
        var boss = user(users.loadUserByUsername(province.username()));

        mvc.perform(get("/reports").with(her)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Báo cáo tổng kết công tác Hội năm")));
        mvc.perform(get("/reports/" + r.id()).with(her)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hội viên chia theo nhóm tuổi")))
                .andExpect(content().string(Matchers.containsString("Từ 18 đến 35 tuổi")))
                .andExpect(content().string(Matchers.containsString("Năm 2026")));
        mvc.perform(get("/reports/" + r.id()).param("lang", "en").with(her)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Members by age band")))
                .andExpect(content().string(Matchers.containsString("Year 2026")));
        mvc.perform(post("/reports/" + r.id() + "/draft").header("HX-Request", "true").with(her).with(csrf())
                .param("version", String.valueOf(r.version())).param("v.MEMBERSHIP_RATE", "120"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tỷ lệ phải từ 0 đến 100.")))
                .andExpect(content().string(Matchers.containsString("id=\"err-MEMBERSHIP_RATE\"")));
        mvc.perform(get("/reports/" + r.id() + "/history").with(her)).andExpect(status().isOk());
        mvc.perform(get("/reports/" + r.id() + "/print.pdf").with(her)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/reports/review").param("unitId", String.valueOf(fixtures.unit(Places.DA_NANG).id()))
                .param("formId", String.valueOf(r.formId())).param("period", "2026").with(boss))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Phường Liên Chiểu")));
        mvc.perform(get("/reports/export").param("unitId", String.valueOf(fixtures.unit(Places.DA_NANG).id()))
                .param("formId", String.valueOf(r.formId())).param("period", "2026").param("format", "xlsx").with(boss))
                .andExpect(status().isOk());
    }

    @Test
    void aPartnerReadsAggregatesOfItsProvinceWithATokenAndNothingElse() throws Exception {
        String token = tokens
                .create(fixtures.admin(), new ApiTokens.NewToken("Cổng dữ liệu Đà Nẵng", fixtures.unit(Places.DA_NANG).id(), 30))
                .token();
        mvc.perform(get("/api/v1/reporting/aggregates").header("Authorization", "Bearer " + token)
                .param("unit", Places.DA_NANG).param("indicator", "MEMBERS_TOTAL").param("period", "2026"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unit").value(Places.DA_NANG))
                .andExpect(jsonPath("$.view").value("THEN"));
        mvc.perform(get("/api/v1/reporting/completeness").header("Authorization", "Bearer " + token)
                .param("unit", Places.DA_NANG).param("form", "TK_NAM").param("period", "2026"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.expected").isNumber());
        mvc.perform(get("/api/v1/reporting/aggregates").header("Authorization", "Bearer " + token)
                .param("unit", Places.CAN_THO).param("indicator", "MEMBERS_TOTAL").param("period", "2026"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reporting/reports").header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .content("{\"form\": \"TK_NAM\", \"unit\": \"" + Places.LIEN_CHIEU + "\", \"period\": \"2026\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reporting/aggregates").header("Authorization", "Bearer " + token)
                .param("unit", Places.DA_NANG).param("indicator", "MEMBERS_TOTAL").param("period", "2026-13"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").exists());
    }

    @Test
    void aProvinceFillsItsYearlyReportThroughTheApiAndTheCentralUnionApprovesIt() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.DA_NANG);
        Fixtures.Officer central = fixtures.account(Caller.Role.OFFICER, Places.CENTRAL);
        String body = mvc.perform(post("/api/v1/reporting/reports").with(httpBasic(province.username(), province.password()))
                .contentType("application/json")
                .content("{\"form\": \"TINH_NAM\", \"unit\": \"" + Places.DA_NANG + "\", \"period\": \"2026\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.report.status").value("DRAFT")).andReturn().getResponse()
                .getContentAsString();
        long id = Long.parseLong(body.replaceAll("(?s).*\"report\":\\{\"id\":(\\d+).*", "$1"));
        int version = Integer.parseInt(body.replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/reporting/reports/" + id + "/submit").with(httpBasic(province.username(), province.password()))
                .contentType("application/json")
                .content("{\"version\": " + version + ", \"values\": {\"PROVINCE_OFFICERS_TRAINED\": \"1234\","
                        + " \"PROVINCE_DATA_SHARED\": \"true\", \"PROVINCE_PROGRAMME_FUNDS\": \"1.5\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.report.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.values.PROVINCE_PROGRAMME_FUNDS").value("1.5"))
                .andExpect(jsonPath("$.values.PROVINCE_DATA_SHARED").value("true"));
        mvc.perform(
                get("/api/v1/reporting/reports").param("form", "TINH_NAM").param("unit", Places.DA_NANG).param("period", "2026")
                        .with(httpBasic(province.username(), province.password())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.report.id").value(id));
        mvc.perform(
                get("/api/v1/reporting/reports").param("form", "TINH_NAM").param("unit", Places.DA_NANG).param("period", "2025")
                        .with(httpBasic(province.username(), province.password())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/reporting/reports/" + id + "/approve").with(httpBasic(central.username(), central.password())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.report.status").value("APPROVED"));
    }

    @Test
    void aCommuneCannotOpenTheProvincesYearlyReport() throws Exception {
        Fixtures.Officer commune = fixtures.officer(Places.HAI_VAN);
        mvc.perform(post("/api/v1/reporting/reports").with(httpBasic(commune.username(), commune.password()))
                .contentType("application/json")
                .content("{\"form\": \"TINH_NAM\", \"unit\": \"" + Places.HAI_VAN + "\", \"period\": \"2026\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("report.wrongLevel"));
    }

    @Test
    void aProvinceCannotApproveItsOwnReport() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.HO_CHI_MINH_CITY);
        Report r = reports.open(province.caller(), catalogue.form("TINH_NAM").id(), fixtures.unit(Places.HO_CHI_MINH_CITY).id(),
                Period.parse("2026"));
        reports.submit(province.caller(), r.id(), r.version(), Map.of("PROVINCE_OFFICERS_TRAINED", "1234",
                "PROVINCE_DATA_SHARED", "true", "PROVINCE_PROGRAMME_FUNDS", "1.5"), Locale.forLanguageTag("vi"));

        mvc.perform(post("/api/v1/reporting/reports/" + r.id() + "/approve")
                .with(httpBasic(province.username(), province.password())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aNationalAdministratorAddsAnIndicatorAndPutsItOnAFormWithoutCode() throws Exception {
        var national = user(users.loadUserByUsername(fixtures.account(Caller.Role.ADMIN, Places.CENTRAL).username()));
        String code = "SO_LOP_" + (System.nanoTime() % 100000);
        mvc.perform(post("/admin/indicators").with(national).with(csrf()).param("code", code.toLowerCase())
                .param("nameVi", "Số lớp Bình dân học vụ số").param("nameEn", "Digital literacy classes")
                .param("valueType", "INTEGER").param("aggregation", "SUM").param("unitVi", "lớp").param("unitEn", "classes"))
                .andExpect(status().is3xxRedirection()).andExpect(MockMvcResultMatchers
                        .flash().attribute(Outcome.NOTICE, "Đã lưu."));
        assertThat(catalogue.indicator(code).name(Locale.forLanguageTag("vi"))).isEqualTo("Số lớp Bình dân học vụ số");
        // A form of its own: the seeded forms are shared by the other tests, which must not see a new required field.
        String formCode = "THU_" + (System.nanoTime() % 100000);
        mvc.perform(post("/admin/forms").with(national).with(csrf()).param("code", formCode)
                .param("nameVi", "Biểu thử Bình dân học vụ số")
                .param("nameEn", "Test form").param("periodicity", "QUARTERLY").param("levelCode", "COMMUNE")
                .param("deadlineDays", "10").param("firstPeriod", "15/02/2027"))
                .andExpect(status().is3xxRedirection());
        long form = catalogue.form(formCode).id();
        assertThat(catalogue.form(form).firstPeriod()).isEqualTo(LocalDate.of(2027, 1, 1));
        mvc.perform(post("/admin/forms/" + form + "/items").with(national).with(csrf()).param("indicatorCode", code)
                .param("sectionVi", "II. Bình dân học vụ số").param("required", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(catalogue.form(form).item(code)).isPresent();
        mvc.perform(get("/admin/forms/" + form).with(national)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(code)));
        mvc.perform(get("/admin/forms").with(national)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Số lớp Bình dân học vụ số")));
    }

    @Test
    void anIndicatorGoesOnAFormOnlyOnce() throws Exception {
        var national = user(users.loadUserByUsername(fixtures.account(Caller.Role.ADMIN, Places.CENTRAL).username()));
        String code = "LOP_HOC_" + (System.nanoTime() % 100000);
        catalogue.createIndicator(fixtures.admin(), new Catalogue.NewIndicator(code, "Số lớp học", "Classes", null, null,
                ValueType.INTEGER, Aggregation.SUM, null, "lớp", "classes"));
        Form form = catalogue.createForm(fixtures.admin(),
                new Catalogue.NewForm("THU_" + (System.nanoTime() % 100000), "Biểu thử",
                        "Test form", Periodicity.QUARTERLY, "COMMUNE", 10, LocalDate.of(2027, 1, 1)));
        catalogue.addItem(fixtures.admin(), form.id(), new Catalogue.NewItem(code, "II. Bình dân học vụ số", null, true));

        mvc.perform(post("/admin/forms/" + form.id() + "/items").with(national).with(csrf()).param("indicatorCode", code))
                .andExpect(flash().attributeExists(Outcome.ERRORS));
    }

    @Test
    void aProvinceAdministratorCannotAddIndicators() throws Exception {
        var provincial = user(users.loadUserByUsername(fixtures.account(Caller.Role.ADMIN, Places.DA_NANG).username()));
        mvc.perform(post("/admin/indicators").with(provincial).with(csrf())
                .param("code", "SO_LOP_" + (System.nanoTime() % 100000) + "_B")
                .param("nameVi", "X").param("nameEn", "X").param("valueType", "INTEGER").param("aggregation", "SUM"))
                .andExpect(flash().attribute(Outcome.ERRORS,
                        List.of("Chỉ quản trị viên cấp Trung ương được sửa biểu mẫu và chỉ tiêu.")));
    }
}

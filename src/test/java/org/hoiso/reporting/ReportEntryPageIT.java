package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** What the report page says: why a report came back, where computed numbers come from, when it cannot change. */
@IntegrationTest
class ReportEntryPageIT {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Map<String, String> VALID = Map.of("DIGITAL_ACTIVITIES", "3", "DIGITAL_TRAINED", "0", "SCAM_REPORTS",
            "1");

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

    @Test
    void aReturnedReportShowsTheReasonUnderItsLabelAndNotTheHintOfTheRefusal() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.MUONG_LAY);
        Fixtures.Officer province = fixtures.officer(Places.DIEN_BIEN);
        Report r = open(officer, Places.MUONG_LAY, "2026-09");
        reports.submit(officer.caller(), r.id(), r.version(), VALID, VI);
        reports.sendBack(province.caller(), r.id(), null, "Thiếu số buổi tập huấn");

        String page = page(officer, "/reports/" + r.id());

        assertThat(page).containsPattern("Lý do trả lại</span>: <span>Thiếu số buổi tập huấn")
                .doesNotContain("Hãy ghi lý do trả lại");
    }

    @Test
    void eachComputedValueNamesTheBookItComesFrom() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.MUONG_LAY);
        Report r = open(officer, Places.MUONG_LAY, "2026-08");

        String page = page(officer, "/reports/" + r.id());

        assertThat(page).contains("Số liệu lấy từ sổ hội viên").contains("Số liệu lấy từ nhật ký hỗ trợ số")
                .contains("Số liệu lấy từ sổ sinh hoạt chi hội").contains("Số liệu lấy từ kết quả học Bình dân học vụ số");
        assertThat(page(officer, "/reports/" + r.id() + "?lang=en")).contains("Taken from the digital help log");
    }

    @Test
    void aSubmittedReportReadsAsTextAndSaysItWaitsForApproval() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.SIN_THAU);
        Report r = open(officer, Places.SIN_THAU, "2026-09");
        assertThat(page(officer, "/reports/" + r.id())).contains("class=\"report-form\"").doesNotContain("report-readonly");

        reports.submit(officer.caller(), r.id(), r.version(), VALID, VI);
        String page = page(officer, "/reports/" + r.id());

        assertThat(page).contains("class=\"report-form report-readonly\"").contains("id=\"report-readonly\"")
                .contains("Báo cáo đã nộp và đang chờ duyệt").doesNotContain("id=\"submit-report\"")
                .contains("/css/reporting.css");
    }

    @Test
    void theHistoryNamesCategoriesInTheReadersLanguage() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.SIN_THAU);
        OrgUnit commune = fixtures.unit(Places.SIN_THAU);
        Report r = reports.open(officer.caller(), catalogue.form("TK_NAM").id(), commune.id(), Period.parse("2026"));

        assertThat(page(officer, "/reports/" + r.id() + "/history")).contains("(Từ 18 đến 35 tuổi)").doesNotContain("(18_35)");
        assertThat(page(officer, "/reports/" + r.id() + "/history?lang=en")).contains("(18 to 35)");
    }

    private Report open(Fixtures.Officer officer, String commune, String period) {
        return reports.open(officer.caller(), catalogue.form("HV_THANG").id(), fixtures.unit(commune).id(),
                Period.parse(period));
    }

    private String page(Fixtures.Officer officer, String uri) throws Exception {
        return mvc.perform(get(uri).with(user(users.loadUserByUsername(officer.username())))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}

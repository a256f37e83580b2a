package org.hoiso.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The dashboard's titles and the data of its charts as CSV, written by the server with the exports' formula rule. */
@IntegrationTest
class DashboardDownloadsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;

    @Test
    void theChartsAreTitledWithTheIndicatorTheUnitAndThePeriodNeverNull() throws Exception {
        RequestPostProcessor boss = as(fixtures.officer(Places.DIEN_BIEN).username());

        String page = text("/dashboard?indicator=COOPS_NEW&period=2026S1&view=today", boss);

        assertThat(page).doesNotContain("null —").doesNotContain("— null")
                .contains("data-title=\"Số hợp tác xã do phụ nữ quản lý thành lập mới — Tỉnh Điện Biên\"")
                .contains("data-title=\"Số hợp tác xã do phụ nữ quản lý thành lập mới — 6 tháng đầu năm 2026\"")
                .contains("view=today").contains("id=\"series-csv\"").contains("id=\"children-csv\"");
    }

    @Test
    void aUnitNamedLikeAFormulaIsWrittenToTheCsvAsText() throws Exception {
        OrgUnit commune = fixtures.unit(Places.DIEN_BIEN_PHU);
        fixtures.branch(Places.DIEN_BIEN_PHU, "=HYPERLINK(\"http://x.invalid\",\"Bấm\")");
        RequestPostProcessor officer = as(fixtures.officer(Places.DIEN_BIEN_PHU).username());

        String csv = text("/dashboard/children.csv?unitId=" + commune.id() + "&indicator=MEMBERS_TOTAL&period=2026-06", officer);

        assertThat(csv).startsWith("\uFEFFĐơn vị,Tháng 06/2026\r\n")
                .contains("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"Bấm\"\")\",").doesNotContain("\r\n\"=HYPERLINK");
    }

    @Test
    void theSeriesAndTheProvincesDownloadAsCsvFilesNamedAfterTheChart() throws Exception {
        RequestPostProcessor admin = as(fixtures.account(Caller.Role.ADMIN, Places.CENTRAL).username());
        long central = fixtures.centralId();

        String series = mvc.perform(get("/dashboard/series.csv?unitId=" + central + "&indicator=MEMBERS_TOTAL&period=2026-06")
                .with(admin)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        containsString("tong-so-hoi-vien-hoi-lien-hiep-phu-nu-viet-nam.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = series.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFKỳ,");
        assertThat(lines).hasSize(13);
        assertThat(lines.get(12)).startsWith("Tháng 06/2026,");

        String provinces = text("/dashboard/provinces.csv?indicator=MEMBERS_TOTAL&period=2026-06&lang=en", admin);
        assertThat(provinces.lines().toList()).hasSize(35).first().asString().startsWith("\uFEFFCode,Province,Members in total");
        assertThat(provinces).contains("\r\n12,Tỉnh Lai Châu,");
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private String text(String uri, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(uri).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}

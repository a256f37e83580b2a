package org.hoiso.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.reporting.Aggregates;
import org.hoiso.reporting.Catalogue;
import org.hoiso.reporting.Period;
import org.hoiso.reporting.Periodicity;
import org.hoiso.reporting.Report;
import org.hoiso.reporting.ReportExchange;
import org.hoiso.reporting.Reports;
import org.hoiso.reporting.SmallNumbers;
import org.hoiso.reporting.TreeView;
import org.hoiso.reporting.Value;
import org.hoiso.reporting.ValueKey;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The report forms' safety figures are counted from the cases (with the reporter's consent to statistics) and, being
 * sensitive, read "<5" below five wherever they leave the case workers: the report's page and API, dashboards and
 * aggregates, CSV exports; ADX leaves them out. Money lost is no count and shows.
 */
@IntegrationTest
class FiguresIT {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    SafetyTestData data;
    @Autowired
    SafetyIndicators figures;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Cases cases;
    @Autowired
    CaseDecisions decisions;
    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Aggregates aggregates;
    @Autowired
    ReportExchange exchange;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private static LocalDate today() {
        return LocalDate.now(VietnameseText.ZONE);
    }

    private Map<String, BigDecimal> compute(String key, OrgUnit unit) {
        return figures.compute(key, unit.path(), today().withDayOfMonth(1), today());
    }

    @Test
    void theFiguresAreCountedFromTheCasesWhoseReporterAgreedToStatistics() {
        OrgUnit commune = fixtures.unit(Places.PHONG_PHU);
        Fixtures.Officer worker = data.caseWorker(Places.PHONG_PHU, true);
        for (int i = 0; i < 6; i++) {
            data.report(AReport.harassment(commune.id()));
        }
        data.report(AReport.harassment(commune.id()).consents(true, false, false, false, false));
        String violence = data.report(AReport.violence(commune.id())).code();
        data.report(AReport.scam(commune.id()).lost(1_500_000));
        data.report(AReport.scam(commune.id()).lost(2_500_000));
        long id = jdbc.sql("SELECT id FROM safety_case WHERE code = :c").param("c", violence).query(Long.class).single();
        cases.take(worker.caller(), id);
        long hotline = decisionsHotline(commune.id());
        decisions.refer(worker.caller(), id, new CaseDecisions.Referral(hotline, today().plusDays(3), null, null));

        assertThat(compute(SafetyIndicators.OPENED, commune)).containsEntry("HARASSMENT", BigDecimal.valueOf(6))
                .containsEntry("VIOLENCE", BigDecimal.ONE);
        assertThat(compute(SafetyIndicators.REFERRED, commune)).containsEntry("VIOLENCE", BigDecimal.ONE)
                .containsEntry("HARASSMENT", BigDecimal.ZERO);
        assertThat(compute(SafetyIndicators.SCAM_REPORTS, commune)).containsEntry("", BigDecimal.valueOf(2));
        assertThat(compute(SafetyIndicators.MONEY_LOST, commune)).containsEntry("", BigDecimal.valueOf(4_000_000));
        assertThat(compute(SafetyIndicators.CLOSED, commune)).containsEntry("VIOLENCE", BigDecimal.ZERO);
    }

    private long decisionsHotline(long unitId) {
        return jdbc.sql("SELECT id FROM safety_service WHERE kind = 'HOTLINE' AND unit_id IS NULL").query(Long.class).single();
    }

    @Test
    void smallFiguresReadLessThanFiveWhereverTheyLeaveTheCaseWorkers() throws Exception {
        OrgUnit commune = fixtures.unit(Places.PHONG_DIEN);
        data.report(AReport.harassment(commune.id()));
        data.report(AReport.harassment(commune.id()));
        data.report(AReport.scam(commune.id()).lost(3_000_000));
        Fixtures.Officer officer = fixtures.officer(Places.PHONG_DIEN);
        Fixtures.Officer province = fixtures.officer(Places.HUE);
        long form = catalogue.form("HV_THANG").id();
        Period month = Period.containing(Periodicity.MONTHLY, today());
        Report r = reports.open(officer.caller(), form, commune.id(), month);

        // the report's page, print and API: "<5", and the money (no count) as it is
        Map<ValueKey, Value> shown = reports.entry(officer.caller(), r.id()).values();
        assertThat(shown.get(new ValueKey("SAFETY_CASES_OPENED", "HARASSMENT"))).isEqualTo(Value.text(SmallNumbers.SHOWN));
        assertThat(shown.get(new ValueKey("SAFETY_CASES_OPENED", "VIOLENCE"))).as("zero is small too")
                .isEqualTo(Value.text(SmallNumbers.SHOWN));
        assertThat(shown.get(new ValueKey("SAFETY_MONEY_LOST", "")).num()).isEqualByComparingTo("3000000");
        String page = mvc.perform(MockMvcRequestBuilders.get("/reports/" + r.id())
                .with(user(users.loadUserByUsername(officer.username())))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"f-SAFETY_CASES_OPENED-HARASSMENT\">&lt;5<");
        String api = mvc.perform(MockMvcRequestBuilders.get("/api/v1/reporting/reports/" + r.id())
                .with(httpBasic(officer.username(), officer.password())))
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains("\"SAFETY_CASES_OPENED.HARASSMENT\":\"<5\"").contains("\"SAFETY_MONEY_LOST\":\"3000000\"");

        Report saved = reports.get(r.id());
        reports.submit(officer.caller(), r.id(), saved.version(), Map.of("DIGITAL_ACTIVITIES", "1", "DIGITAL_TRAINED", "0"), VI);
        reports.approve(province.caller(), r.id(), null);

        // aggregates and dashboards
        Aggregates.Figure f = aggregates.figure(province.caller(), commune.id(),
                new Aggregates.Query("SAFETY_CASES_OPENED", TreeView.THEN, false), month);
        assertThat(f.value()).isNull();
        assertThat(f.small()).contains("", "HARASSMENT");
        assertThat(f.byCategory()).doesNotContainKey("HARASSMENT");
        String dashboard = mvc.perform(MockMvcRequestBuilders.get("/dashboard").param("unitId", Long.toString(commune.id()))
                .param("indicator", "SAFETY_CASES_OPENED").param("period", month.code())
                .with(user(users.loadUserByUsername(province.username())))).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("id=\"dashboard-total\">&lt;5<");

        // exports: CSV says "<5", ADX (decimals only) leaves the value out
        var exported = exchange.export(province.caller(), commune.id(), form, month, true);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        exchange.write(ReportExchange.Format.CSV, exported, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("SAFETY_CASES_OPENED").contains("<5").contains("3000000");
        ByteArrayOutputStream adx = new ByteArrayOutputStream();
        exchange.write(ReportExchange.Format.ADX, exported, adx);
        assertThat(adx.toString(StandardCharsets.UTF_8)).doesNotContain("SAFETY_CASES_OPENED").contains("SAFETY_MONEY_LOST");
    }
}

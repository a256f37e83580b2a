package org.hoiso.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A unit owes the periods that end on or after the day it starts reporting, which the level above sets. */
@IntegrationTest
class ReportStartsIT {

    @Autowired
    ReportStarts starts;
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
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommuneThatStartsThisMonthOwesNoEarlierMonth() {
        Caller commune = fixtures.officer(Places.BAN_BO).caller();
        Caller province = fixtures.officer(Places.LAI_CHAU).caller();
        Period current = Period.containing(Periodicity.MONTHLY, reports.today());
        assertThat(monthly(commune)).as("from the form's first period").contains(current)
                .containsAll(current.start().isAfter(LocalDate.of(2026, 1, 31)) ? List.of(current.previous()) : List.of());

        starts.set(province, fixtures.unit(Places.BAN_BO).id(), null, current.start());

        assertThat(monthly(commune)).containsExactly(current);
        assertThat(worklist.mine(commune)).noneMatch(d -> d.state() == Worklist.State.OVERDUE && d.period().end().isBefore(
                current.start()));
    }

    @Test
    void aDateSetOnAProvinceHoldsForItsCommunesUntilACommuneHasItsOwnForTheForm() {
        Caller central = fixtures.account(Caller.Role.ADMIN, Places.CENTRAL).caller();
        Caller province = fixtures.officer(Places.DIEN_BIEN).caller();
        long sixMonthly = catalogue.form("PT_6THANG").id();
        long monthly = catalogue.form("HV_THANG").id();
        long communeId = fixtures.unit(Places.DIEN_BIEN_PHU).id();

        starts.set(central, fixtures.unit(Places.DIEN_BIEN).id(), sixMonthly, LocalDate.of(2026, 1, 15));
        assertThat(starts.startsOn(sixMonthly, List.of(communeId))).containsEntry(communeId, LocalDate.of(2026, 1, 15));
        assertThat(starts.startsOn(monthly, List.of(communeId))).doesNotContainKey(communeId);

        starts.set(province, communeId, sixMonthly, LocalDate.of(2026, 2, 1));
        assertThat(starts.startsOn(sixMonthly, List.of(communeId))).containsEntry(communeId, LocalDate.of(2026, 2, 1));
        starts.set(province, communeId, sixMonthly, null);
        assertThat(starts.startsOn(sixMonthly, List.of(communeId))).containsEntry(communeId, LocalDate.of(2026, 1, 15));
    }

    @Test
    void onlyTheLevelAboveSetsAStartAndEveryChangeIsAudited() {
        long commune = fixtures.unit(Places.BUM_TO).id();
        Caller own = fixtures.officer(Places.BUM_TO).caller();
        Caller otherProvince = fixtures.officer(Places.DIEN_BIEN).caller();

        assertThatThrownBy(() -> starts.set(own, commune, null, LocalDate.of(2026, 6, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("report.start.notAbove"));
        assertThatThrownBy(() -> starts.set(otherProvince, commune, null, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(DomainException.class);
        Caller province = fixtures.officer(Places.LAI_CHAU).caller();
        assertThatThrownBy(() -> starts.set(province, commune, null, LocalDate.of(1999, 12, 31)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldProblems().get(0).code()).isEqualTo("report.start.range"));
        assertThat(starts.startsOn(catalogue.form("HV_THANG").id(), List.of(commune))).isEmpty();

        starts.set(province, commune, null, LocalDate.of(2026, 6, 1));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'rpt_start' AND unit_id = :u AND detail = :d")
                .param("u", commune).param("d", "start * 2026-06-01").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theCompletenessOfAPeriodCountsOnlyTheUnitsThatOweIt() {
        Caller province = fixtures.officer(Places.LAI_CHAU).caller();
        long form = catalogue.form("TK_NAM").id();
        Period year = Period.parse("2026");
        long laiChau = fixtures.unit(Places.LAI_CHAU).id();
        int before = worklist.completeness(province, laiChau, form, year).expected();

        starts.set(province, fixtures.unit(Places.KHUN_HA).id(), form, LocalDate.of(2027, 1, 1));

        Worklist.Completeness after = worklist.completeness(province, laiChau, form, year);
        assertThat(after.expected()).isEqualTo(before - 1);
        assertThat(after.units()).noneMatch(s -> s.unit().code().equals(Places.KHUN_HA));
    }

    @Test
    void theProvinceSetsAStartOnItsPageAndThroughTheApi() throws Exception {
        Fixtures.Officer province = fixtures.officer(Places.LAI_CHAU);
        OrgUnit laiChau = fixtures.unit(Places.LAI_CHAU);
        OrgUnit commune = fixtures.unit(Places.TA_LENG);
        var boss = user(users.loadUserByUsername(province.username()));

        mvc.perform(post("/reports/starts").param("unitId", String.valueOf(laiChau.id()))
                .param("target", String.valueOf(commune.id())).param("formId", "").param("startsOn", "01/11/2026")
                .with(boss).with(csrf())).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/reports/starts").param("unitId", String.valueOf(laiChau.id())).with(boss))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-unit=\"" + Places.TA_LENG + "\"").contains("01/11/2026").contains("Tất cả biểu mẫu");

        mvc.perform(put("/api/v1/reporting/starts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"unit\": \"" + Places.TA_LENG + "\", \"form\": \"HV_THANG\", \"startsOn\": \"2026-12-01\"}")
                .with(httpBasic(province.username(), province.password())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unit").value(Places.TA_LENG))
                .andExpect(jsonPath("$.form").value("HV_THANG")).andExpect(jsonPath("$.startsOn").value("2026-12-01"));
        mvc.perform(get("/api/v1/reporting/starts").param("unit", Places.TA_LENG)
                .with(httpBasic(province.username(), province.password())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].form").doesNotExist()).andExpect(jsonPath("$[0].startsOn").value("2026-11-01"));
    }

    private List<Period> monthly(Caller officer) {
        return worklist.mine(officer).stream().filter(d -> d.form().code().equals("HV_THANG")).map(Worklist.Due::period)
                .toList();
    }
}

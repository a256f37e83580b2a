package org.hoiso.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DateInput;
import org.hoiso.reporting.Catalogue;
import org.hoiso.reporting.Period;
import org.hoiso.reporting.Periodicity;
import org.hoiso.reporting.Reports;
import org.hoiso.reporting.ValueKey;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An import must not turn existing members into new admissions (issue 11): a list without joining dates is,
 * unless the officer gives the whole file a date, a list of existing members whose date is unknown, never
 * counted as joined in a period.
 */
@IntegrationTest
class JoinedDateIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Imports imports;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;

    private static String list(String given, int rows) {
        StringBuilder csv = new StringBuilder("Họ và tên,Ngày sinh,Số CCCD\n");
        for (int i = 0; i < rows; i++) {
            LocalDate birth = LocalDate.of(1960 + i, 3, 5);
            csv.append("Hội viên ").append(given).append(' ').append((char) ('a' + i)).append("a,")
                    .append(DateInput.format(birth)).append(',').append(Fixtures.cccd(birth)).append('\n');
        }
        return csv.toString();
    }

    private long joinedUnknown(String given) {
        return jdbc.sql("SELECT count(*) FROM member WHERE full_name LIKE :n AND joined_on IS NULL")
                .param("n", "Hội Viên " + given + " %").query(Long.class).single();
    }

    @Test
    void seventeenExistingMembersImportedWithoutADateAreNoNewAdmissionsOfTheMonth() throws Exception {
        OrgUnit commune = fixtures.unit(Places.NGHIA_DO);
        Fixtures.Officer officer = fixtures.officer(Places.NGHIA_DO);
        UserDetails me = users.loadUserByUsername(officer.username());
        ImportSteps steps = new ImportSteps(mvc, imports, me);
        String given = Fixtures.uniqueGivenName();
        long id = steps.upload(commune.id(), "hoi-vien-cu.csv", list(given, 17).getBytes(StandardCharsets.UTF_8));
        String page = steps.page(id);
        assertThat(page).contains("Tệp không có cột Ngày vào Hội.")
                .containsPattern("id=\"joined-unknown\"[^>]*checked").contains("không tính là kết nạp mới");
        steps.dryRun(id);
        steps.act(id, "commit");
        assertThat(joinedUnknown(given)).isEqualTo(17);

        Caller caller = officer.caller();
        Period thisMonth = Period.containing(Periodicity.MONTHLY, reports.today());
        var report = reports.open(caller, catalogue.form("HV_THANG").id(), commune.id(), thisMonth);
        var values = reports.entry(caller, report.id()).values();
        assertThat(values.get(new ValueKey("MEMBERS_NEW", "")).num()).as("new members this month").isZero();
        assertThat(values.get(new ValueKey("MEMBERS_TOTAL", "")).num().longValue()).as("members at the month's end")
                .isGreaterThanOrEqualTo(17);

        long memberId = jdbc.sql("SELECT id FROM member WHERE full_name = :n").param("n", "Hội Viên " + given + " Aa")
                .query(Long.class).single();
        String record = mvc.perform(get("/members/" + memberId).with(user(me))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(record).contains("<dd id=\"joined-on\">không rõ</dd>");
        String form = mvc.perform(get("/members/" + memberId + "/edit").with(user(me))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("id=\"joined-unknown\"").contains("placeholder=\"không rõ\"");
        var member = fixtures.members().get(fixtures.admin(), memberId);
        mvc.perform(post("/members/" + memberId).with(user(me)).with(csrf()).param("fullName", member.fullName())
                .param("birthDate", DateInput.format(member.birthDate())).param("nationalId", member.nationalId())
                .param("phone", "0912345678").param("version", Integer.toString(member.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT phone || '/' || coalesce(joined_on::text, 'không rõ') FROM member WHERE id = :id")
                .param("id", memberId).query(String.class).single()).isEqualTo("0912345678/không rõ");
        mvc.perform(post("/members/" + memberId + "/status").with(user(me)).with(csrf()).param("status", "LEFT")
                .param("date", DateInput.format(reports.today()))).andExpect(status().is3xxRedirection());
        assertThat(fixtures.members().get(fixtures.admin(), memberId).status().name()).isEqualTo("LEFT");
    }

    @Test
    void aJoiningDateGivenToTheWholeFileMakesThemNewMembersOfThatMonth() throws Exception {
        OrgUnit commune = fixtures.unit(Places.NGHIA_DO);
        Fixtures.Officer officer = fixtures.officer(Places.NGHIA_DO);
        String given = Fixtures.uniqueGivenName();
        long id = new ImportSteps(mvc, imports, users.loadUserByUsername(officer.username()))
                .upload(commune.id(), "ket-nap.csv", list(given, 3).getBytes(StandardCharsets.UTF_8));
        mvc.perform(put("/api/v1/imports/" + id + "/mapping").with(httpBasic(officer.username(), officer.password()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"joinedOn\": \"2026-03-01\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.joinedOn").value("2026-03-01"));
        imports.validate(officer.caller(), id);
        assertThat(imports.await(id, Duration.ofMinutes(1))).isTrue();
        imports.commit(officer.caller(), id);
        assertThat(imports.await(id, Duration.ofMinutes(1))).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM member WHERE full_name LIKE :n AND joined_on = DATE '2026-03-01'")
                .param("n", "Hội Viên " + given + " %").query(Long.class).single()).isEqualTo(3);
        var report = reports.open(officer.caller(), catalogue.form("HV_THANG").id(), commune.id(), Period.parse("2026-03"));
        assertThat(reports.entry(officer.caller(), report.id()).values().get(new ValueKey("MEMBERS_NEW", "")).num().longValue())
                .as("the three joined in March 2026").isEqualTo(3);
    }

    @Test
    void aJoiningDateInTheFutureIsRefusedOnTheJobPage() throws Exception {
        OrgUnit commune = fixtures.unit(Places.NGHIA_DO);
        UserDetails me = users.loadUserByUsername(fixtures.officer(Places.NGHIA_DO).username());
        ImportSteps steps = new ImportSteps(mvc, imports, me);
        long id = steps.upload(commune.id(), "tuong-lai.csv",
                list(Fixtures.uniqueGivenName(), 1).getBytes(StandardCharsets.UTF_8));
        String page = steps.act(id, "mapping", "headerRow", "1", "col_FULL_NAME", "0", "col_BIRTH_DATE", "1",
                "col_NATIONAL_ID", "2", "joined", "date", "joinedOn", DateInput.format(reports.today().plusDays(10)));
        assertThat(page).contains("Ngày vào Hội cho cả tệp: Ngày vào Hội không được sau hôm nay.");
        assertThat(imports.get(fixtures.admin(), id).joinedDefault()).isNull();
        page = steps.act(id, "mapping", "headerRow", "1", "col_FULL_NAME", "0", "col_BIRTH_DATE", "1", "col_NATIONAL_ID", "2",
                "joined", "date", "joinedOn", "01/03/2026");
        assertThat(page).containsPattern("id=\"joined-date\"[^>]*checked").contains("value=\"01/03/2026\"");
    }
}

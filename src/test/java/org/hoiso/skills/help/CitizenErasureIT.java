package org.hoiso.skills.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.reporting.Reports;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The help log's citizens (name and phone, no membership) are kept for a retention period only, and an officer
 * erases a citizen's entries when she asks; the help itself stays counted, the audit keeps none of her data.
 */
@IntegrationTest
class CitizenErasureIT {

    @Autowired
    HelpLog help;
    @Autowired
    Reports reports;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void anOfficerErasesACitizensEntriesOnRequestAndTheAuditKeepsNoneOfHerData() throws Exception {
        OrgUnit commune = fixtures.unit(Places.VY_DA);
        Fixtures.Officer officer = fixtures.officer(Places.VY_DA);
        String name = "Châu Thị " + Fixtures.uniqueGivenName();
        String phone = "0977" + (100000 + Math.abs(name.hashCode() % 899999));
        String other = "Ông Thị " + Fixtures.uniqueGivenName();
        help.log(officer.caller(), citizen(commune, HelpType.EWALLET, name, phone));
        help.log(officer.caller(), citizen(commune, HelpType.VNEID_INSTALL, name, phone));
        help.log(officer.caller(), citizen(commune, HelpType.EWALLET, other, "0966000111"));
        Map<HelpType, Long> before = counts(commune);

        assertThatThrownBy(() -> help.eraseCitizen(fixtures.officer(Places.KIM_LONG).caller(), commune.id(), phone))
                .isInstanceOf(DomainException.class).hasMessage("unit.outOfScope");
        mvc.perform(post("/api/v1/help/citizens/erase").with(httpBasic(officer.username(), officer.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\": " + commune.id() + ", \"phone\": \"+84 " + phone.substring(1) + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.erased").value(2));

        assertThat(jdbc.sql("SELECT count(*) FROM help_given WHERE citizen_name = :n OR citizen_phone = :p")
                .param("n", name).param("p", phone).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM help_given WHERE citizen_name = :n").param("n", other).query(Long.class)
                .single()).as("another citizen keeps her entry").isOne();
        assertThat(counts(commune)).as("the help given stays counted").isEqualTo(before);
        List<String> details = jdbc.sql("SELECT coalesce(detail, '') FROM audit_log WHERE actor = :a AND action = 'UPDATE'")
                .param("a", officer.username()).query(String.class).list();
        assertThat(details).hasSize(1).allSatisfy(d -> assertThat(d).contains("2").doesNotContain(phone.substring(3))
                .doesNotContain(name));
        assertThat(help.list(officer.caller(), commune.id(), reports.today(), reports.today(), null, null, 100).items())
                .filteredOn(HelpRecord::citizen).extracting(HelpRecord::personName).doesNotContain(name).contains(other);
    }

    @Test
    void theErasePageTellsHowManyEntriesWereErasedAndRefusesABadPhone() throws Exception {
        OrgUnit commune = fixtures.unit(Places.VY_DA);
        Fixtures.Officer officer = fixtures.officer(Places.VY_DA);
        help.log(officer.caller(),
                citizen(commune, HelpType.PUBLIC_SERVICE, "Mai Thị " + Fixtures.uniqueGivenName(), "0355111222"));
        var principal = users.loadUserByUsername(officer.username());
        mvc.perform(post("/help/citizens/erase").param("unitId", Long.toString(commune.id())).param("phone", "0355 111 222")
                .with(user(principal)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM help_given WHERE citizen_phone = '0355111222'").query(Long.class).single())
                .isZero();
        assertThatThrownBy(() -> help.eraseCitizen(officer.caller(), commune.id(), "12"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems()).isNotEmpty());
    }

    @Test
    void citizensHelpedBeforeTheRetentionPeriodAreErasedByTheDailyJob() {
        OrgUnit commune = fixtures.unit(Places.VY_DA);
        Caller officer = fixtures.officer(Places.VY_DA).caller();
        String old = "Lò Thị " + Fixtures.uniqueGivenName();
        String recent = "Lò Thị " + Fixtures.uniqueGivenName();
        long oldId = help.log(officer, citizen(commune, HelpType.EWALLET, old, "0988123001"));
        help.log(officer, citizen(commune, HelpType.EWALLET, recent, "0988123002"));
        jdbc.sql("UPDATE help_given SET given_on = DATE '2025-01-02' WHERE id = :id").param("id", oldId).update();

        help.eraseExpiredCitizens();
        assertThat(name(oldId)).as("not older than the 24 months kept").isEqualTo(old);
        assertThat(help.eraseCitizensHelpedBefore(LocalDate.of(2025, 1, 3))).isGreaterThanOrEqualTo(1);
        assertThat(name(oldId)).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM help_given WHERE citizen_name = :n").param("n", recent).query(Long.class)
                .single()).isOne();
        assertThat(jdbc.sql("SELECT type FROM help_given WHERE id = :id").param("id", oldId).query(String.class).single())
                .isEqualTo("EWALLET");
    }

    private String name(long id) {
        return jdbc.sql("SELECT citizen_name FROM help_given WHERE id = :id").param("id", id).query(String.class).optional()
                .orElse(null);
    }

    private Map<HelpType, Long> counts(OrgUnit commune) {
        return help.list(fixtures.admin(), commune.id(), LocalDate.of(2025, 1, 1), reports.today(), null, null, 1).counts();
    }

    private HelpEntry citizen(OrgUnit unit, HelpType type, String name, String phone) {
        return new HelpEntry(unit.id(), reports.today(), null, type, null, null, name, phone, true);
    }
}

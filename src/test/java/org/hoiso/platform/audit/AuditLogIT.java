package org.hoiso.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log: each administrator reads the entries of her own subtree, and no entry holds a CCCD in full. */
@IntegrationTest
class AuditLogIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    Audit audit;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommuneAdministratorReadsTheAuditOfHerSubtreeOnlyAndANationalOneReadsAll() throws Exception {
        Fixtures.Officer phuXuan = fixtures.officer(Places.PHU_XUAN);
        Fixtures.Officer haTu = fixtures.officer(Places.HA_TU);
        long here = fixtures.member("Tôn Nữ Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1980, 1, 2),
                fixtures.unit(Places.PHU_XUAN).id());
        long there = fixtures.member("Vũ Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1981, 3, 4),
                fixtures.unit(Places.HA_TU).id());
        read(phuXuan, here, "10.46.19.75");
        read(haTu, there, "10.22.6.52");
        String marker = "national-only-" + Fixtures.uniqueGivenName();
        audit.record(Audit.Action.UPDATE, "lesson", 1L, null, marker);
        Fixtures.Officer communeAdmin = fixtures.account(Caller.Role.ADMIN, Places.PHU_XUAN);

        String mine = page(communeAdmin.username(), "/admin/audit");
        assertThat(mine).contains("10.46.19.75").contains(phuXuan.username())
                .doesNotContain("10.22.6.52").doesNotContain(haTu.username()).doesNotContain(marker);
        String probed = page(communeAdmin.username(), "/admin/audit?type=member&entity=" + there);
        assertThat(probed).doesNotContain("10.22.6.52").doesNotContain("/members/" + there);

        String national = page("admin", "/admin/audit?type=member&entity=" + there);
        assertThat(national).contains("10.22.6.52").contains(haTu.username());
        assertThat(page("admin", "/admin/audit?type=lesson")).contains(marker);
    }

    @Test
    void aFullCccdTypedAsAFilterIsStoredMasked() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.KIM_LONG);
        LocalDate birth = LocalDate.of(1979, 5, 6);
        String cccd = Fixtures.cccd(birth);
        fixtures.members().register(fixtures.admin(), AMember.valid().named("Hồ Thị " + Fixtures.uniqueGivenName())
                .bornOn(birth).cccd(cccd).inUnit(fixtures.unit(Places.KIM_LONG).id()).input());
        mvc.perform(get("/api/v1/exports/members").param("format", "csv").param("q", cccd)
                .param("unitId", Long.toString(fixtures.unit(Places.KIM_LONG).id()))
                .with(httpBasic(officer.username(), officer.password()))).andExpect(status().isOk());

        String detail = jdbc.sql("SELECT detail FROM audit_log WHERE action = 'EXPORT' AND actor = :a")
                .param("a", officer.username()).query(String.class).single();
        assertThat(detail).doesNotContain(cccd).contains("*********" + cccd.substring(9));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE detail LIKE :d").param("d", "%" + cccd + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theDatabaseRefusesAnAuditDetailWithACccdInFull() {
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO audit_log (actor, action, entity_type, detail) VALUES ('x', 'READ', 'member', 'q=001185000123')
                """).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    private void read(Fixtures.Officer officer, long memberId, String from) throws Exception {
        mvc.perform(get("/api/v1/members/{id}", memberId).with(httpBasic(officer.username(), officer.password())).with(r -> {
            r.setRemoteAddr(from);
            return r;
        })).andExpect(status().isOk());
    }

    private String page(String username, String uri) throws Exception {
        return mvc.perform(get(uri).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}

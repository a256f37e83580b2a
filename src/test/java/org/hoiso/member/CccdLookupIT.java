package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.personaldata.PersonalDataSource;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Registering a member looks her CCCD up in the whole registry ("one citizen, one digital identity"), which tells
 * an officer whether a number belongs to a member elsewhere: only for a unit she may register in, each number found
 * audited in that member's record, and a few numbers found outside her reach a day.
 */
@IntegrationTest
class CccdLookupIT {

    private static final LocalDate BIRTH = LocalDate.of(1986, 4, 7);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<PersonalDataSource> personalData;

    @Test
    void aNumberFoundElsewhereIsAuditedInTheRecordOfTheMemberWhoHoldsIt() throws Exception {
        String cccd = Fixtures.cccd(BIRTH);
        long holder = fixtures.members().register(fixtures.admin(),
                AMember.valid().named("Phạm Thị " + Fixtures.uniqueGivenName())
                        .bornOn(BIRTH).cccd(cccd).inUnit(fixtures.unit(Places.CAO_XANH).id()).input());
        Fixtures.Officer officer = fixtures.officer(Places.VY_DA);

        String answer = register(officer, cccd, Places.VY_DA);
        assertThat(answer).contains("member.cccd.duplicateElsewhere").doesNotContain("Cao Xanh");
        register(officer, cccd, Places.VY_DA);

        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT action, unit_id, detail FROM audit_log WHERE entity_type = 'member' AND entity_id = :m AND actor = :a
                """).param("m", holder).param("a", officer.username()).query().listOfRows();
        assertThat(rows).as("one entry however often she asks the same day").hasSize(1);
        assertThat(rows.get(0)).containsEntry("action", "LOOKUP").containsEntry("unit_id", fixtures.unit(Places.CAO_XANH).id());
        assertThat((String) rows.get(0).get("detail")).doesNotContain(cccd);
        String log = personalData.stream().filter(s -> s.section().equals("accessLog")).findFirst().orElseThrow()
                .about(holder).toString();
        assertThat(log).contains(officer.username()).contains("LOOKUP");
    }

    @Test
    void afterTenNumbersFoundOutsideHerReachInADayHerCccdChecksStopUntilTheNextDay() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.THUAN_HOA);
        long elsewhere = fixtures.unit(Places.CAO_XANH).id();
        for (int i = 0; i < 10; i++) {
            String held = Fixtures.cccd(BIRTH);
            fixtures.members().register(fixtures.admin(),
                    AMember.valid().named("Lê Thị " + Fixtures.uniqueGivenName()).bornOn(BIRTH).cccd(held).inUnit(elsewhere)
                            .input());
            assertThat(register(officer, held, Places.THUAN_HOA)).as("number " + (i + 1))
                    .contains("member.cccd.duplicateElsewhere");
        }
        String eleventh = Fixtures.cccd(BIRTH);
        fixtures.members().register(fixtures.admin(),
                AMember.valid().named("Lê Thị " + Fixtures.uniqueGivenName()).bornOn(BIRTH).cccd(eleventh).inUnit(elsewhere)
                        .input());
        String fresh = Fixtures.cccd(BIRTH);

        assertThat(register(officer, eleventh, Places.THUAN_HOA)).contains("member.cccd.lookupLimit")
                .doesNotContain("member.cccd.duplicate");
        assertThat(register(officer, fresh, Places.THUAN_HOA)).as("a free number is not told apart either")
                .contains("member.cccd.lookupLimit");
        assertThat(register(fixtures.officer(Places.THUAN_HOA), fresh, Places.THUAN_HOA)).as("her colleague's allowance is hers")
                .contains("\"id\"");

        jdbc.sql("UPDATE member_cccd_found SET day = day - 1 WHERE user_id = :u").param("u", officer.caller().userId()).update();
        assertThat(register(officer, eleventh, Places.THUAN_HOA)).as("the next day").contains("member.cccd.duplicateElsewhere");
    }

    private String register(Fixtures.Officer who, String cccd, String unitCode) throws Exception {
        String body = """
                {"fullName": "Trần Thị Thử", "birthDate": "%s", "nationalId": "%s", "unitId": %d, "joinedOn": "2010-01-01"}
                """.formatted(BIRTH, cccd, fixtures.unit(unitCode).id());
        return mvc.perform(post("/api/v1/members").with(httpBasic(who.username(), who.password()))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
    }
}

package org.hoiso.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Array;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.hoiso.card.MemberCards;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.personaldata.PersonalDataSource;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.skills.help.HelpEntry;
import org.hoiso.skills.help.HelpLog;
import org.hoiso.skills.help.HelpType;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads of personal data that show many members at once (a search, a list, an export, a card check) are audited:
 * one entry with the ids shown, which "who read my record" finds by her id.
 */
@IntegrationTest
class ReadsOfManyAuditIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Audit audit;
    @Autowired
    MemberCards cards;
    @Autowired
    HelpLog help;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    List<PersonalDataSource> personalData;

    @Test
    void aSearchIsOneEntryWithTheIdsItShowedAndEachOfThemSeesItInWhoReadHerRecord() throws Exception {
        OrgUnit branch = fixtures.branch(Places.HUONG_AN, "Chi hội " + Fixtures.uniqueGivenName());
        String family = "Hoàng " + Fixtures.uniqueGivenName();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(fixtures.member(family + " Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1970 + i, 1, 1), branch.id()));
        }
        Fixtures.Officer officer = fixtures.officer(Places.HUONG_AN);
        mvc.perform(get("/api/v1/members").param("unitId", Long.toString(branch.id())).param("q", family)
                .with(httpBasic(officer.username(), officer.password()))).andExpect(status().isOk());

        List<Map<String, Object>> rows = entriesBy(officer);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("action", "READ").containsEntry("unit_id", branch.id());
        assertThat(rows.get(0).get("ids")).asString().contains(ids.stream().map(String::valueOf).toList());
        for (long id : ids) {
            assertThat(accessLog(id)).contains(officer.username());
        }
    }

    @Test
    void aSearchByCccdKeepsTheNumberMaskedAndTheIdOfWhomItFound() throws Exception {
        LocalDate birth = LocalDate.of(1977, 7, 7);
        String cccd = Fixtures.cccd(birth);
        long id = fixtures.members().register(fixtures.admin(), AMember.valid().named("Đoàn Thị " + Fixtures.uniqueGivenName())
                .bornOn(birth).cccd(cccd).inUnit(fixtures.unit(Places.HUONG_AN).id()).input());
        Fixtures.Officer officer = fixtures.officer(Places.HUONG_AN);
        mvc.perform(get("/api/v1/members").param("q", cccd).with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isOk());

        List<Map<String, Object>> rows = entriesBy(officer);
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("ids")).asString().isEqualTo("{" + id + "}"));
        assertThat(rows).allSatisfy(r -> assertThat((String) r.get("detail")).doesNotContain(cccd));
    }

    @Test
    void anExportIsAuditedWithTheIdsOfEveryMemberInIt() throws Exception {
        OrgUnit branch = fixtures.branch(Places.HUONG_AN, "Chi hội " + Fixtures.uniqueGivenName());
        long a = fixtures.member("Mạc Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1960, 2, 2), branch.id());
        long b = fixtures.member("Mạc Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1961, 2, 2), branch.id());
        Fixtures.Officer officer = fixtures.officer(Places.HUONG_AN);
        mvc.perform(get("/api/v1/exports/members").param("format", "csv").param("unitId", Long.toString(branch.id()))
                .with(httpBasic(officer.username(), officer.password()))).andExpect(status().isOk());

        List<Map<String, Object>> rows = entriesBy(officer);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("action", "EXPORT");
        assertThat(rows.get(0).get("ids")).asString().contains(a + "", b + "");
        assertThat(accessLog(a)).contains(officer.username()).contains("EXPORT");
    }

    @Test
    void aMillionIdsAreAHundredEntriesNotAMillion() {
        long[] many = LongStream.rangeClosed(1, 1_000_000).map(i -> -i).toArray();
        String marker = "bulk-" + Fixtures.uniqueGivenName();
        tx.executeWithoutResult(s -> audit.readMembers(Audit.Action.EXPORT, "member", null, many, marker));
        List<Integer> sizes = jdbc.sql("SELECT cardinality(member_ids) FROM audit_log WHERE detail = :d ORDER BY id")
                .param("d", marker).query(Integer.class).list();
        assertThat(sizes).hasSize(100).containsOnly(10_000);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE member_ids @> ARRAY[CAST(-777777 AS bigint)]")
                .query(Long.class).single()).isOne();
    }

    @Test
    void aCardCheckThatNamesHerAndAHelpListThatShowsHerAreInHerRecord() throws Exception {
        OrgUnit commune = fixtures.unit(Places.HUONG_AN);
        Fixtures.Officer officer = fixtures.officer(Places.HUONG_AN);
        long id = fixtures.member("Kha Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1975, 5, 5), commune.id());
        String token = cards.issue(officer.caller(), id).token();
        Fixtures.Officer checker = fixtures.officer(Places.HUONG_AN);
        mvc.perform(post("/api/v1/cards/verify").with(httpBasic(checker.username(), checker.password()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"token\": \"" + token + "\"}")).andExpect(status().isOk());
        assertThat(accessLog(id)).contains(checker.username());

        help.log(officer.caller(), new HelpEntry(commune.id(), LocalDate.now(VietnameseText.ZONE), null, HelpType.EWALLET, null,
                id, null, null, false));
        Fixtures.Officer reader = fixtures.officer(Places.HUONG_AN);
        mvc.perform(get("/api/v1/help").param("unitId", Long.toString(commune.id())).param("from", "2025-01-01")
                .param("to", LocalDate.now(VietnameseText.ZONE).toString()).with(httpBasic(reader.username(), reader.password())))
                .andExpect(status().isOk());
        assertThat(accessLog(id)).contains(reader.username());
    }

    private List<Map<String, Object>> entriesBy(Fixtures.Officer officer) {
        return jdbc.sql("SELECT action, unit_id, detail, member_ids AS ids FROM audit_log WHERE actor = :a ORDER BY id")
                .param("a", officer.username()).query((rs, n) -> {
                    Array ids = rs.getArray("ids");
                    return Map.<String, Object>of("action", rs.getString("action"), "unit_id", rs.getLong("unit_id"),
                            "detail", String.valueOf(rs.getString("detail")),
                            "ids", ids == null
                                    ? "null"
                                    : "{" + String.join(",", Arrays.stream((Object[]) ids.getArray())
                                            .map(String::valueOf).toList()) + "}");
                }).list();
    }

    private String accessLog(long memberId) {
        return personalData.stream().filter(s -> s.section().equals("accessLog")).findFirst().orElseThrow().about(memberId)
                .toString();
    }
}

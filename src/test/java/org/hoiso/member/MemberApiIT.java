package org.hoiso.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class MemberApiIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private static String json(String name, String birth, String cccd, long unitId, String joined, String phone) {
        return """
                {"fullName": "%s", "birthDate": "%s", "nationalId": "%s", "unitId": %d, "joinedOn": "%s", "phone": %s,
                 "hasSmartphone": true, "vneidLevel": 2}
                """.formatted(name, birth, cccd, unitId, joined, phone == null ? "null" : "\"" + phone + "\"");
    }

    private ResultActions create(Fixtures.Officer who, String body) throws Exception {
        return mvc.perform(post("/api/v1/members").with(httpBasic(who.username(), who.password()))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long created(ResultActions r) throws Exception {
        String body = r.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void registersAMemberStoringNfcTextAndANormalisedPhone() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        String nfdName = Normalizer.normalize("  nguyễn   THỊ  " + Fixtures.uniqueGivenName(), Normalizer.Form.NFD);
        String cccd = Fixtures.cccd(LocalDate.of(1985, 3, 5));
        long id = created(create(officer,
                json(nfdName, "1985-03-05", cccd, fixtures.unit(Places.BA_DINH).id(), "2010-01-01", "+84 912 345 678")));

        String stored = jdbc.sql("SELECT full_name FROM member WHERE id = :id").param("id", id).query(String.class).single();
        assertThat(Normalizer.isNormalized(stored, Normalizer.Form.NFC)).isTrue();
        assertThat(stored).startsWith("Nguyễn Thị ");
        mvc.perform(get("/api/v1/members/{id}", id).with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("0912345678"))
                .andExpect(jsonPath("$.nationalId").value(cccd))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
    }

    @Test
    void eachBrokenCccdRuleGetsItsOwnMessageInVietnameseAndEnglish() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        long unit = fixtures.unit(Places.BA_DINH).id();
        // 003: no such province; 0: male; 1900s fine; 86 ≠ 85
        String body = json("Trần Thị Mai", "1985-03-05", "003086123456", unit, "2010-01-01", null);
        create(officer, body)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[0].code").value("member.cccd.province"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Ba số đầu của CCCD (003) không phải mã tỉnh nơi đăng ký khai sinh hợp lệ."))
                .andExpect(jsonPath("$.errors[1].code").value("member.cccd.gender"))
                .andExpect(jsonPath("$.errors[2].code").value("member.cccd.year"))
                .andExpect(jsonPath("$.errors[2].field").value("nationalId"));
        mvc.perform(post("/api/v1/members").with(httpBasic(officer.username(), officer.password()))
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.errors[1].message").value("The fourth digit is even, which means male; members are women."));
    }

    @Test
    void refusesAMemberUnderEighteenAtJoining() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        create(officer,
                json("Vũ Thị Ngọc", "2008-05-01", Fixtures.cccd(LocalDate.of(2008, 5, 1)), fixtures.unit(Places.BA_DINH).id(),
                        "2026-01-01", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("joinedOn"))
                .andExpect(jsonPath("$.errors[0].message").value("Hội viên phải đủ 18 tuổi khi vào Hội."));
    }

    @Test
    void aSecondRegistrationWithinTheProvinceNamesTheUnitOfTheFirst() throws Exception {
        String cccd = registeredInBaDinh();
        Fixtures.Officer province = fixtures.officer(Places.HA_NOI);
        create(province, json("Đỗ Thị Hằng", "1979-09-02", cccd, fixtures.unit(Places.NGOC_HA).id(), "2000-01-01", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Số CCCD này đã thuộc một hội viên đang sinh hoạt tại Phường Ba Đình."));
    }

    @Test
    void aSecondRegistrationInAnotherProvinceDoesNotNameTheUnit() throws Exception {
        String cccd = registeredInBaDinh();
        Fixtures.Officer elsewhere = fixtures.officer(Places.HONG_BANG); // a commune of another province
        create(elsewhere, json("Đỗ Thị Hằng", "1979-09-02", cccd, fixtures.unit(Places.HONG_BANG).id(), "2000-01-01", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("member.cccd.duplicateElsewhere"))
                .andExpect(content().string(not(containsString("Ba Đình"))));
    }

    /** The CCCD of Đỗ Thị Hằng, registered by an officer of Ba Đình. */
    private String registeredInBaDinh() throws Exception {
        String cccd = Fixtures.cccd(LocalDate.of(1979, 9, 2));
        Fixtures.Officer first = fixtures.officer(Places.BA_DINH);
        created(create(first, json("Đỗ Thị Hằng", "1979-09-02", cccd, fixtures.unit(Places.BA_DINH).id(), "2000-01-01", null)));
        return cccd;
    }

    @Test
    void aMemberWhoLeftDoesNotBlockHerRegistrationElsewhere() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        String cccd = Fixtures.cccd(LocalDate.of(1990, 2, 3));
        long id = created(create(officer,
                json("Bùi Thị Thảo", "1990-02-03", cccd, fixtures.unit(Places.BA_DINH).id(), "2012-01-01", null)));
        leave(officer, id).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("LEFT"));
        Fixtures.Officer other = fixtures.officer(Places.NGOC_HA);
        long again = created(
                create(other, json("Bùi Thị Thảo", "1990-02-03", cccd, fixtures.unit(Places.NGOC_HA).id(), "2025-06-01", null)));
        assertThat(again).isNotEqualTo(id);
    }

    @Test
    void herOldRecordCannotComeBackToLifeWhileHerNewOneLives() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        String cccd = Fixtures.cccd(LocalDate.of(1990, 2, 3));
        long id = created(create(officer,
                json("Bùi Thị Thảo", "1990-02-03", cccd, fixtures.unit(Places.BA_DINH).id(), "2012-01-01", null)));
        leave(officer, id).andExpect(status().isOk());
        created(create(fixtures.officer(Places.NGOC_HA),
                json("Bùi Thị Thảo", "1990-02-03", cccd, fixtures.unit(Places.NGOC_HA).id(), "2025-06-01", null)));

        mvc.perform(post("/api/v1/members/{id}/status", id).with(httpBasic(officer.username(), officer.password()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"ACTIVE\", \"date\": \"2025-07-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].code").value("member.cccd.duplicateElsewhere"));
    }

    private ResultActions leave(Fixtures.Officer officer, long id) throws Exception {
        return mvc.perform(post("/api/v1/members/{id}/status", id).with(httpBasic(officer.username(), officer.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"LEFT\", \"date\": \"2025-01-01\", \"reason\": \"Chuyển vào Nam\"}"));
    }

    @Test
    void findsAMemberByHerNameTypedWithoutDiacriticsOrCaseInsideTheSubtreeOnly() throws Exception {
        String given = Fixtures.uniqueGivenName();
        long id = fixtures.member("Nguyễn Thị Hoà " + given, LocalDate.of(1975, 4, 30), fixtures.unit(Places.BA_DINH).id());
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        mvc.perform(get("/api/v1/members").param("q", "NGUYEN thi hoa " + given.toLowerCase())
                .with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].fullName").value("Nguyễn Thị Hoà " + given))
                .andExpect(jsonPath("$.items[0].nationalIdMasked").value(Matchers.startsWith("*********")));
        Fixtures.Officer other = fixtures.officer(Places.NGOC_HA);
        mvc.perform(
                get("/api/v1/members").param("q", "nguyen thi hoa " + given).with(httpBasic(other.username(), other.password())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void findsByCccdAndByPhoneInAnyTypedForm() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        LocalDate birth = LocalDate.of(1988, 8, 8);
        String cccd = Fixtures.cccd(birth);
        long id = created(create(officer, json("Hồ Thị Xuân", "1988-08-08", cccd, fixtures.unit(Places.BA_DINH).id(),
                "2010-01-01", "0388 123 " + cccd.substring(9))));
        mvc.perform(get("/api/v1/members").param("q", cccd.substring(0, 3) + " " + cccd.substring(3, 6) + " " + cccd.substring(6))
                .with(httpBasic(officer.username(), officer.password())))
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
        mvc.perform(get("/api/v1/members").param("q", "+84 388 123 " + cccd.substring(9))
                .with(httpBasic(officer.username(), officer.password())))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void pagesThroughResultsWithAKeysetCursor() throws Exception {
        OrgUnit branch = fixtures.branch(Places.GIANG_VO, "Chi hội phân trang");
        String given = Fixtures.uniqueGivenName();
        for (int i = 0; i < 5; i++) {
            fixtures.member("Lê Thị " + given, LocalDate.of(1960 + i, 1, 1), branch.id());
        }
        String first = mvc.perform(get("/api/v1/members").param("q", "le thi " + given).param("unitId", "" + branch.id())
                .param("limit", "2").with(httpBasic("admin", "admin-test-password")))
                .andExpect(jsonPath("$.items.length()").value(2)).andReturn().getResponse().getContentAsString();
        Set<Integer> seen = new HashSet<>(JsonPath.read(first, "$.items[*].id"));
        String cursor = JsonPath.read(first, "$.next");
        while (cursor != null) {
            String page = mvc.perform(get("/api/v1/members").param("q", "le thi " + given).param("unitId", "" + branch.id())
                    .param("limit", "2").param("after", cursor).with(httpBasic("admin", "admin-test-password")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Integer> ids = JsonPath.read(page, "$.items[*].id");
            ids.forEach(i -> assertThat(seen.add(i)).as("no row twice").isTrue());
            cursor = JsonPath.read(page, "$.next");
        }
        assertThat(seen).hasSize(5);
    }

    @Test
    void aGarbledCursorIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/members").param("after", "%%%garbage").with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void filtersByStatusAndDigitalProfile() throws Exception {
        OrgUnit branch = fixtures.branch(Places.HOAN_KIEM, "Chi hội lọc");
        String given = Fixtures.uniqueGivenName();
        LocalDate birth = LocalDate.of(1970, 1, 1);
        fixtures.member("Phan Thị " + given, birth, branch.id());
        var noPhone = AMember.valid().named("Phan Thị " + given).bornOn(birth).inUnit(branch.id())
                .smartphone(false).vneidLevel(0).ewallet(false).digitalSkill(0).input();
        created(create(fixtures.officer(Places.HOAN_KIEM), """
                {"fullName": "%s", "birthDate": "1970-01-01", "nationalId": "%s", "unitId": %d, "joinedOn": "1995-01-01",
                 "hasSmartphone": false, "vneidLevel": 0}""".formatted(noPhone.fullName(), noPhone.nationalId(), branch.id())));
        mvc.perform(get("/api/v1/members").param("unitId", "" + branch.id()).param("hasSmartphone", "false")
                .with(httpBasic("admin", "admin-test-password")))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get("/api/v1/members").param("unitId", "" + branch.id()).param("vneidLevel", "2").param("status", "ACTIVE")
                .with(httpBasic("admin", "admin-test-password")))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void aTransferMovesTheMemberAndBothSidesSeeIt() throws Exception {
        Fixtures.Officer sender = fixtures.officer(Places.BA_DINH);
        Fixtures.Officer receiver = fixtures.officer(Places.HONG_BANG);
        String given = Fixtures.uniqueGivenName();
        long id = fixtures.member("Ngô Thị " + given, LocalDate.of(1982, 6, 6), fixtures.unit(Places.BA_DINH).id());
        long target = fixtures.unit(Places.HONG_BANG).id();
        long countBefore = JsonPath.<Integer>read(mvc.perform(get("/api/v1/members/counts").param("unitId", "" + target)
                .with(httpBasic(receiver.username(), receiver.password()))).andReturn().getResponse().getContentAsString(),
                "$.active");

        mvc.perform(post("/api/v1/members/{id}/transfer", id).with(httpBasic(sender.username(), sender.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"toUnitId\": " + target + ", \"date\": \"2026-05-01\", \"reason\": \"Theo chồng\"}"))
                .andExpect(status().isOk());

        // the sender no longer sees her record, but sees the transfer out
        mvc.perform(get("/api/v1/members/{id}", id).with(httpBasic(sender.username(), sender.password())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/transfers").param("direction", "out").with(httpBasic(sender.username(), sender.password())))
                .andExpect(jsonPath("$[?(@.memberId == " + id + ")].toUnitName").value("Phường Hồng Bàng"));
        // the receiver sees her, the transfer in, and the history
        mvc.perform(get("/api/v1/members/{id}", id).with(httpBasic(receiver.username(), receiver.password())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unitId").value(target));
        mvc.perform(get("/api/v1/transfers").param("direction", "in").with(httpBasic(receiver.username(), receiver.password())))
                .andExpect(jsonPath("$[?(@.memberId == " + id + ")].fromUnitName").value("Phường Ba Đình"));
        mvc.perform(get("/api/v1/members/{id}/history", id).with(httpBasic(receiver.username(), receiver.password())))
                .andExpect(jsonPath("$[1].kind").value("TRANSFER"))
                .andExpect(jsonPath("$[1].reason").value("Theo chồng"));
        mvc.perform(get("/api/v1/members/counts").param("unitId", "" + target)
                .with(httpBasic(receiver.username(), receiver.password())))
                .andExpect(jsonPath("$.active").value((int) countBefore + 1));
    }

    @Test
    void aViewerSeesAMaskedCccdAndNoEthnicity() throws Exception {
        long id = fixtures.member("Dương Thị Yến", LocalDate.of(1966, 6, 1), fixtures.unit(Places.BA_DINH).id());
        Fixtures.Officer viewer = fixtures.account(Caller.Role.VIEWER, Places.BA_DINH);
        mvc.perform(get("/api/v1/members/{id}", id).with(httpBasic(viewer.username(), viewer.password())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nationalId").value(Matchers.startsWith("*********")))
                .andExpect(jsonPath("$.ethnicityCode").doesNotExist());
    }

    @Test
    void aViewerCannotChangeAStatus() throws Exception {
        long id = fixtures.member("Dương Thị Yến", LocalDate.of(1966, 6, 1), fixtures.unit(Places.BA_DINH).id());
        Fixtures.Officer viewer = fixtures.account(Caller.Role.VIEWER, Places.BA_DINH);
        mvc.perform(post("/api/v1/members/{id}/status", id).with(httpBasic(viewer.username(), viewer.password()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"LEFT\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUpdateChangesTheRecordButNotItsUnitAndRaisesTheVersion() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        String cccd = Fixtures.cccd(LocalDate.of(1977, 7, 7));
        long id = created(
                create(officer, json("Lý Thị Nga", "1977-07-07", cccd, fixtures.unit(Places.BA_DINH).id(), "2000-01-01", null)));
        update(officer, id, cccd)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value("0977000111"))
                .andExpect(jsonPath("$.unitId").value(fixtures.unit(Places.BA_DINH).id()))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void anUpdateFromAStaleVersionIsAConflict() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        String cccd = Fixtures.cccd(LocalDate.of(1977, 7, 7));
        long id = created(
                create(officer, json("Lý Thị Nga", "1977-07-07", cccd, fixtures.unit(Places.BA_DINH).id(), "2000-01-01", null)));
        update(officer, id, cccd).andExpect(status().isOk());

        update(officer, id, cccd)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("member.version.stale"));
    }

    /** Lý Thị Nga's record as read at version 0, with a phone and another unit. */
    private ResultActions update(Fixtures.Officer officer, long id, String cccd) throws Exception {
        String update = json("Lý Thị Nga", "1977-07-07", cccd, fixtures.unit(Places.NGOC_HA).id(), "2000-01-01", "0977000111");
        return mvc.perform(
                put("/api/v1/members/{id}", id).param("version", "0").with(httpBasic(officer.username(), officer.password()))
                        .contentType(MediaType.APPLICATION_JSON).content(update));
    }

    @Test
    void unreadableJsonGetsAProblemAndNoStackTrace() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        create(officer, "{\"fullName\": \"x\", \"birthDate\": \"05/03/1985\"")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("error.unreadable"))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void aMemberIdThatIsNotANumberIsABadParameter() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        mvc.perform(get("/api/v1/members/{id}", "abc").with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("error.parameter"));
    }

    @Test
    void aFailedRegistrationLeavesNothingBehind() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM member").query(Long.class).single();
        long auditBefore = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
        create(fixtures.officer(Places.BA_DINH),
                json("Hà Thị Lụa", "1985-03-05", "001085000001", fixtures.unit(Places.BA_DINH).id(), "2010-01-01", null))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT count(*) FROM member").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action <> 'ACCOUNT'").query(Long.class).single())
                .isLessThanOrEqualTo(auditBefore);
    }

    @Test
    void countsOfEveryLevelFollowRegistrationsAndStatusChanges() throws Exception {
        long central = fixtures.centralId();
        long province = fixtures.unit(Places.HO_CHI_MINH_CITY).id();
        var branch = fixtures.branch(Places.THU_DAU_MOT, "Chi hội đếm");
        long[] before = {active(central), active(province), active(branch.id())};
        long id = fixtures.member("Tôn Nữ Thị Hà", LocalDate.of(1983, 3, 3), branch.id());
        assertThat(new long[] {active(central), active(province), active(branch.id())})
                .containsExactly(before[0] + 1, before[1] + 1, before[2] + 1);
        mvc.perform(post("/api/v1/members/{id}/status", id).with(httpBasic("admin", "admin-test-password"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"DECEASED\", \"date\": \"2026-01-02\"}"))
                .andExpect(status().isOk());
        assertThat(new long[] {active(central), active(province), active(branch.id())}).containsExactly(before);
        mvc.perform(get("/api/v1/members/counts").param("unitId", "" + central).with(httpBasic("admin", "admin-test-password")))
                .andExpect(jsonPath("$.deceased").value(Matchers.greaterThanOrEqualTo(1)));
    }

    private long active(long unitId) throws Exception {
        String body = mvc
                .perform(get("/api/v1/members/counts").param("unitId", "" + unitId)
                        .with(httpBasic("admin", "admin-test-password")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.active")).longValue();
    }
}

package org.hoiso.skills.help;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.hamcrest.Matchers;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.reporting.Catalogue;
import org.hoiso.reporting.Period;
import org.hoiso.reporting.Periodicity;
import org.hoiso.reporting.Report;
import org.hoiso.reporting.Reports;
import org.hoiso.reporting.Value;
import org.hoiso.reporting.ValueKey;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class HelpLogIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    HelpLog help;
    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private long helpRows() {
        return jdbc.sql("SELECT count(*) FROM help_given").query(Long.class).single();
    }

    /** A member of that branch, designated for it as a community digital-team member, as her login calls. */
    private Caller designatedFor(OrgUnit branch) {
        String name = "Lương Thị " + Fixtures.uniqueGivenName();
        long member = fixtures.member(name, LocalDate.of(1992, 6, 1), branch.id());
        help.designate(fixtures.officer(Places.BACH_DICH).caller(), member, branch.id(), HelperKind.COMMUNITY_TEAM);
        return Caller.member(0, "hv-" + member, name, member);
    }

    private Caller designatedForANewBranch(String branchName) {
        return designatedFor(fixtures.branch(Places.BACH_DICH, branchName));
    }

    /** A citizen's help posted to the API by an officer of Mậu Duệ. */
    private ResultActions postHelp(String givenOn, String phone, boolean consent) throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.MAU_DUE);
        String body = """
                {"unitId": %d, "givenOn": "%s", "type": "EWALLET", "citizenName": "Đèo Thị Lan", "citizenPhone": "%s", "consent": %s}
                """
                .formatted(fixtures.unit(Places.MAU_DUE).id(), givenOn, phone, consent);
        return mvc.perform(post("/api/v1/help").with(httpBasic(officer.username(), officer.password()))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static SessionEntry session(long unitId, LocalDate day, List<String> people) {
        return new SessionEntry(unitId, day, "Nhà văn hóa thôn 2", List.of(HelpType.SCAM_AWARENESS), null, people, true);
    }

    @Test
    void helpLoggedInAMonthIsCountedInThatMonthsReportByTypeAndPeople() throws Exception {
        OrgUnit commune = fixtures.unit(Places.BACH_DICH);
        OrgUnit branch = fixtures.branch(Places.BACH_DICH, "Chi hội thôn Bạch Đích 2");
        long member = fixtures.member("Hoàng Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1990, 3, 4), branch.id());
        Fixtures.Officer account = fixtures.officer(Places.BACH_DICH);
        Caller officer = account.caller();
        Period period = Period.containing(Periodicity.MONTHLY, reports.today()).previous();
        LocalDate day = period.start();

        help.log(officer,
                new HelpEntry(commune.id(), day, "Nhà văn hóa", HelpType.VNEID_INSTALL, null, member, null, null, false));
        help.log(officer, new HelpEntry(branch.id(), day.plusDays(1), null, HelpType.VNEID_LEVEL2, null, null, "Lý Thị Pà",
                "0912 345 678", true));
        // the month after: not counted
        help.log(officer, new HelpEntry(branch.id(), period.end().plusDays(1), null, HelpType.VNEID_LEVEL2, null, member, null,
                null, false));

        List<String> people = List.of("Sùng Thị Mai, 0987000001", "Lý Thị Pà, +84912345678", "Giàng Thị Dế, 0987000003",
                "Vừ Thị Dua, 0987000004", "Thào Thị Sinh, 0987000005");
        assertThat(help.logSession(officer, session(branch.id(), day.plusDays(2), people)).helps()).isEqualTo(5);

        Report r = reports.open(officer, catalogue.form("HV_THANG").id(), commune.id(), period);
        Map<ValueKey, Value> values = reports.entry(officer, r.id()).values();
        assertThat(values.get(new ValueKey("HELP_GIVEN_BY_TYPE", "VNEID_INSTALL")).num()).isEqualByComparingTo("1");
        assertThat(values.get(new ValueKey("HELP_GIVEN_BY_TYPE", "VNEID_LEVEL2")).num()).isEqualByComparingTo("1");
        assertThat(values.get(new ValueKey("HELP_GIVEN_BY_TYPE", "SCAM_AWARENESS")).num()).isEqualByComparingTo("5");
        assertThat(values.get(new ValueKey("HELP_GIVEN_BY_TYPE", "EWALLET")).num()).isEqualByComparingTo("0");
        assertThat(values.get(new ValueKey("HELP_GIVEN_BY_TYPE", "OTHER")).num()).isEqualByComparingTo("0");
        // one member, and five citizens told apart by phone (Lý Thị Pà came twice)
        assertThat(values.get(new ValueKey("PEOPLE_HELPED", "")).num()).isEqualByComparingTo("6");
        mvc.perform(get("/reports/" + r.id()).with(user(users.loadUserByUsername(account.username()))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("III. Tổ công nghệ số cộng đồng")));
    }

    @Test
    void aSessionWithOneBadLineNamesItAndWritesNothing() {
        OrgUnit commune = fixtures.unit(Places.MAU_DUE);
        Caller officer = fixtures.officer(Places.MAU_DUE).caller();
        List<String> people = List.of("Sùng Thị Mai, 0987000001", "Lý Thị Pà, +84912345678", "Giàng Thị Dế, 0987000003",
                "Vừ Thị Dua, 0987 12", "Thào Thị Sinh, 0987000005");
        long before = helpRows();

        assertThatThrownBy(() -> help.logSession(officer, session(commune.id(), reports.today(), people)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::code, p -> p.args().get(0))
                        .containsExactly(tuple("help.session.badPhone", 4)));
        assertThat(helpRows()).as("a session with a bad line writes nothing").isEqualTo(before);
    }

    @Test
    void theListMasksPhonesCountsByTypeAndItsReadIsAudited() {
        OrgUnit commune = fixtures.unit(Places.MAU_DUE);
        Caller officer = fixtures.officer(Places.MAU_DUE).caller();
        LocalDate today = reports.today();
        help.log(officer,
                new HelpEntry(commune.id(), today, null, HelpType.EWALLET, null, null, "Đèo Thị Lan", "0971234567", true));
        help.log(officer, new HelpEntry(commune.id(), today, null, HelpType.OTHER, "Cài ứng dụng ngân hàng", null, "Đèo Thị Lan",
                "0971234567", true));
        long audits = jdbc
                .sql("SELECT count(*) FROM audit_log WHERE action = 'READ' AND entity_type = 'help_given' AND unit_id = :u")
                .param("u", commune.id()).query(Long.class).single();

        HelpPage page = help.list(officer, commune.id(), today.withDayOfMonth(1), today, null, null, 1);
        assertThat(page.items()).hasSize(1);
        assertThat(page.next()).isNotNull();
        assertThat(page.items().get(0).phoneMasked()).isEqualTo("09xx xxx 567");
        assertThat(page.counts().get(HelpType.EWALLET)).isGreaterThanOrEqualTo(1);
        HelpPage rest = help.list(officer, commune.id(), today.withDayOfMonth(1), today, null, page.next(), 100);
        assertThat(rest.items()).extracting(HelpRecord::id).doesNotContain(page.items().get(0).id());
        assertThat(
                jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'READ' AND entity_type = 'help_given' AND unit_id = :u")
                        .param("u", commune.id()).query(Long.class).single())
                .isEqualTo(audits + 2);
    }

    @Test
    void aDesignatedMemberLogsForHerUnitOnlyWhileDesignated() {
        OrgUnit branch = fixtures.branch(Places.BACH_DICH, "Chi hội thôn Bạch Đích 3");
        String name = "Lương Thị " + Fixtures.uniqueGivenName();
        long ambassador = fixtures.member(name, LocalDate.of(1992, 6, 1), branch.id());
        long neighbour = fixtures.member("Lường Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1970, 6, 1), branch.id());
        Caller officer = fixtures.officer(Places.BACH_DICH).caller();
        Caller her = Caller.member(0, "hv-" + ambassador, name, ambassador);
        HelpEntry forNeighbour = new HelpEntry(branch.id(), reports.today(), null, HelpType.PUBLIC_SERVICE, null, neighbour, null,
                null, false);

        assertThatThrownBy(() -> help.log(her, forNeighbour)).hasMessage("help.notAllowed");
        help.designate(officer, ambassador, branch.id(), HelperKind.COMMUNITY_TEAM);
        assertThat(help.helpers(officer, branch.id())).extracting(Helper::memberName, Helper::kind)
                .containsExactly(Tuple.tuple(name, HelperKind.COMMUNITY_TEAM));
        assertThat(help.searchMembers(her, branch.id(), "Lường")).extracting(HelpLog.MemberChoice::id).contains(neighbour);

        assertThat(help.log(her, forNeighbour)).isPositive();
        assertThat(jdbc.sql("SELECT logged_by_member_id FROM help_given WHERE helped_member_id = :m").param("m", neighbour)
                .query(Long.class).single()).isEqualTo(ambassador);

        help.endDesignation(officer, ambassador, branch.id(), HelperKind.COMMUNITY_TEAM);
        assertThatThrownBy(() -> help.log(her, forNeighbour)).hasMessage("help.notAllowed");
        assertThat(help.helpers(officer, branch.id())).isEmpty();
    }

    @Test
    void aDesignatedMemberCannotLogForAnotherBranchOfHerCommune() {
        Caller her = designatedForANewBranch("Chi hội thôn Bạch Đích 6");
        OrgUnit group = fixtures.branch(Places.BACH_DICH, "Chi hội thôn Bạch Đích 4");
        HelpEntry elsewhere = new HelpEntry(group.id(), reports.today(), null, HelpType.PUBLIC_SERVICE, null, null, "Lò Thị Xa",
                "0912000111", true);
        assertThatThrownBy(() -> help.log(her, elsewhere)).hasMessage("help.notAllowed");
    }

    @Test
    void aDesignatedMemberCannotLogForAnotherCommune() {
        Caller her = designatedForANewBranch("Chi hội thôn Bạch Đích 7");
        HelpEntry otherCommune = new HelpEntry(fixtures.unit(Places.MAU_DUE).id(), reports.today(), null, HelpType.PUBLIC_SERVICE,
                null, null,
                "Lò Thị Xa", "0912000111", true);
        assertThatThrownBy(() -> help.log(her, otherCommune)).hasMessage("help.notAllowed");
    }

    @Test
    void aDesignatedMemberCannotSearchTheMembersOfAnotherBranch() {
        Caller her = designatedForANewBranch("Chi hội thôn Bạch Đích 8");
        OrgUnit group = fixtures.branch(Places.BACH_DICH, "Chi hội thôn Bạch Đích 9");
        assertThatThrownBy(() -> help.searchMembers(her, group.id(), "Lường")).hasMessage("help.notAllowed");
    }

    @Test
    void aDesignatedMemberDoesNotReadTheHelpLog() {
        OrgUnit branch = fixtures.branch(Places.BACH_DICH, "Chi hội thôn Bạch Đích 10");
        Caller her = designatedFor(branch);
        assertThatThrownBy(() -> help.list(her, branch.id(), reports.today(), reports.today(), null, null, null))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void theApiRefusesACitizenWithoutHerConsentAsProblemJson() throws Exception {
        long before = helpRows();
        postHelp(reports.today().toString(), "0971234567", false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("consent"));
        assertThat(helpRows()).isEqualTo(before);
    }

    @Test
    void theApiRefusesAPhoneThatIsNotAVietnameseMobile() throws Exception {
        long before = helpRows();
        postHelp(reports.today().toString(), "0212345678", true)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("citizenPhone"));
        assertThat(helpRows()).isEqualTo(before);
    }

    @Test
    void theApiRefusesHelpGivenBefore2025() throws Exception {
        long before = helpRows();
        postHelp("2024-12-31", "0971234567", true)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("givenOn"));
        assertThat(helpRows()).isEqualTo(before);
    }

    @Test
    void theApiRecordsHelpAndSessionsAndListsThemWithPhonesMasked() throws Exception {
        OrgUnit commune = fixtures.unit(Places.MAU_DUE);
        Fixtures.Officer officer = fixtures.officer(Places.MAU_DUE);
        postHelp(reports.today().toString(), "0971 234 567", true)
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/help/sessions").with(httpBasic(officer.username(), officer.password()))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"unitId": %d, "givenOn": "%s", "types": ["VNEID_INSTALL", "VNEID_LEVEL2"], "consent": true,
                         "people": ["Lò Thị Một, 0912000001", "Lò Thị Hai, 0912000002"]}
                        """.formatted(commune.id(), reports.today())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.helps").value(4));
        mvc.perform(get("/api/v1/help").param("unitId", Long.toString(commune.id())).param("from", reports.today().toString())
                .param("to", reports.today().toString()).with(httpBasic(officer.username(), officer.password())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("0971234567"))))
                .andExpect(content().string(Matchers.containsString("09xx xxx 567")));
    }

    @Test
    void onePhoneTapRecordsACitizensHelpAndTheListPageShowsIt() throws Exception {
        OrgUnit commune = fixtures.unit(Places.MAU_DUE);
        Fixtures.Officer officer = fixtures.officer(Places.MAU_DUE);
        var principal = users.loadUserByUsername(officer.username());
        mvc.perform(get("/help").with(user(principal))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("help-VNEID_INSTALL")));
        mvc.perform(get("/help/new").param("unitId", Long.toString(commune.id())).param("type", "ONLINE_SELLING")
                .param("who", "citizen")
                .with(user(principal))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"consent\"")));
        mvc.perform(
                post("/help").param("unitId", Long.toString(commune.id())).param("type", "ONLINE_SELLING").param("who", "citizen")
                        .param("citizenName", "Tòng Thị Bán").param("citizenPhone", "0977111222").param("consent", "true")
                        .with(user(principal)).with(csrf()))
                .andExpect(redirectedUrl("/help?unitId=" + commune.id() + "&done=ONLINE_SELLING"));
        mvc.perform(get("/help/list").param("unitId", Long.toString(commune.id())).with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tòng Thị Bán")))
                .andExpect(content().string(Matchers.containsString("09xx xxx 222")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("0977111222"))));
        mvc.perform(get("/help/helpers").param("unitId", Long.toString(commune.id())).with(user(principal)))
                .andExpect(status().isOk());
    }

    @Test
    void theHelpPageAsksForConsentBeforeRecordingACitizen() throws Exception {
        OrgUnit commune = fixtures.unit(Places.MAU_DUE);
        var principal = users.loadUserByUsername(fixtures.officer(Places.MAU_DUE).username());
        long before = helpRows();
        mvc.perform(post("/help").param("unitId", Long.toString(commune.id())).param("type", "ONLINE_SELLING")
                .param("who", "citizen")
                .param("citizenName", "Tòng Thị Bán").param("citizenPhone", "0977111222").with(user(principal)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Cần có sự đồng ý")));
        assertThat(helpRows()).isEqualTo(before);
    }

    @Test
    void theSessionPageNamesItsBadLine() throws Exception {
        OrgUnit commune = fixtures.unit(Places.MAU_DUE);
        var principal = users.loadUserByUsername(fixtures.officer(Places.MAU_DUE).username());
        mvc.perform(post("/help/session").param("unitId", Long.toString(commune.id())).param("types", "EWALLET")
                .param("people", "Tòng Thị A, 0977111001\nTòng Thị B, 0977\n").param("consent", "true").with(user(principal))
                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dòng 2")));
    }

    @Test
    void aDesignatedMemberUsesThePhonePagesForHerBranch() throws Exception {
        OrgUnit branch = fixtures.branch(Places.BACH_DICH, "Chi hội thôn Bạch Đích 5");
        String name = "Lù Thị " + Fixtures.uniqueGivenName();
        String neighbourName = "Pờ Thị " + Fixtures.uniqueGivenName();
        long her = fixtures.member(name, LocalDate.of(1993, 2, 3), branch.id());
        long neighbour = fixtures.member(neighbourName, LocalDate.of(1965, 2, 3), branch.id());
        var principal = new HoisoUser(Caller.member(0, "hv-" + her, name, her), "x", true, true, List.of());
        help.designate(fixtures.officer(Places.BACH_DICH).caller(), her, branch.id(), HelperKind.AMBASSADOR);

        mvc.perform(get("/help").with(user(principal))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chi hội thôn Bạch Đích 5")));
        mvc.perform(get("/help/members").param("unitId", Long.toString(branch.id())).param("q", neighbourName)
                .header("HX-Request", "true").with(user(principal)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(neighbourName)));
        mvc.perform(post("/help").param("unitId", Long.toString(branch.id())).param("type", "VNEID_LEVEL2")
                .param("memberId", Long.toString(neighbour)).with(user(principal)).with(csrf()))
                .andExpect(redirectedUrl("/help?unitId=" + branch.id() + "&done=VNEID_LEVEL2"));
    }

    @Test
    void anUndesignatedMemberGetsNoHelpPage() throws Exception {
        OrgUnit branch = fixtures.branch(Places.BACH_DICH, "Chi hội thôn Bạch Đích 11");
        String name = "Lù Thị " + Fixtures.uniqueGivenName();
        long her = fixtures.member(name, LocalDate.of(1993, 2, 3), branch.id());
        var principal = new HoisoUser(Caller.member(0, "hv-" + her, name, her), "x", true, true, List.of());
        mvc.perform(get("/help").with(user(principal))).andExpect(status().isForbidden());
    }

    @Test
    void aDesignatedMemberHasNoHelpListPage() throws Exception {
        OrgUnit branch = fixtures.branch(Places.BACH_DICH, "Chi hội thôn Bạch Đích 12");
        Caller her = designatedFor(branch);
        var principal = new HoisoUser(her, "x", true, true, List.of());
        mvc.perform(get("/help/list").param("unitId", Long.toString(branch.id())).with(user(principal)))
                .andExpect(status().isForbidden());
    }
}

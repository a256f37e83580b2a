package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A member's own account: printed invitation, activation with phone and password, her pages and nothing else. */
@IntegrationTest
class MemberAccountIT {

    private static final String PASSWORD = "mat-khau-cua-toi";
    private static final Pattern CODE = Pattern.compile("id=\"invitation-code\">([A-Z0-9]{5}-[A-Z0-9]{5})<");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long member(String name, String communeCode, boolean withEthnicity) {
        OrgUnit branch = fixtures.branch(communeCode, "Chi hội " + Fixtures.uniqueGivenName());
        LocalDate birth = LocalDate.of(1988, 3, 8);
        AMember member = AMember.valid().named(name).bornOn(birth).inUnit(branch.id()).joinedOn(LocalDate.of(2010, 1, 1));
        if (withEthnicity) {
            member.ethnicity("02", LocalDate.of(2026, 1, 5));
        }
        return fixtures.members().register(fixtures.admin(), member.input());
    }

    /** A member of Ba Đình who activated her invitation: her record, the code she used, the phone she signs in with. */
    private record Joined(long memberId, String code, String phone) {
    }

    private Joined joined(String address) throws Exception {
        long memberId = member("Lò Thị " + Fixtures.uniqueGivenName(), Places.BA_DINH, false);
        String code = invite(fixtures.officer(Places.BA_DINH), memberId);
        String phone = phoneOf(memberId);
        mvc.perform(post("/join").param("code", code).param("phone", phone).param("password", PASSWORD).with(csrf())
                .with(from(address)))
                .andExpect(redirectedUrl("/login?joined"));
        return new Joined(memberId, code, phone);
    }

    /** A mobile number no other member has. */
    private static String phoneOf(long memberId) {
        return "09" + String.format("%08d", memberId % 100_000_000);
    }

    private String invite(Fixtures.Officer officer, long memberId) throws Exception {
        String page = mvc
                .perform(post("/members/" + memberId + "/invitation").with(user(users.loadUserByUsername(officer.username())))
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = CODE.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    @Test
    void aMemberActivatesHerInvitationSignsInWithHerPhoneAndSeesHerOwnPages() throws Exception {
        String name = "Lò Thị " + Fixtures.uniqueGivenName();
        long memberId = member(name, Places.BA_DINH, true);
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        String code = invite(officer, memberId);

        mvc.perform(post("/join/check").param("code", code.toLowerCase().replace("-", " ")).with(csrf()).with(from("10.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lò T. ")));
        String phone = phoneOf(memberId);
        mvc.perform(post("/join").param("code", code).param("phone", phone.substring(0, 4) + " " + phone.substring(4))
                .param("password", PASSWORD).with(csrf()).with(from("10.0.0.1")))
                .andExpect(redirectedUrl("/login?joined"));

        mvc.perform(formLogin("/login").user(phone).password(PASSWORD)).andExpect(authenticated());
        var her = user(users.loadUserByUsername(phone));
        mvc.perform(get("/").with(her)).andExpect(redirectedUrl("/me"));
        mvc.perform(get("/me").with(her)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(name)))
                .andExpect(content().string(Matchers.containsString("thông tin dân tộc")));

        String data = mvc.perform(get("/me/data").with(her)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(data).contains(name).contains("\"signsInAs\" : \"" + phone + "\"").contains("readsAndChangesOfHerRecord")
                .contains(officer.username()).contains("\"ethnicityCode\" : \"02\"");

        mvc.perform(post("/me/consents/withdraw").with(her).with(csrf())).andExpect(redirectedUrl("/me"));
        assertThat(jdbc.sql("SELECT ethnicity_code IS NULL AND sensitive_consent_on IS NULL FROM member WHERE id = :id")
                .param("id", memberId).query(Boolean.class).single()).isTrue();
    }

    @Test
    void aMemberGetsNoneOfTheOfficersPages() throws Exception {
        Joined joined = joined("10.0.2.1");
        var her = user(users.loadUserByUsername(joined.phone()));

        mvc.perform(get("/members").with(her)).andExpect(status().isForbidden());
        mvc.perform(get("/members/" + joined.memberId()).with(her)).andExpect(status().isNotFound());
        mvc.perform(get("/reports/review").with(her)).andExpect(status().isForbidden());
    }

    @Test
    void anInvitationCodeWorksOnce() throws Exception {
        Joined joined = joined("10.0.3.1");

        mvc.perform(post("/join/check").param("code", joined.code()).with(csrf()).with(from("10.0.3.2")))
                .andExpect(content().string(Matchers.containsString("Mã này đã được dùng")));
    }

    @Test
    void anOfficerHasNoPagesOfAMember() throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        mvc.perform(get("/me").with(user(users.loadUserByUsername(officer.username())))).andExpect(status().isForbidden());
    }

    @Test
    void aNewInvitationReplacesTheOldOne() throws Exception {
        long memberId = member("Vi Thị " + Fixtures.uniqueGivenName(), Places.BA_DINH, false);
        Fixtures.Officer officer = fixtures.officer(Places.BA_DINH);
        String first = invite(officer, memberId);
        invite(officer, memberId);

        mvc.perform(post("/join/check").param("code", first).with(csrf()).with(from("10.0.1.1")))
                .andExpect(content().string(Matchers.containsString("đã được thay bằng một giấy mời mới")));
    }

    @Test
    void anExpiredInvitationSaysSo() throws Exception {
        long memberId = member("Vi Thị " + Fixtures.uniqueGivenName(), Places.BA_DINH, false);
        String code = invite(fixtures.officer(Places.BA_DINH), memberId);
        jdbc.sql("UPDATE member_invitation SET expires_at = now() - interval '1 day' WHERE member_id = :m AND revoked_at IS NULL")
                .param("m", memberId).update();

        mvc.perform(post("/join/check").param("code", code).with(csrf()).with(from("10.0.1.2")))
                .andExpect(content().string(Matchers.containsString("Mã này đã hết hạn")));
    }

    @Test
    void guessingCodesIsCutAfterTenWrongTries() throws Exception {
        long memberId = member("Vi Thị " + Fixtures.uniqueGivenName(), Places.BA_DINH, false);
        String code = invite(fixtures.officer(Places.BA_DINH), memberId);

        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/join/check").param("code", "AAAAA-BBBB" + (char) ('C' + i)).with(csrf()).with(from("10.0.9.9")))
                    .andExpect(content().string(Matchers.containsString("Mã không đúng")));
        }
        mvc.perform(post("/join/check").param("code", code).with(csrf()).with(from("10.0.9.9")))
                .andExpect(content().string(Matchers.containsString("Đã thử quá nhiều lần")));
    }

    @Test
    void anOfficerOfAnotherCommuneCannotInviteAMemberOfThisOne() throws Exception {
        long memberId = member("Hà Thị " + Fixtures.uniqueGivenName(), Places.BA_DINH, false);
        Fixtures.Officer stranger = fixtures.officer(Places.NGOC_HA);
        mvc.perform(post("/members/" + memberId + "/invitation").with(user(users.loadUserByUsername(stranger.username())))
                .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM member_invitation WHERE member_id = :m").param("m", memberId)
                .query(Long.class).single()).isZero();
    }
}

package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
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

/**
 * Invitation codes are limited per client address (never a forwarded header from a client that is no trusted proxy)
 * and per code, in PostgreSQL; a new invitation lets a member who forgot her password set a new one.
 */
@IntegrationTest
class InvitationLimitsIT {

    private static final Pattern CODE = Pattern.compile("id=\"invitation-code\">([A-Z0-9]{5}-[A-Z0-9]{5})<");
    private static final Pattern LINK = Pattern.compile("id=\"invitation-link\">([^<]+)<");

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

    @Test
    void oneCodeIsTriedAtMostTenTimesInTenMinutesFromAnyNumberOfAddresses() throws Exception {
        String code = invite(member());
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/join/check").param("code", code).with(csrf()).with(from("10.203.1." + i)))
                    .andExpect(content().string(Matchers.containsString("join-who")));
        }
        mvc.perform(post("/join/check").param("code", code).with(csrf()).with(from("10.203.1.200")))
                .andExpect(content().string(Matchers.containsString("Đã thử quá nhiều lần")));
    }

    @Test
    void aClientCannotEscapeTheLimitOfItsAddressByWritingForwardedHeaders() throws Exception {
        String code = invite(member());
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/join/check").param("code", "ZZZZZ-ZZZZ" + (char) ('A' + i)).with(csrf()).with(from("10.203.2.1"))
                    .header("X-Forwarded-For", "198.51.100." + i))
                    .andExpect(content().string(Matchers.containsString("Mã không đúng")));
        }
        mvc.perform(post("/join/check").param("code", code).with(csrf()).with(from("10.203.2.1"))
                .header("X-Forwarded-For", "198.51.100.99"))
                .andExpect(content().string(Matchers.containsString("Đã thử quá nhiều lần")));
        mvc.perform(post("/join/check").param("code", code).with(csrf()).with(from("10.203.2.2")))
                .andExpect(content().string(Matchers.containsString("join-who")));
    }

    @Test
    void theSlipsLinkStartsWithThePublicAddressNotTheHostOfTheRequest() throws Exception {
        long memberId = member();
        Fixtures.Officer officer = fixtures.officer(Places.TAM_THANH);
        String page = mvc.perform(post("/members/" + memberId + "/invitation").header("Host", "evil.example")
                .with(user(users.loadUserByUsername(officer.username()))).with(csrf())).andReturn().getResponse()
                .getContentAsString();
        Matcher link = LINK.matcher(page);
        assertThat(link.find()).isTrue();
        assertThat(link.group(1)).startsWith("http://localhost:8080/join?code=").doesNotContain("evil");
        mvc.perform(get("/members").header("Host", "evil.example")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aMemberWhoForgotHerPasswordSetsANewOneWithANewInvitationOnHerSameLogin() throws Exception {
        long memberId = member();
        String phone = "07" + String.format("%08d", memberId % 100_000_000);
        mvc.perform(post("/join").param("code", invite(memberId)).param("phone", phone).param("password", "cay-tre-truoc-ngo")
                .with(csrf()).with(from("10.203.4.1"))).andExpect(redirectedUrl("/login?joined"));
        long userId = loginOf(memberId);

        String second = invite(memberId);
        mvc.perform(post("/join").param("code", second).param("phone", phone).param("password", phone + "ab").with(csrf())
                .with(from("10.203.4.1"))).andExpect(content().string(Matchers.containsString("số điện thoại của tài khoản")));
        mvc.perform(post("/join").param("code", second).param("phone", phone).param("password", "con-co-bay-la").with(csrf())
                .with(from("10.203.4.1"))).andExpect(redirectedUrl("/login?joined"));
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(phone, "cay-tre-truoc-ngo"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(phone, "con-co-bay-la"))).andExpect(status().isOk());
        assertThat(loginOf(memberId)).as("the same login").isEqualTo(userId);
    }

    private long loginOf(long memberId) {
        return jdbc.sql("SELECT user_id FROM member_login WHERE member_id = :m").param("m", memberId).query(Long.class).single();
    }

    private long member() {
        return fixtures.members().register(fixtures.admin(), AMember.valid().named("Nông Thị " + Fixtures.uniqueGivenName())
                .bornOn(LocalDate.of(1983, 3, 3)).inUnit(fixtures.unit(Places.TAM_THANH).id()).input());
    }

    private String invite(long memberId) throws Exception {
        Fixtures.Officer officer = fixtures.officer(Places.TAM_THANH);
        String page = mvc.perform(post("/members/" + memberId + "/invitation")
                .with(user(users.loadUserByUsername(officer.username()))).with(csrf())).andReturn().getResponse()
                .getContentAsString();
        Matcher m = CODE.matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}

package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signing in: failures count against the account that was loaded (a member's phone typed any way is one account),
 * a lock never keeps her out of a place she knows, and one client address cannot make hoiso hash passwords forever.
 */
@IntegrationTest
class SignInIT {

    private static final Pattern CODE = Pattern.compile("id=\"invitation-code\">([A-Z0-9]{5}-[A-Z0-9]{5})<");
    private static final String HER_PASSWORD = "hoa-mai-no-som";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void everySpellingOfHerPhoneCountsAgainstHerOneAccountAndLocksItForNewPlaces() throws Exception {
        String phone = memberWithLogin("10.202.1.1");
        // she has signed in from her usual address once
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(phone, HER_PASSWORD)).with(from("10.202.1.1")))
                .andExpect(status().isOk());
        String local = phone.substring(1);
        List<String> spellings = List.of("+84 " + local.substring(0, 3) + " " + local.substring(3, 6) + " " + local.substring(6),
                "84" + local, phone.substring(0, 4) + "." + phone.substring(4, 7) + "." + phone.substring(7),
                phone.substring(0, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7), phone.substring(0, 4) + "-"
                        + phone.substring(4));
        for (String spelling : spellings) {
            mvc.perform(get("/api/v1/accounts/me").with(httpBasic(spelling, "doan-thu-" + spelling)).with(from("10.202.1.9")))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(lockedUntil(phone)).isAfter(OffsetDateTime.now());
        // her own password, from a place she never used: refused while the lock lasts, whichever spelling
        for (String spelling : spellings) {
            mvc.perform(get("/api/v1/accounts/me").with(httpBasic(spelling, HER_PASSWORD)).with(from("10.202.1.10")))
                    .andExpect(status().isUnauthorized());
        }
        // from her usual address, someone else's failures do not keep her out
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic("+84" + local, HER_PASSWORD)).with(from("10.202.1.1")))
                .andExpect(status().isOk());
    }

    @Test
    void aBrowserSheSignedInFromKeepsWorkingWhenHerAddressChangesDuringALock() throws Exception {
        Fixtures.Officer lan = fixtures.officer(Places.DONG_KINH);
        MvcResult first = mvc.perform(post("/login").param("username", lan.username()).param("password", lan.password())
                .with(csrf()).with(from("10.202.2.1"))).andExpect(redirectedUrl("/")).andReturn();
        Cookie device = first.getResponse().getCookie(SignInPlace.DEVICE_COOKIE);
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", lan.username()).param("password", "doan-" + i).with(csrf())
                    .with(from("10.202.2.9"))).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").param("username", lan.username()).param("password", lan.password()).with(csrf())
                .with(from("10.202.2.50"))).andExpect(redirectedUrl("/login?error"));
        // her phone moved to another address, but it is the browser she signed in from
        mvc.perform(post("/login").param("username", lan.username()).param("password", lan.password()).with(csrf())
                .with(from("10.202.2.51")).cookie(device)).andExpect(redirectedUrl("/"));
    }

    @Test
    void failuresFromAPlaceSheKnowsLockThatPlaceAloneAndForAWhile() throws Exception {
        Fixtures.Officer lan = fixtures.officer(Places.LUONG_VAN_TRI);
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(lan.username(), lan.password())).with(from("10.202.3.1")))
                .andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/accounts/me").with(httpBasic(lan.username(), "quen-" + i)).with(from("10.202.3.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(lan.username(), lan.password())).with(from("10.202.3.1")))
                .andExpect(status().isUnauthorized());
        assertThat(lockedUntil(lan.username())).as("the account itself is not locked").isNull();
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(lan.username(), lan.password())).with(from("10.202.3.2")))
                .andExpect(status().isOk());
    }

    @Test
    void eachLockLastsTwiceAsLongAsTheOneBeforeUpToADay() throws Exception {
        Fixtures.Officer lan = fixtures.officer(Places.TAM_THANH);
        List<Long> minutes = new ArrayList<>();
        for (int lock = 0; lock < 3; lock++) {
            for (int i = 0; i < 5; i++) {
                mvc.perform(get("/api/v1/accounts/me").with(httpBasic(lan.username(), "doan-" + i))
                        .with(from("10.202.4." + (10 + lock))));
            }
            OffsetDateTime until = lockedUntil(lan.username());
            minutes.add(Duration.between(OffsetDateTime.now(), until).plusSeconds(30).toMinutes());
            // the lock runs out (moved to the past instead of waiting for it)
            jdbc.sql("UPDATE app_user SET locked_until = now() - interval '1 second' WHERE username = :u")
                    .param("u", lan.username()).update();
        }
        assertThat(minutes).containsExactly(15L, 30L, 60L);
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(lan.username(), lan.password())).with(from("10.202.4.20")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT lock_count FROM app_user WHERE username = :u").param("u", lan.username())
                .query(Integer.class).single()).as("a sign-in from a new place starts the doubling over").isZero();
    }

    @Test
    void oneAddressThatFailsTooOftenIsRefusedBeforeAnyPasswordIsHashedButNotForThoseWhoKnowIt() throws Exception {
        Fixtures.Officer lan = fixtures.officer(Places.DONG_KINH);
        Fixtures.Officer hoa = fixtures.officer(Places.DONG_KINH);
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(lan.username(), lan.password())).with(from("10.202.5.66")))
                .andExpect(status().isOk());
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/api/v1/accounts/me").with(httpBasic("khong-ai-" + i, "doan-bua")).with(from("10.202.5.66")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(hoa.username(), hoa.password())).with(from("10.202.5.66")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[0-9]+")))
                .andExpect(content().string(Matchers.containsString("quá nhiều lần đăng nhập sai")));
        mvc.perform(post("/login").param("username", hoa.username()).param("password", hoa.password()).with(csrf())
                .with(from("10.202.5.66"))).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(content().string(Matchers.containsString("Có quá nhiều lần đăng nhập sai")));
        // she signed in from this address before: the failures of others behind it do not refuse her
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(lan.username(), lan.password())).with(from("10.202.5.66")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/accounts/me").with(httpBasic(hoa.username(), hoa.password())).with(from("10.202.5.67")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM attempt_counter WHERE key LIKE '10.202%'").query(Integer.class).single())
                .as("addresses are kept as hashes").isZero();
    }

    @Test
    void forwardedHeadersFromAClientThatIsNoTrustedProxyAreIgnored() throws Exception {
        Fixtures.Officer lan = fixtures.officer(Places.TAM_THANH);
        long memberId = fixtures.member("Lộc Thị " + Fixtures.uniqueGivenName(), LocalDate.of(1985, 5, 5),
                fixtures.unit(Places.TAM_THANH).id());
        mvc.perform(get("/api/v1/members/{id}", memberId).with(httpBasic(lan.username(), lan.password()))
                .header("X-Forwarded-For", "203.0.113.9").with(from("10.202.6.1"))).andExpect(status().isOk());
        assertThat(
                jdbc.sql("SELECT remote_addr FROM audit_log WHERE entity_type = 'member' AND entity_id = :id AND action = 'READ'")
                        .param("id", memberId).query(String.class).single())
                .isEqualTo("10.202.6.1");
    }

    /** A member of Đông Kinh with a login (her phone, {@link #HER_PASSWORD}); the activation from that address. */
    private String memberWithLogin(String address) throws Exception {
        long memberId = fixtures.members().register(fixtures.admin(),
                AMember.valid().named("Hoàng Thị " + Fixtures.uniqueGivenName())
                        .bornOn(LocalDate.of(1987, 7, 7)).inUnit(fixtures.unit(Places.DONG_KINH).id()).input());
        Fixtures.Officer officer = fixtures.officer(Places.DONG_KINH);
        String page = mvc.perform(post("/members/" + memberId + "/invitation")
                .with(user(users.loadUserByUsername(officer.username())))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        Matcher m = CODE.matcher(page);
        assertThat(m.find()).isTrue();
        String phone = "03" + String.format("%08d", memberId % 100_000_000);
        mvc.perform(post("/join").param("code", m.group(1)).param("phone", phone).param("password", HER_PASSWORD).with(csrf())
                .with(from(address))).andExpect(redirectedUrl("/login?joined"));
        return phone;
    }

    private OffsetDateTime lockedUntil(String username) {
        return jdbc.sql("SELECT locked_until FROM app_user WHERE username = :u").param("u", username).query(OffsetDateTime.class)
                .optional().orElse(null);
    }
}

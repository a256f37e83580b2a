package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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

/**
 * The invitation slip carries a QR code of its link and a print button and names Hội số, not a path; at
 * /join the phone she gives is compared with her record's, and her officer sees which one she signs in with.
 */
@IntegrationTest
class InvitationSlipIT {

    private static final Pattern CODE = Pattern.compile("id=\"invitation-code\">([A-Z0-9]{5}-[A-Z0-9]{5})<");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor officer() {
        return user(users.loadUserByUsername(fixtures.officer(Places.TRUNG_LY).username()));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long member() {
        OrgUnit branch = fixtures.branch(Places.TRUNG_LY, "Chi hội bản " + Fixtures.uniqueGivenName());
        AMember m = AMember.valid().named("Lò Thị " + Fixtures.uniqueGivenName()).bornOn(LocalDate.of(1991, 1, 1))
                .inUnit(branch.id()).joinedOn(LocalDate.of(2015, 1, 1));
        return fixtures.members().register(fixtures.admin(), m.input());
    }

    private static String phoneOf(long memberId, int variant) {
        return "08" + variant + String.format("%07d", memberId % 10_000_000);
    }

    private String slip(long memberId) throws Exception {
        return mvc.perform(post("/members/" + memberId + "/invitation").with(officer()).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String code(String slip) {
        Matcher m = CODE.matcher(slip);
        assertThat(m.find()).as(slip).isTrue();
        return m.group(1);
    }

    @Test
    void theSlipCarriesAQrCodeOfItsLinkAPrintButtonAndNamesHoiSoNotAPath() throws Exception {
        String slip = slip(member());

        assertThat(slip).contains("id=\"invitation-qr\"", "<svg", "class=\"card-qr\"")
                .contains("id=\"print-invitation\"", "/js/print.js")
                .contains("Hội số")
                .doesNotContain("trang /join", "/join của hoiso");
        assertThat(slip).containsPattern("id=\"invitation-link\">http://[^<]+/join\\?code=" + code(slip) + "<");
    }

    @Test
    void sheSignsInWithAnotherPhoneThanHerRecordsAndHerOfficerSeesWhichOne() throws Exception {
        long memberId = member();
        String recordPhone = phoneOf(memberId, 1);
        String loginPhone = phoneOf(memberId, 6);
        recordPhone(memberId, recordPhone);
        String code = code(slip(memberId));

        mvc.perform(post("/join").param("code", code).param("phone", loginPhone).param("password", Fixtures.PASSWORD)
                .with(csrf()).with(from("10.7.1.1"))).andExpect(redirectedUrl("/login?joined=otherPhone"));
        mvc.perform(get("/login").param("joined", "otherPhone")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("khác số trong hồ sơ hội của chị")));

        mvc.perform(get("/members/" + memberId + "/login").with(officer())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"login-signs-in-with\">" + loginPhone + "<")))
                .andExpect(content().string(Matchers.containsString("id=\"login-registry-phone\">" + recordPhone + "<")))
                .andExpect(content().string(Matchers.containsString("id=\"login-phone-other\"")));
    }

    @Test
    void sheSignsInWithHerRecordsPhoneAndHerOfficerSeesTheyAreTheSame() throws Exception {
        long memberId = member();
        String phone = phoneOf(memberId, 3);
        recordPhone(memberId, phone);
        mvc.perform(get("/members/" + memberId + "/login").with(officer())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chưa có tài khoản")));

        mvc.perform(post("/join").param("code", code(slip(memberId))).param("phone", phone).param("password", Fixtures.PASSWORD)
                .with(csrf()).with(from("10.7.2.1"))).andExpect(redirectedUrl("/login?joined"));

        mvc.perform(get("/members/" + memberId + "/login").with(officer())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"login-signs-in-with\">" + phone + "<")))
                .andExpect(content().string(Matchers.containsString("id=\"login-phone-same\"")));
    }

    /** Her record's phone, made from her id so no other member has it. */
    private void recordPhone(long memberId, String phone) {
        jdbc.sql("UPDATE member SET phone = :p WHERE id = :id").param("p", phone).param("id", memberId).update();
    }
}

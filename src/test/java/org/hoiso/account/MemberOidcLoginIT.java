package org.hoiso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.hoiso.member.MemberStatus;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How a provider's sign-in becomes a member's login: the matching, the accounts and the refusals, on the
 * real database. The ID token is built here (it is what the provider vouched for); the protocol itself
 * (redirects, code exchange, token validation) is tested against a real Keycloak in OidcLoginBrowserTest.
 * The provider's endpoints are given explicitly, so nothing is fetched at start-up.
 */
@SpringBootTest(properties = {
        "hoiso.oidc.enabled=true",
        "hoiso.oidc.display-name=VNeID",
        "spring.security.oauth2.client.registration.eid.client-id=hoiso",
        "spring.security.oauth2.client.registration.eid.client-secret=secret",
        "spring.security.oauth2.client.registration.eid.scope=openid,profile",
        "spring.security.oauth2.client.registration.eid.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.eid.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.eid.authorization-uri=https://id.example.test/auth",
        "spring.security.oauth2.client.provider.eid.token-uri=https://id.example.test/token",
        "spring.security.oauth2.client.provider.eid.jwk-set-uri=https://id.example.test/certs",
})
@AutoConfigureMockMvc
class MemberOidcLoginIT {

    private static final String ISSUER = "https://id.example.test/realms/vneid";

    @Autowired
    MemberOidcUserService service;
    @Autowired
    ClientRegistrationRepository registrations;
    @Autowired
    MemberInvitations invitations;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private OidcUserRequest signIn(String subject, Object nationalId) {
        Instant now = Instant.now();
        Map<String, Object> claims = nationalId == null
                ? Map.of("iss", ISSUER, "sub", subject, "aud", "hoiso")
                : Map.of("iss", ISSUER, "sub", subject, "aud", "hoiso", "national_id", nationalId);
        return new OidcUserRequest(registrations.findByRegistrationId("eid"),
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(60), Set.of("openid")),
                new OidcIdToken("id-token", now, now.plusSeconds(60), claims));
    }

    private long member(String name, String cccd) {
        return fixtures.members().register(fixtures.admin(),
                AMember.valid().named(name).bornOn(LocalDate.of(1991, 5, 2)).cccd(cccd).inUnit(fixtures.unit(Places.BA_DINH).id())
                        .input());
    }

    private long audits(String detailLike) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'oidc_login' AND detail LIKE :d")
                .param("d", detailLike).query(Long.class).single();
    }

    @Test
    void aMemberWithoutAnAccountGetsAProviderLoginLinkedToHerRecordAndTheSameOneNextTime() {
        String cccd = Fixtures.cccd(LocalDate.of(1991, 5, 2));
        long memberId = member("Đặng Thị " + Fixtures.uniqueGivenName(), cccd);

        Caller first = ((HoisoUser) service.loadUser(signIn("sub-1", cccd))).caller();
        assertThat(first.username()).isEqualTo("oidc:id.example.test:sub-1");
        assertThat(first.memberId()).isEqualTo(memberId);
        assertThat(first.assignments()).isEmpty();
        assertThat(jdbc.sql("SELECT member_id FROM member_login WHERE user_id = :u").param("u", first.userId())
                .query(Long.class).single()).isEqualTo(memberId);

        Caller again = ((HoisoUser) service.loadUser(signIn("sub-1", cccd))).caller();
        assertThat(again.userId()).isEqualTo(first.userId());
        assertThat(audits("OIDC sign-in oidc:id.example.test:sub-1 as member " + memberId + "%")).isEqualTo(2);
    }

    @Test
    void aMemberWhoActivatedHerPhoneLoginIsSignedInToThatSameAccount() {
        String cccd = Fixtures.cccd(LocalDate.of(1991, 5, 2));
        long memberId = member("Lương Thị " + Fixtures.uniqueGivenName(), cccd);
        var invitation = invitations.issue(fixtures.officer(Places.BA_DINH).caller(), memberId);
        String phone = "09" + String.format("%08d", 40_000_000 + memberId % 10_000_000);
        long phoneLogin = invitations.activate(invitation.code(), phone, "mat-khau-cua-toi", "10.1.2.3");

        Caller caller = ((HoisoUser) service.loadUser(signIn("sub-2", cccd))).caller();
        assertThat(caller.userId()).isEqualTo(phoneLogin);
        assertThat(caller.memberId()).isEqualTo(memberId);
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username LIKE 'oidc:%:sub-2'").query(Long.class).single())
                .isZero();
    }

    @Test
    void aMemberWhoLeftAndRejoinedOnANewRecordSignsInAgainThroughTheProvider() {
        String cccd = Fixtures.cccd(LocalDate.of(1991, 5, 2));
        long oldRecord = member("Hà Thị " + Fixtures.uniqueGivenName(), cccd);
        Caller first = ((HoisoUser) service.loadUser(signIn("sub-6", cccd))).caller();
        fixtures.members().changeStatus(fixtures.admin(), oldRecord, MemberStatus.LEFT, LocalDate.of(2026, 6, 1), null);
        assertThat(jdbc.sql("SELECT enabled FROM app_user WHERE id = :u").param("u", first.userId()).query(Boolean.class)
                .single()).as("her login ended with her membership").isFalse();

        long newRecord = member("Hà Thị " + Fixtures.uniqueGivenName(), cccd);
        Caller again = ((HoisoUser) service.loadUser(signIn("sub-6", cccd))).caller();
        assertThat(again.userId()).isEqualTo(first.userId());
        assertThat(again.memberId()).isEqualTo(newRecord);
        assertThat(audits("OIDC sign-in oidc:id.example.test:sub-6 as member " + newRecord + "%enabled again%")).isEqualTo(1);
    }

    @Test
    void aNumberOfNoLivingMemberIsRefusedAndAudited() {
        String cccd = Fixtures.cccd(LocalDate.of(1991, 5, 2));
        assertThatThrownBy(() -> service.loadUser(signIn("sub-3", cccd)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo(MemberOidcUserService.NOT_FOUND));
        assertThat(audits("OIDC sign-in refused for oidc:id.example.test:sub-3: no living member%")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'oidc:id.example.test:sub-3'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSignInWithoutATwelveDigitNumberIsRefused() {
        assertThatThrownBy(() -> service.loadUser(signIn("sub-4", "12345")))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo(MemberOidcUserService.NO_NATIONAL_ID));
        assertThatThrownBy(() -> service.loadUser(signIn("sub-5", null)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo(MemberOidcUserService.NO_NATIONAL_ID));
        assertThat(jdbc.sql(
                "SELECT count(*) FROM app_user WHERE username IN ('oidc:id.example.test:sub-4', 'oidc:id.example.test:sub-5')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theLoginPageOffersTheProviderAndExplainsARefusal() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đăng nhập bằng VNeID")))
                .andExpect(content().string(Matchers.containsString("/oauth2/authorization/eid")));
        mvc.perform(get("/login").param("oidc", "notfound"))
                .andExpect(content().string(Matchers.containsString("Không tìm thấy hội viên có số định danh này")));
        mvc.perform(get("/login").param("oidc", "notfound").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("No member has this national ID number")));
        mvc.perform(get("/login").param("oidc", "anything-else"))
                .andExpect(content().string(Matchers.containsString("Không đăng nhập được qua nhà cung cấp định danh")));
        // the button starts the authorization-code flow at the configured provider
        mvc.perform(get("/oauth2/authorization/eid")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.startsWith("https://id.example.test/auth?response_type=code")));
    }
}

package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.hoiso.testing.AMember;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OpenID Connect login against a real Keycloak (no mock of the protocol): the browser goes from hoiso's
 * login page to Keycloak's, signs in there, and comes back through the authorization-code flow. The
 * national ID claim of Keycloak's user is matched to a member's CCCD. Only in the "oidc" Maven profile.
 */
@Tag("oidc")
class OidcLoginBrowserTest extends BrowserTestSupport {

    /** Keycloak user with national_id 001190123456 (a woman born in 1990, registered in Hà Nội). */
    static final String LAN = "nguyen.thi.lan";
    static final String LAN_CCCD = "001190123456";
    /** Keycloak user with national_id 079188654321, which no member has. */
    static final String MAI = "tran.thi.mai";

    private static Keycloak keycloak;

    /** Starts Keycloak before the application, which reads the provider's discovery document at start-up. */
    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws IOException {
        // The provider sends her back to hoiso.public-url: a port known before the start, and the address on it.
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        registry.add("server.port", () -> port);
        registry.add("hoiso.public-url", () -> "http://localhost:" + port);
        registry.add("hoiso.oidc.enabled", () -> "true");
        registry.add("hoiso.oidc.display-name", () -> "VNeID");
        registry.add("spring.security.oauth2.client.registration.eid.client-id", () -> Keycloak.CLIENT_ID);
        registry.add("spring.security.oauth2.client.registration.eid.client-secret", () -> Keycloak.CLIENT_SECRET);
        registry.add("spring.security.oauth2.client.registration.eid.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.eid.issuer-uri", () -> keycloak().issuer());
    }

    private static synchronized Keycloak keycloak() {
        if (keycloak == null) {
            keycloak = Keycloak.start();
        }
        return keycloak;
    }

    @AfterAll
    void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Test
    void memberSignsInWithTheProviderAndSeesHerOwnPage() {
        fixtures.members().register(fixtures.admin(),
                AMember.valid().named("Nguyễn Thị Lan").bornOn(LocalDate.of(1990, 3, 14)).cccd(LAN_CCCD)
                        .inUnit(fixtures.unit(Places.BA_DINH).id()).input());

        signInAtProvider(LAN);

        assertThat(page).hasURL(Pattern.compile(".*/me$"));
        assertThat(page.locator("main h1")).hasText("Nguyễn Thị Lan");
        assertThat(page.locator("header form[action$='/logout'] button")).containsText("Nguyễn Thị Lan");

        // a second sign-in finds the same account (no duplicate login for her record)
        page.locator("header form[action$='/logout'] button").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
        page.locator("#oidc-login").click();
        // Keycloak's session is still open, so it answers without its form
        assertThat(page).hasURL(Pattern.compile(".*/me$"));
        assertThat(page.locator("main h1")).hasText("Nguyễn Thị Lan");
    }

    @Test
    void providerUserWithoutAMemberRecordIsSentBackToTheLoginPage() {
        signInAtProvider(MAI);

        assertThat(page).hasURL(Pattern.compile(".*/login\\?oidc=notfound$"));
        assertThat(page.locator("#outcome-errors")).containsText("Không tìm thấy hội viên có số định danh này");
        // not signed in: her pages still send her to the login page
        page.navigate("/me");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    /** hoiso's login page → "Đăng nhập bằng VNeID" → Keycloak's own login form. */
    private void signInAtProvider(String username) {
        page.navigate("/login");
        assertThat(page.locator("#oidc-login")).hasText("Đăng nhập bằng VNeID");
        page.locator("#oidc-login").click();
        assertThat(page).hasURL(Pattern.compile("http://localhost:\\d+/realms/hoiso/protocol/openid-connect/auth.*"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(Keycloak.PASSWORD);
        page.locator("#kc-login").click();
    }
}

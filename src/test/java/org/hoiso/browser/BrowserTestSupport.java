package org.hoiso.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Base of the browser tests: the whole application on a random port with its embedded database, driven
 * by Playwright through Debian's Chromium ({@value #DEFAULT_CHROMIUM}, or {@code -Dhoiso.chromium=...}).
 * Data is arranged through the application's own services ({@link Fixtures}, as an administrator of the central union).
 * Run with {@code ./mvnw verify -Pbrowser}; the default build excludes the tag "browser".
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestMailServer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

    static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    static final String PASSWORD = Fixtures.PASSWORD;
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    /** Script errors and console errors (CSP violations included) of the current test's pages. */
    private final List<String> browserErrors = new CopyOnWriteArrayList<>();
    Page page;

    @BeforeAll
    void launchBrowser() {
        Path chromium = Paths.get(System.getProperty("hoiso.chromium", DEFAULT_CHROMIUM));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException("The browser tests need Chromium at " + chromium + " and it is missing. "
                    + "Install it (Debian: apt-get install chromium; or run .ci/run) or point -Dhoiso.chromium at one. "
                    + "Playwright is not allowed to download its own browsers here.");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        newContext(1280, 900);
    }

    @AfterEach
    void closePage() {
        try {
            if (context != null) {
                context.close();
                context = null;
            }
        } finally {
            // A blocked script (CSP) or a JavaScript error fails the test even if the page looked right.
            List<String> errors = List.copyOf(browserErrors);
            browserErrors.clear();
            if (!errors.isEmpty()) {
                throw new AssertionError("errors in the browser console:\n  " + String.join("\n  ", errors));
            }
        }
    }

    /** A fresh browser (no cookies, Vietnamese) of the given viewport size; replaces the current one. */
    void newContext(int width, int height) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setBaseURL("http://localhost:" + port)
                .setLocale("vi-VN"));
        context.setDefaultTimeout(10_000);
        page = context.newPage();
        page.onPageError(e -> browserErrors.add("page error: " + e));
        page.onConsoleMessage(m -> {
            // 404s are expected (the out-of-scope member page); tests assert the status they expect
            if ("error".equals(m.type()) && !m.text().contains("status of 404")) {
                browserErrors.add(m.text() + " (" + m.location() + ")");
            }
        });
    }

    /** The current browser context (to go offline, for one). */
    BrowserContext context() {
        return context;
    }

    // ---- arranging data through the application's services (org.hoiso.testing.Fixtures) ----

    /** Creates an officer account on the commune with this code; returns her user name (password {@link #PASSWORD}). */
    String officer(String communeCode) {
        return fixtures.officer(communeCode).username();
    }

    /** Registers an active member (a woman, with a fresh CCCD that agrees with her birth date); returns her id. */
    long member(String fullName, LocalDate birthDate, String communeCode) {
        return fixtures.member(fullName, birthDate, fixtures.unit(communeCode).id());
    }

    /** A valid CCCD never used before in this run, for a woman born on that day. */
    static String cccd(LocalDate birthDate) {
        return Fixtures.cccd(birthDate);
    }

    // ---- page steps ----

    /** Signs in through the real login form and waits until the dashboard is shown. */
    void login(String username) {
        page.navigate("/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("form[action$='/login'] button[type=submit]").click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("header form[action$='/logout'] button")).containsText(username);
    }

    /** Types into the member search box as a person would; htmx swaps #member-results. */
    void search(String text) {
        page.locator("#member-q").pressSequentially(text);
    }
}

package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoiso.HoisoApplication;
import org.hoiso.testing.Await;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.Places;
import org.hoiso.testing.PostgresCopies;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dashboards and exports read a real streaming standby; everything else reads and writes the primary. The primary is
 * an embedded PostgreSQL; the standby a copy made by PostgresCopies with PostgreSQL's low-level base backup (the
 * embedded bundle has no pg_basebackup), streaming through a replication slot. The application runs on the primary
 * with {@code hoiso.replica.url} naming the standby, over real HTTP: it starting at all shows Flyway migrated the
 * primary, as the standby refuses every write. To show where a read went, the standby's replay is paused, a change is
 * made on the primary, and the dashboard and the export do not see it until the replay resumes.
 */
class ReplicaRoutingIT {

    private static Path dirs;
    private static EmbeddedPostgres primary;
    private static PostgresCopies.Server standby;
    private static ConfigurableApplicationContext app;
    private static String primaryUrl;
    private static String base;

    @BeforeAll
    static void startPrimaryStandbyAndApplication() throws Exception {
        dirs = Files.createTempDirectory("hoiso-replica-");
        primary = EmbeddedPostgres.builder().setDataDirectory(dirs.resolve("primary")).setCleanDataDirectory(true)
                .setServerConfig("wal_level", "replica").setServerConfig("max_wal_senders", "5")
                .setServerConfig("max_replication_slots", "5").setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                .setServerConfig("timezone", "UTC").setPGStartupWait(Duration.ofSeconds(60)).start();
        primaryUrl = "jdbc:postgresql://127.0.0.1:" + primary.getPort() + "/postgres";
        Path bin = PostgresCopies.embeddedBinaries(primary);
        standby = PostgresCopies.standby(bin, dirs.resolve("primary"), primary.getPort(), dirs.resolve("standby"),
                "hoiso_standby");
        // arguments, not default properties: application.properties maps HOISO_DB_URL onto spring.datasource.url
        app = new SpringApplicationBuilder(HoisoApplication.class).run("--spring.datasource.url=" + primaryUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--hoiso.replica.url=" + standby.jdbcUrl("postgres"), "--server.port=0", "--spring.jmx.enabled=false");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (app != null) {
            app.close();
        }
        if (standby != null) {
            standby.close();
        }
        if (primary != null) {
            primary.close();
        }
        if (dirs != null) {
            PostgresCopies.delete(dirs);
        }
    }

    @Test
    void onlyLabelledReadOnlyTransactionsGoToTheStandby() {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        ReadReplica replica = app.getBean(ReadReplica.class);
        PlatformTransactionManager transactions = app.getBean(PlatformTransactionManager.class);
        String inRecovery = "SELECT pg_is_in_recovery()";
        assertThat(replica.configured()).isTrue();
        assertThat(replica.read(() -> jdbc.sql(inRecovery).query(Boolean.class).single())).as("the replica's read").isTrue();
        assertThat(jdbc.sql(inRecovery).query(Boolean.class).single()).as("a statement outside a transaction").isFalse();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        Boolean unlabelled = readOnly.execute(s -> jdbc.sql(inRecovery).query(Boolean.class).single());
        assertThat(unlabelled).as("a read-only transaction without the label").isFalse();
        // a write transaction on the primary, and inside it a replica read of its own
        Boolean[] inside = new Boolean[2];
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            jdbc.sql("CREATE TEMPORARY TABLE replica_check (x int)").update();
            inside[0] = jdbc.sql(inRecovery).query(Boolean.class).single();
            inside[1] = replica.read(() -> jdbc.sql(inRecovery).query(Boolean.class).single());
        });
        assertThat(inside).containsExactly(false, true);
    }

    @Test
    void theExportStreamsFromTheStandbyAndItsAuditEntryIsWrittenOnThePrimary() throws Exception {
        Fixtures fixtures = app.getBean(Fixtures.class);
        long baDinh = fixtures.unit(Places.BA_DINH).id();
        String name = "Nguyễn Thị " + Fixtures.uniqueGivenName();
        pauseReplay();
        try {
            fixtures.member(name, LocalDate.of(1990, 3, 8), baDinh);
            long auditsBefore = auditEntries("EXPORT");
            String csv = get("/api/v1/exports/members?format=csv&unitId=" + baDinh, null);
            assertThat(csv).as("the export's header").contains("Tên đơn vị");
            assertThat(csv).as("the paused standby has not replayed her yet").doesNotContain(name);
            assertThat(auditEntries("EXPORT")).as("the audit entry, on the primary").isEqualTo(auditsBefore + 1);
        } finally {
            resumeReplay();
        }
        PostgresCopies.caughtUp(standby, primaryUrl, Duration.ofSeconds(30));
        assertThat(get("/api/v1/exports/members?format=csv&unitId=" + baDinh, null)).contains(name);
    }

    @Test
    void theDashboardReadsTheStandby() throws Exception {
        Fixtures fixtures = app.getBean(Fixtures.class);
        long baDinh = fixtures.unit(Places.BA_DINH).id();
        String session = signIn();
        String children = "/dashboard/children.json?unitId=" + baDinh + "&indicator=MEMBERS_TOTAL&period=2026-06";
        String name = "Chi hội " + Fixtures.uniqueGivenName();
        pauseReplay();
        try {
            fixtures.branch(Places.BA_DINH, name);
            assertThat(PostgresCopies.queryOn(primaryUrl, "SELECT count(*) FROM org_unit WHERE name = '" + name + "'"))
                    .isEqualTo("1");
            String json = get(children, session);
            assertThat(json).as("the dashboard answered").contains("\"labels\"");
            assertThat(json).as("the paused standby has not replayed the new branch").doesNotContain(name);
        } finally {
            resumeReplay();
        }
        PostgresCopies.caughtUp(standby, primaryUrl, Duration.ofSeconds(30));
        assertThat(get(children, session)).contains(name);
    }

    private static long auditEntries(String action) {
        return Long
                .parseLong(PostgresCopies.queryOn(primaryUrl, "SELECT count(*) FROM audit_log WHERE action = '" + action + "'"));
    }

    private static void pauseReplay() {
        standby.query("SELECT pg_wal_replay_pause()");
        Await.until("the standby's replay pauses", Duration.ofSeconds(30),
                () -> "paused".equals(standby.query("SELECT pg_get_wal_replay_pause_state()")));
    }

    private static void resumeReplay() {
        standby.query("SELECT pg_wal_replay_resume()");
    }

    /** The administrator's page session (form login with the login page's CSRF token); its cookie header. */
    private static String signIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String form = "username=admin&password=admin-test-password&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    /** A GET as the administrator: her page session when given, else HTTP Basic (the API). */
    private static String get(String path, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (session == null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString("admin:admin-test-password".getBytes(StandardCharsets.UTF_8)));
        } else {
            request.header("Cookie", session);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }
}

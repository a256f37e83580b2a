package org.hoiso.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoiso.testing.Await;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * hoiso as the Union runs it: two application servers (the packaged jar, two JVMs) on one PostgreSQL, behind
 * nginx as a round-robin load balancer without sticky sessions. Proves that a signed-in officer is served by both
 * instances without signing in again, that she carries on when one instance is killed ({@code kill -9}) under load,
 * and that an import whose instance is killed during its commit ends whole or not at all.
 *
 * <p>Only in the {@code cluster} profile ({@code ./mvnw verify -Pcluster}), after the jar is packaged: the jar's
 * path comes in the system property {@code hoiso.cluster.jar}. It needs nginx ({@code /usr/sbin/nginx}, or the
 * property {@code hoiso.cluster.nginx}); without it the test fails and says so. Everything listens on 127.0.0.1 on
 * free ports; PostgreSQL is an embedded one started by the test, nginx and the two JVMs are child processes with
 * their configuration, logs and pid files in a temporary directory that is kept when a test fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ClusterIT {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "cum-may-chay-hai-may-chu";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** A commune of Hà Nội (Phường Ba Đình), the import's target. */
    private static final String COMMUNE = "00004";

    private Path dir;
    private EmbeddedPostgres pg;
    private String jar;
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    private Process nginx;
    private int nginxPort;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One application server: its name, port and process (null once killed and not restarted). */
    private static final class Instance {
        final String name;
        final int port;
        Process process;

        Instance(String name, int port) {
            this.name = name;
            this.port = port;
        }
    }

    @BeforeAll
    void startTheCluster() throws Exception {
        jar = System.getProperty("hoiso.cluster.jar", "");
        if (jar.isBlank() || !Files.isRegularFile(Path.of(jar))) {
            fail("The cluster test runs the packaged jar: run it with ./mvnw verify -Pcluster (hoiso.cluster.jar='" + jar
                    + "' is not a file)");
        }
        Path nginxBinary = Path.of(System.getProperty("hoiso.cluster.nginx", "/usr/sbin/nginx"));
        if (!Files.isExecutable(nginxBinary)) {
            fail("The cluster test needs nginx as its load balancer and did not find " + nginxBinary
                    + " (Debian/Ubuntu: apt-get install nginx; or -Dhoiso.cluster.nginx=/path/to/nginx)");
        }
        dir = Files.createTempDirectory("hoiso-cluster-");
        System.out.println("[cluster] working directory " + dir);
        pg = EmbeddedPostgres.builder().setCleanDataDirectory(true).setDataDirectory(dir.resolve("pg"))
                .setServerConfig("max_connections", "60").start();
        Files.createDirectories(dir.resolve("imports"));

        nginxPort = freePort();
        instances.put("a", new Instance("a", freePort()));
        instances.put("b", new Instance("b", freePort()));
        // one after the other: the first runs the migrations and creates the administrator
        for (Instance i : instances.values()) {
            start(i);
        }
        nginx = startNginx(nginxBinary);
    }

    @AfterAll
    void stopTheCluster() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        for (Instance i : instances.values()) {
            if (i.process != null) {
                i.process.destroy();
                if (!i.process.waitFor(30, TimeUnit.SECONDS)) {
                    i.process.destroyForcibly();
                }
            }
        }
        if (pg != null) {
            pg.close();
        }
    }

    /** Every test starts with both instances up (a test before may have killed one). */
    @BeforeEach
    void bothInstancesUp() throws Exception {
        for (Instance i : instances.values()) {
            if (i.process == null || !i.process.isAlive()) {
                start(i);
            }
        }
    }

    @Test
    @Order(1)
    void aSignedInOfficersRequestsAlternateBetweenTheInstancesWithoutSigningInAgain() throws Exception {
        String cookie = signIn();
        List<String> served = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            HttpResponse<String> page = get("/units", cookie);
            assertThat(page.statusCode()).as("request %d: %s", n, page.headers().firstValue("Location")).isEqualTo(200);
            assertThat(page.body()).as("a page of the signed-in officer").contains("action=\"/logout\"");
            served.add(page.headers().firstValue("X-Hoiso-Instance").orElse("?"));
        }
        System.out.println("[cluster] 10 requests of one session served by " + served);
        assertThat(served).contains("a", "b").doesNotContain("?");
        for (int n = 1; n < served.size(); n++) {
            assertThat(served.get(n)).as("round robin: request %d", n).isNotEqualTo(served.get(n - 1));
        }
        // the session lives in PostgreSQL, once, for both instances
        assertThat(query("SELECT count(*) FROM spring_session WHERE principal_name = ?", ADMIN)).isPositive();
    }

    @Test
    @Order(2)
    void anInstanceKilledUnderLoadCostsOnlyTheRequestsInFlightOnIt() throws Exception {
        String cookie = signIn();
        int threads = 6;
        List<String> paths = List.of("/", "/units", "/members", "/imports", "/reports");
        record Result(long startNanos, long endNanos, int status, String instance, String error) {
        }
        ConcurrentLinkedQueue<Result> results = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int first = t;
            clients.submit(() -> {
                int n = first;
                while (running.get()) {
                    String path = paths.get(n++ % paths.size());
                    long start = System.nanoTime();
                    try {
                        HttpResponse<String> r = http.send(request(path, cookie).timeout(Duration.ofSeconds(30)).build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        results.add(new Result(start, System.nanoTime(), r.statusCode(),
                                r.headers().firstValue("X-Hoiso-Instance").orElse("?"), null));
                    } catch (IOException | InterruptedException e) {
                        results.add(new Result(start, System.nanoTime(), 0, "?", e.toString()));
                    }
                }
                return null;
            });
        }
        Await.until("both instances have served 20 requests of the load", Duration.ofMinutes(2),
                () -> results.stream().filter(r -> r.instance().equals("a")).count() >= 20
                        && results.stream().filter(r -> r.instance().equals("b")).count() >= 20);
        Instance victim = instances.get("b");
        long killedAt = System.nanoTime();
        victim.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, open connections reset
        victim.process.waitFor(30, TimeUnit.SECONDS);
        Await.until("40 requests begun a second after the kill have ended", Duration.ofMinutes(2),
                () -> results.stream().filter(r -> r.startNanos() > killedAt + 1_000_000_000L).count() >= 40);
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        victim.process = null;

        List<Result> all = new ArrayList<>(results);
        List<Result> failed = all.stream().filter(r -> r.status() != 200).toList();
        List<Result> after = all.stream().filter(r -> r.startNanos() > killedAt).toList();
        List<Result> failedAfter = after.stream().filter(r -> r.status() != 200).toList();
        Optional<Long> firstOkAfter = after.stream().filter(r -> r.status() == 200).map(Result::endNanos).min(Long::compare);
        long maxLatencyAround = all.stream().filter(r -> r.endNanos() > killedAt && r.startNanos() < killedAt + 2_000_000_000L)
                .mapToLong(r -> r.endNanos() - r.startNanos()).max().orElse(0);
        System.out.printf("[cluster] load: %d threads, %d requests (%d before the kill: a %d, b %d), %d failed (%s);"
                + " after the kill %d requests, %d failed, all served by %s; first success %d ms after the kill;"
                + " slowest request around the kill %d ms%n", threads, all.size(),
                all.stream().filter(r -> r.startNanos() < killedAt).count(),
                all.stream().filter(r -> r.startNanos() < killedAt && r.instance().equals("a")).count(),
                all.stream().filter(r -> r.startNanos() < killedAt && r.instance().equals("b")).count(), failed.size(),
                failed.stream().map(r -> r.status() + " " + (r.error() == null ? r.instance() : r.error())).toList(),
                after.size(), failedAfter.size(), after.stream().map(Result::instance).distinct().toList(),
                firstOkAfter.map(t -> (t - killedAt) / 1_000_000).orElse(-1L), maxLatencyAround / 1_000_000);

        assertThat(all.stream().filter(r -> r.startNanos() < killedAt).map(Result::instance)).as("both served before")
                .contains("a", "b");
        assertThat(failed.size()).as("only requests in flight on the killed instance fail").isLessThanOrEqualTo(threads);
        // requests sent a moment after the kill all succeed, on the survivor, with her session
        List<Result> settled = after.stream().filter(r -> r.startNanos() > killedAt + 1_000_000_000L).toList();
        assertThat(settled).as("the officer carries on").isNotEmpty()
                .allSatisfy(r -> assertThat(r.status()).as(String.valueOf(r.error())).isEqualTo(200))
                .allSatisfy(r -> assertThat(r.instance()).isEqualTo("a"));
    }

    @Test
    @Order(3)
    void anImportWhoseInstanceIsKilledDuringItsCommitEndsWholeOrNotAtAll() throws Exception {
        long commune = query("SELECT id FROM org_unit WHERE code = ?", COMMUNE);
        long before = membersUnder(commune);
        int rows = Integer.getInteger("hoiso.cluster.import-rows", 60_000);
        String basic = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        // upload with the dry run at once, through the load balancer
        String boundary = "hoiso" + UUID.randomUUID();
        byte[] body = multipart(boundary, memberList(rows));
        HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(uri("/api/v1/imports?validate=true&unitId=" + commune))
                .header("Authorization", basic).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long job = Long.parseLong(field(uploaded.body(), "id"));
        awaitStatus(job, Duration.ofMinutes(3), "VALIDATED");
        long valid = query("SELECT valid_rows FROM import_job WHERE id = ?", job);
        assertThat(valid).as("the dry run found the rows valid").isEqualTo(rows);

        HttpResponse<String> commit = http.send(HttpRequest.newBuilder(uri("/api/v1/imports/" + job + "/commit"))
                .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(commit.statusCode()).as(commit.body()).isEqualTo(200);
        String answered = commit.headers().firstValue("X-Hoiso-Instance").orElseThrow();
        awaitStatus(job, Duration.ofMinutes(1), "COMMITTING");
        // Where imports are claimed from import_job by any instance (column claimed_by, hoiso.instance-name), the one
        // running the commit is the claimer; where an import runs on the instance that was asked, the one that answered.
        boolean claimed = Boolean.parseBoolean(text("""
                SELECT CASE WHEN to_jsonb(j) -> 'claimed_by' IS NULL THEN 'false' ELSE 'true' END FROM import_job j WHERE id = ?
                """, job));
        if (claimed) {
            Await.until("import " + job + " claimed by an instance", Duration.ofMinutes(1),
                    () -> text("SELECT to_jsonb(j) ->> 'claimed_by' FROM import_job j WHERE id = ?", job) != null);
        }
        String committer = claimed ? text("SELECT to_jsonb(j) ->> 'claimed_by' FROM import_job j WHERE id = ?", job) : answered;
        assertThat(instances).as("the instance running the commit").containsKey(committer);
        // killed once the commit's transaction has written rows (its progress is reported in transactions of their own)
        Await.until("import " + job + " has committed its first rows, uncommitted", Duration.ofMinutes(1),
                () -> Boolean
                        .parseBoolean(
                                text("SELECT (status = 'COMMITTING' AND progress > 0)::text FROM import_job WHERE id = ?", job)));
        Instance victim = instances.get(committer);
        long killedAt = System.nanoTime();
        victim.process.destroyForcibly();
        victim.process.waitFor(30, TimeUnit.SECONDS);
        victim.process = null;
        long right = membersUnder(commune);
        System.out.printf(
                "[cluster] import of %d rows committing on %s killed; members of the commune %d before, %d just after%n",
                rows, committer, before, right);
        assertThat(right).as("never half an import").isIn(before, before + rows);

        // The job must not stay "committing" for ever: another instance takes it over (or finds it interrupted) and
        // it ends committed with every row, or failed/cancelled with none.
        String status = awaitStatus(job, Duration.ofMinutes(3), "COMMITTED", "FAILED", "CANCELLED");
        long after = membersUnder(commune);
        System.out.printf("[cluster] the import ended %s %d ms after the kill; members %d (before %d, rows %d)%n", status,
                (System.nanoTime() - killedAt) / 1_000_000, after, before, rows);
        assertThat(after).isEqualTo(status.equals("COMMITTED") ? before + rows : before);
    }

    // ---------------------------------------------------------------- the cluster

    private void start(Instance i) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar,
                "--server.address=127.0.0.1", "--server.port=" + i.port,
                "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres").replace("?user=postgres", ""),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--hoiso.instance-name=" + i.name, "--hoiso.admin.username=" + ADMIN,
                "--hoiso.admin.password=" + PASSWORD,
                "--hoiso.intake.dir=" + dir.resolve("imports"), "--hoiso.embedded-db.data-dir=",
                // the secrets every instance must share (they are not in the database, by design)
                "--hoiso.card.secret=cluster-test-card-secret", "--hoiso.safety.secret=cluster-test-safety-secret",
                "--hoiso.public-url=http://127.0.0.1:" + nginxPort, "--hoiso.trusted-proxies=127.0.0.1",
                "--spring.main.banner-mode=off"));
        Path log = dir.resolve("instance-" + i.name + ".log");
        i.process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long started = System.nanoTime();
        Await.until("instance " + i.name + " answers (log: " + log + ")", Duration.ofMinutes(4), () -> {
            if (!i.process.isAlive()) {
                fail("instance " + i.name + " stopped; its log: " + log);
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + i.port + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        System.out.printf("[cluster] instance %s up on port %d in %d s%n", i.name, i.port,
                (System.nanoTime() - started) / 1_000_000_000);
    }

    private Process startNginx(Path binary) throws Exception {
        Path conf = dir.resolve("nginx");
        Files.createDirectories(conf.resolve("logs"));
        // nginx's workers may run as another user than the master (root's default is nobody): they write here
        Files.setPosixFilePermissions(conf, PosixFilePermissions.fromString("rwxrwxrwx"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        StringBuilder upstream = new StringBuilder();
        for (Instance i : instances.values()) {
            upstream.append("    server 127.0.0.1:").append(i.port).append(" max_fails=1 fail_timeout=30s;\n");
        }
        Files.writeString(conf.resolve("nginx.conf"), """
                daemon off;
                master_process on;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log info;
                events { worker_connections 512; }
                http {
                  log_format upstream '$remote_addr "$request" $status $upstream_addr $upstream_status $request_time';
                  access_log %1$s/logs/access.log upstream;
                  client_body_temp_path %1$s/client_body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  client_max_body_size 260m;
                  upstream hoiso {
                %2$s  }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://hoiso;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_connect_timeout 2s;
                      proxy_read_timeout 120s;
                      proxy_next_upstream error timeout;
                    }
                  }
                }
                """.formatted(conf, upstream, nginxPort));
        Process p = new ProcessBuilder(binary.toString(), "-p", conf.toString(), "-c", conf.resolve("nginx.conf").toString(),
                "-e", conf.resolve("logs/error.log").toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(conf.resolve("logs/stdout.log").toFile())).start();
        Await.until("nginx answers on " + nginxPort + " (logs in " + conf.resolve("logs") + ")", Duration.ofSeconds(30), () -> {
            if (!p.isAlive()) {
                fail("nginx stopped; its logs are in " + conf.resolve("logs"));
            }
            try {
                return http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        return p;
    }

    // ---------------------------------------------------------------- an officer's browser

    /** Signs in through the load balancer as a browser does (login page, its CSRF token, the form); the session cookie. */
    private String signIn() throws Exception {
        HttpResponse<String> page = http.send(request("/login", null).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(page).orElseThrow(() -> new AssertionError("the login page starts a session"));
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String form = "username=" + ADMIN + "&password=" + PASSWORD + "&_csrf=" + csrf.group(1);
        HttpResponse<String> signedIn = http
                .send(request("/login", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).as("signed in").hasValueSatisfying(l -> assertThat(l)
                .doesNotContain("error").doesNotContain("throttled"));
        // a new session id at sign-in (no fixation): the cookie the answer sets
        return sessionCookie(signedIn).orElse(cookie);
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    private HttpRequest.Builder request(String path, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        return cookie == null ? b : b.header("Cookie", cookie);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return http.send(request(path, cookie).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + nginxPort + path);
    }

    // ---------------------------------------------------------------- the import

    private static String memberList(int rows) {
        StringBuilder csv = new StringBuilder("Họ và tên,Ngày sinh,Số CCCD\n");
        String letters = "abcdeghiklmnopqrstuvxy";
        for (int n = 0; n < rows; n++) {
            LocalDate birth = LocalDate.of(1950 + n % 50, 1 + n % 12, 1 + n % 28);
            StringBuilder given = new StringBuilder();
            for (int k = n + letters.length(); k > 0; k /= letters.length()) {
                given.append(letters.charAt(k % letters.length()));
            }
            String cccd = "001" + "1" + String.format("%02d", birth.getYear() % 100) + String.format("%06d", n + 1);
            csv.append("Nguyễn Thị ").append(Character.toUpperCase(given.charAt(0))).append(given, 1, given.length()).append(',')
                    .append(String.format("%02d/%02d/%d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear()))
                    .append(',').append(cccd).append('\n');
        }
        return csv.toString();
    }

    private static byte[] multipart(String boundary, String csv) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cum-may.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] a = head.getBytes(StandardCharsets.UTF_8);
        byte[] b = csv.getBytes(StandardCharsets.UTF_8);
        byte[] c = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + b.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        return all;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^,\"}]*)").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    private String awaitStatus(long job, Duration within, String... statuses) throws Exception {
        String[] seen = new String[1];
        Await.until("import " + job + " reaches " + String.join(" or ", statuses), within, () -> {
            seen[0] = text("SELECT status FROM import_job WHERE id = ?", job);
            return List.of(statuses).contains(seen[0]);
        });
        return seen[0];
    }

    private long membersUnder(long unit) throws SQLException {
        return query("""
                SELECT count(*) FROM member m JOIN org_unit u ON u.id = m.unit_id
                 WHERE u.path <@ (SELECT path FROM org_unit WHERE id = ?)
                """, unit);
    }

    // ---------------------------------------------------------------- helpers

    private long query(String sql, Object arg) throws SQLException {
        return Long.parseLong(text(sql, arg));
    }

    private String text(String sql, Object arg) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, arg);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as(sql).isTrue();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

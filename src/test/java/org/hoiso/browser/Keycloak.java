package org.hoiso.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak server (the distribution the "oidc" Maven profile unpacks into target/keycloak), started
 * as a process with the test realm {@code src/test/resources/oidc/realm-hoiso.json}: client {@code hoiso}
 * and two users whose attribute {@code national_id} a protocol mapper puts into the ID token. Development
 * mode with an in-memory database, so every run starts from the realm file and leaves nothing behind.
 */
final class Keycloak {

    static final String REALM = "hoiso";
    static final String CLIENT_ID = "hoiso";
    static final String CLIENT_SECRET = "hoiso-test-secret";
    /** Password of both test users. */
    static final String PASSWORD = "vneid-test-123";
    /** Start-up includes Quarkus's build step on the first run; generous for a shared 2-core machine. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int port;
    final Duration startedIn;

    private Keycloak(Process process, int port, Duration startedIn) {
        this.process = process;
        this.port = port;
        this.startedIn = startedIn;
    }

    String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    static Keycloak start() {
        String home = System.getProperty("hoiso.keycloak.home");
        if (home == null || !Files.isExecutable(Paths.get(home, "bin", "kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked (hoiso.keycloak.home=" + home + "). "
                    + "Run the OIDC test through the Maven profile: ./mvnw verify -Pbrowser,oidc");
        }
        try {
            Path kcHome = Paths.get(home);
            Path imports = Files.createDirectories(kcHome.resolve("data/import"));
            try (var realm = Keycloak.class.getResourceAsStream("/oidc/realm-hoiso.json")) {
                Files.copy(realm, imports.resolve("realm-hoiso.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            int port = freePort();
            Path log = kcHome.resolve("keycloak.log");
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(List.of(kcHome.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--db=dev-mem", "--import-realm"))
                    .directory(kcHome.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            Keycloak kc = new Keycloak(p, port, null);
            Runtime.getRuntime().addShutdownHook(new Thread(kc::stop));
            kc.awaitReady(log);
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            System.out.println("Keycloak started in " + took.toMillis() + " ms on port " + port + " (log: " + log + ")");
            return new Keycloak(p, port, took);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Polls the realm's discovery document until it answers, the process dies or the deadline passes. */
    private void awaitReady(Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("interrupted while Keycloak started", e);
            }
            try {
                // waits between polls and notices at once if the server exited
                if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException(
                            "Keycloak exited with " + process.exitValue() + " before it was ready; see " + log);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("interrupted while Keycloak started", e);
            }
        }
        stop();
        throw new IllegalStateException("Keycloak not ready after " + START_TIMEOUT + "; see " + log);
    }

    void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

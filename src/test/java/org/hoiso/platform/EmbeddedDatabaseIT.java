package org.hoiso.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL opens to its generated password only, and a postmaster left running by a killed hoiso
 * does not stop the next start.
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path tmp;

    private static PlatformProperties.EmbeddedDb settings(String dataDir) {
        return new PlatformProperties.EmbeddedDb(dataDir, 0, "32MB", 2);
    }

    @Test
    void aConnectionWithoutThePasswordIsRefusedAndWithTheKeptPasswordItWorks() throws Exception {
        Path dir = tmp.resolve("pg");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(settings(dir.toString()))) {
            assertRefusedWithout(db);
            Path kept = EmbeddedDatabase.passwordFile(dir);
            assertThat(kept).hasFileName("pg.password").hasParent(tmp);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
            assertThat(Files.readString(kept).strip()).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(Files.readString(dir.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^\\s*(local|host)\\S*\\s.*trust");
        }
        try (EmbeddedDatabase again = EmbeddedDatabase.start(settings(dir.toString()))) {
            assertRefusedWithout(again);
        }
    }

    @Test
    void aThrowAwayClusterHasAPasswordToo() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(settings(""))) {
            assertRefusedWithout(db);
        }
    }

    @Test
    void aDataDirectoryThatTrustedLocalConnectionsRequiresThePasswordFromItsNextStart() throws Exception {
        Path dir = tmp.resolve("old");
        // as hoiso made it before: the library's own defaults, trust for every local connection
        EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start().close();
        assertThat(Files.readString(dir.resolve("pg_hba.conf"))).contains("trust");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(settings(dir.toString()))) {
            assertRefusedWithout(db);
        }
    }

    @Test
    void aPostmasterLeftRunningByAKilledProcessIsStoppedAndTheNextStartTakesSeconds() throws Exception {
        Path dir = tmp.resolve("pg");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), EmbeddedDatabaseChild.class.getName(), dir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        try {
            CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    boolean seen = false;
                    while ((line = out.readLine()) != null) {
                        seen |= line.startsWith("READY ");
                        if (seen) {
                            return true; // stop reading; the process is killed next
                        }
                    }
                    return false;
                } catch (Exception e) {
                    return false;
                }
            });
            assertThat(ready.get(120, TimeUnit.SECONDS)).as("the child process started its database").isTrue();
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook stops the postmaster
        }
        List<String> pidFile = Files.readAllLines(dir.resolve("postmaster.pid"));
        long postmaster = Long.parseLong(pidFile.get(0).strip());
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("the postmaster outlived its JVM").contains(true);

        long started = System.nanoTime();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(settings(dir.toString()))) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(took).as("start after a kill -9").isLessThan(Duration.ofSeconds(20));
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).as("the leftover is gone")
                    .isFalse();
            try (Connection c = DriverManager.getConnection(jdbc(db), db.username(), db.password());
                    ResultSet r = c.createStatement().executeQuery("SELECT 1")) {
                assertThat(r.next()).isTrue();
            }
        }
    }

    private static String jdbc(EmbeddedDatabase db) {
        return "jdbc:postgresql://localhost:" + db.port() + "/postgres";
    }

    private static void assertRefusedWithout(EmbeddedDatabase db) throws SQLException {
        assertThatThrownBy(() -> DriverManager.getConnection(jdbc(db), db.username(), null).close())
                .as("no password").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(jdbc(db), db.username(), "postgres").close())
                .as("a guessed password").isInstanceOf(SQLException.class);
        try (Connection c = DriverManager.getConnection(jdbc(db), db.username(), db.password());
                ResultSet r = c.createStatement().executeQuery("SELECT current_user")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("postgres");
        }
    }
}

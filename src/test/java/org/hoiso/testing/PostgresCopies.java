package org.hoiso.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * PostgreSQL servers of a test or a benchmark, run as processes with plain {@code initdb} and {@code pg_ctl}: a fresh
 * cluster, and a streaming standby of a running primary. The standby is made without {@code pg_basebackup}, which the
 * embedded PostgreSQL bundle (initdb, pg_ctl, postgres only) lacks: the primary's files are copied between
 * {@code pg_backup_start} and {@code pg_backup_stop} (PostgreSQL's low-level base backup), the copy gets the backup
 * label, {@code standby.signal} and a {@code primary_conninfo} with a physical replication slot, and streams from the
 * primary from then on, as one made by {@code pg_basebackup -R} does. So the tests need nothing but a JDK.
 *
 * <p>Servers trust local connections (they listen on 127.0.0.1 only and live in a temporary directory). As root the
 * commands run in a user namespace ({@code unshare -U}), as the embedded PostgreSQL library runs them.
 */
public final class PostgresCopies {

    /** Files a base backup leaves out (PostgreSQL's documentation, "Making a Base Backup Using the Low Level API"). */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "standby.signal",
            "recovery.signal", "backup_label", "tablespace_map", "server.log");
    /** Directories copied empty: their contents are recreated or streamed. */
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem", "pg_notify",
            "pg_serial", "pg_snapshots", "pg_subtrans");

    private PostgresCopies() {
    }

    /** A server this class started: stop it with {@link #close()}, which also deletes its data directory. */
    public static final class Server implements AutoCloseable {

        private final Path bin;
        private final Path dataDir;
        private final int port;
        private final boolean deleteOnClose;

        Server(Path bin, Path dataDir, int port, boolean deleteOnClose) {
            this.bin = bin;
            this.dataDir = dataDir;
            this.port = port;
            this.deleteOnClose = deleteOnClose;
        }

        public int port() {
            return port;
        }

        public Path dataDir() {
            return dataDir;
        }

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        public Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
        }

        /** One value of one query on the database {@code postgres}. */
        public String query(String sql) {
            try (Connection c = connect("postgres"); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }

        public void execute(String database, String sql) {
            try (Connection c = connect(database); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                run(Duration.ofSeconds(60), bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w",
                        "-t", "50", "stop");
            } catch (RuntimeException e) {
                System.err.println("stopping the PostgreSQL of " + dataDir + ": " + e.getMessage());
            }
            if (deleteOnClose) {
                delete(dataDir);
            }
        }
    }

    /** The directory of the binaries (initdb, pg_ctl, postgres) the embedded PostgreSQL runs, found from its postmaster. */
    public static Path embeddedBinaries(EmbeddedPostgres pg) throws SQLException {
        long pid;
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'")) {
            rs.next();
            pid = rs.getLong(1);
        }
        // the checkpointer is a child of the postmaster; both are the same postgres executable
        String command = ProcessHandle.of(pid).flatMap(p -> p.info().command())
                .orElseThrow(() -> new IllegalStateException("cannot see the embedded PostgreSQL's executable"));
        return Path.of(command).getParent();
    }

    /** A new cluster (initdb: UTF-8, superuser postgres, trusted local connections) started on a free port. */
    public static Server fresh(Path bin, Path dataDir, List<String> settings) throws IOException {
        Files.createDirectories(dataDir.getParent());
        run(Duration.ofMinutes(2), bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        return start(bin, dataDir, settings, true);
    }

    /**
     * A streaming standby of a running primary (whose data directory this process can read), started on a free port
     * and ready to answer read-only queries. The primary keeps the standby's WAL in the replication slot {@code slot}.
     */
    public static Server standby(Path bin, Path primaryDataDir, int primaryPort, Path standbyDir, String slot) throws Exception {
        String primaryUrl = "jdbc:postgresql://127.0.0.1:" + primaryPort + "/postgres";
        String label;
        List<String> settings = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(primaryUrl, "postgres", ""); Statement s = c.createStatement()) {
            // a hot standby needs these at least as high as the primary's (which may be set on its command line)
            try (ResultSet rs = s.executeQuery("SELECT name, setting FROM pg_settings WHERE name IN ('max_connections', "
                    + "'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction')")) {
                while (rs.next()) {
                    settings.add(rs.getString(1) + "=" + rs.getString(2));
                }
            }
            s.execute("SELECT pg_create_physical_replication_slot('" + slot + "', true)");
            // the low-level backup lives in this session: start, copy, stop
            s.execute("SELECT pg_backup_start('hoiso standby', true)");
            copy(primaryDataDir, standbyDir);
            try (ResultSet rs = s.executeQuery("SELECT labelfile FROM pg_backup_stop(false)")) {
                rs.next();
                label = rs.getString(1);
            }
        }
        Files.writeString(standbyDir.resolve("backup_label"), label, StandardCharsets.UTF_8);
        Files.createFile(standbyDir.resolve("standby.signal"));
        Files.writeString(standbyDir.resolve("postgresql.auto.conf"),
                "\nprimary_conninfo = 'host=127.0.0.1 port=" + primaryPort + " user=postgres application_name=hoiso_standby'\n"
                        + "primary_slot_name = '" + slot + "'\nhot_standby = on\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Server standby = start(bin, standbyDir, settings, true);
        Await.until("the standby answers in recovery", Duration.ofSeconds(60),
                () -> "t".equals(quietly(() -> standby.query("SELECT pg_is_in_recovery()"))));
        Await.until("the primary streams to the standby", Duration.ofSeconds(60), () -> "streaming".equals(quietly(
                () -> queryOn(primaryUrl, "SELECT state FROM pg_stat_replication WHERE application_name = 'hoiso_standby'"))));
        return standby;
    }

    /** The standby has replayed everything the primary had written when this was called. */
    public static void caughtUp(Server standby, String primaryUrl, Duration within) {
        String lsn = queryOn(primaryUrl, "SELECT pg_current_wal_lsn()");
        Await.until("the standby replays up to " + lsn, within, () -> "t".equals(quietly(() -> standby
                .query("SELECT pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn"))));
    }

    public static String queryOn(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Runs a command to its end (as root in a user namespace), failing with its output when it fails. */
    public static String run(Duration within, String... command) {
        List<String> full = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name")) && LinuxUtils.isUnshareAvailable()
                && !Path.of(command[0]).getFileName().toString().startsWith("pg_dump")
                && !Path.of(command[0]).getFileName().toString().startsWith("pg_restore")) {
            full.addAll(List.of("unshare", "-U"));
        }
        full.addAll(List.of(command));
        try {
            Path out = Files.createTempFile("hoiso-pg-cmd-", ".log");
            try {
                Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile()).start();
                if (!p.waitFor(within.toSeconds(), TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", full) + " did not end within " + within);
                }
                String output = Files.readString(out, StandardCharsets.UTF_8);
                if (p.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", full) + " failed (" + p.exitValue() + "): " + output);
                }
                return output;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
        }
    }

    private static Server start(Path bin, Path dataDir, List<String> settings, boolean deleteOnClose) throws IOException {
        int port = freePort();
        StringBuilder options = new StringBuilder("-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''");
        for (String setting : settings) {
            options.append(" -c ").append(setting);
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        try {
            run(Duration.ofMinutes(2), bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l",
                    dataDir.resolve("server.log").toString(), "-o", options.toString(), "-w", "-t", "110", "start");
        } catch (IllegalStateException e) {
            Path log = dataDir.resolve("server.log");
            throw new IllegalStateException(e.getMessage() + "\n" + (Files.exists(log) ? Files.readString(log) : ""), e);
        }
        return new Server(bin, dataDir, port, deleteOnClose);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(dir).toString());
                Files.createDirectories(target);
                if (!dir.equals(from) && EMPTIED.contains(dir.getFileName().toString())) {
                    if (dir.getFileName().toString().equals("pg_wal")) {
                        Files.createDirectories(target.resolve("archive_status"));
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (from.relativize(file).getNameCount() == 1 && LEFT_OUT.contains(file.getFileName().toString())) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (NoSuchFileException gone) {
                    // a temporary file removed while copying: the WAL replay does not need it
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }
        });
    }

    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the temporary directory's cleaning
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // left for the temporary directory's cleaning
        }
    }

    private static String quietly(Supplier<String> query) {
        try {
            return query.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

package org.hoiso.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.hoiso.HoisoApplication;
import org.hoiso.member.MemberRegistry;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.indicators.IndicatorSource;
import org.hoiso.platform.security.Caller;
import org.hoiso.testing.PostgresCopies;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Backup and restore of a registry, end to end:
 * {@code ./mvnw -Pbench verify -Dbench.registry.skip=true -Dbench.import.skip=true -Dbench.reporting.skip=true
 * -Dbench.market.skip=true -Dbench.members=2000000} (also {@code -Dbench.pgbin}, the PostgreSQL binaries,
 * default {@code /usr/lib/postgresql/15/bin}).
 *
 * <p>Creates a PostgreSQL cluster (initdb), starts hoiso on it (migrations, the real organisation tree) and loads a
 * synthetic registry ({@link SyntheticRegistry}), notes what hoiso counts, stops hoiso and dumps the database with
 * {@code pg_dump -Fc}; then creates a fresh cluster, restores the dump with {@code pg_restore -j 2}, starts hoiso on
 * the copy (Flyway validates the schema: nothing to migrate) and counts again. The national count and every
 * province's (the registry's kept subtree totals), the members by status and province counted row by row, the
 * organisation units, the indicator {@code members.active} of the nation and of each province, the report values and
 * the audit log must be equal; any difference is printed and the process exits 1. Prints the dump's and the
 * restore's times and sizes.
 *
 * <p>{@code pg_dump} and {@code pg_restore} are not in the embedded PostgreSQL bundle, and a {@code pg_dump} refuses a
 * server of a newer major version; so both clusters run the binaries of {@code bench.pgbin} (initdb, pg_ctl, postgres,
 * pg_dump and pg_restore of one version), not the embedded PostgreSQL 17.
 */
public final class BackupRestoreBenchmark {

    private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> SERVER_SETTINGS = List.of("fsync=off", "synchronous_commit=off", "full_page_writes=off",
            "shared_buffers=512MB", "maintenance_work_mem=256MB", "max_wal_size=4GB", "timezone=UTC");

    /** What hoiso says about a registry; equal before the dump and after the restore. */
    record Counts(Map<String, Object> figures) {
    }

    public static void main(String[] args) throws Exception {
        long members = Long.parseLong(System.getProperty("bench.members", "2000000").replace("_", ""));
        String branchesProperty = System.getProperty("bench.branches", "");
        int branches = branchesProperty.isBlank() ? (int) Math.max(1, members / 20) : Integer.parseInt(branchesProperty);
        long seed = Long.parseLong(System.getProperty("bench.seed", "20250701"));
        Path bin = Path.of(System.getProperty("bench.pgbin", "/usr/lib/postgresql/15/bin"));
        for (String tool : List.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore")) {
            if (!Files.isExecutable(bin.resolve(tool))) {
                System.err.println("no " + tool + " in " + bin + " (-Dbench.pgbin=<directory of the PostgreSQL binaries>)");
                System.exit(2);
            }
        }
        System.out.printf("%nhoiso backup and restore: %,d members, %,d branches, seed %d, PostgreSQL binaries %s (%s)%n",
                members, branches, seed, bin, PostgresCopies.run(Duration.ofSeconds(30), bin.resolve("postgres").toString(),
                        "--version").strip());
        Path work = Files.createTempDirectory("hoiso-backup-");
        int exit = 1;
        try (PostgresCopies.Server original = PostgresCopies.fresh(bin, work.resolve("original"), SERVER_SETTINGS)) {
            Counts before;
            long t0 = System.nanoTime();
            try (ConfigurableApplicationContext app = start(original.jdbcUrl("postgres"))) {
                System.out.printf("hoiso started on the original (schema migrated, tree loaded) in %.1f s%n",
                        Timings.elapsedMs(t0) / 1000);
                SyntheticRegistry.Result built = new SyntheticRegistry(app.getBean(DataSource.class), seed,
                        LocalDate.now(VIET_NAM)).build(members, branches);
                System.out.printf("Synthetic registry: %,d members loaded in %.1f s%n", built.members(), built.loadMs() / 1000);
                before = counts(app);
            }
            String size = original.query("SELECT pg_size_pretty(pg_database_size('postgres'))");

            Path dump = work.resolve("hoiso.dump");
            long d0 = System.nanoTime();
            PostgresCopies.run(Duration.ofHours(2), bin.resolve("pg_dump").toString(), "-Fc", "-h", "127.0.0.1", "-p",
                    Integer.toString(original.port()), "-U", "postgres", "-d", "postgres", "-f", dump.toString());
            double dumpMs = Timings.elapsedMs(d0);

            try (PostgresCopies.Server restored = PostgresCopies.fresh(bin, work.resolve("restored"), SERVER_SETTINGS)) {
                long r0 = System.nanoTime();
                PostgresCopies.run(Duration.ofHours(2), bin.resolve("pg_restore").toString(), "-j", "2", "--exit-on-error",
                        "-h", "127.0.0.1", "-p", Integer.toString(restored.port()), "-U", "postgres", "-d", "postgres",
                        dump.toString());
                double restoreMs = Timings.elapsedMs(r0);
                String restoredSize = restored.query("SELECT pg_size_pretty(pg_database_size('postgres'))");
                Counts after;
                long s0 = System.nanoTime();
                try (ConfigurableApplicationContext app = start(restored.jdbcUrl("postgres"))) {
                    System.out.printf("hoiso started on the restored copy in %.1f s%n", Timings.elapsedMs(s0) / 1000);
                    after = counts(app);
                }
                System.out.printf("%nDatabase %s; pg_dump -Fc %.1f s, dump file %,.1f MB; pg_restore -j 2 %.1f s, restored "
                        + "database %s%n", size, dumpMs / 1000, Files.size(dump) / 1e6, restoreMs / 1000, restoredSize);
                exit = compare(before, after) ? 0 : 1;
            }
        } finally {
            PostgresCopies.delete(work);
        }
        System.exit(exit);
    }

    /** hoiso without a web server on the given database, quiet. */
    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(HoisoApplication.class, NonWebSecurity.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--hoiso.admin.password=bench-password-1", "--logging.level.root=WARN",
                        "--spring.main.log-startup-info=false", "--spring.thymeleaf.check-template-location=false");
    }

    private static Counts counts(ConfigurableApplicationContext app) throws SQLException {
        MemberRegistry registry = app.getBean(MemberRegistry.class);
        OrgUnits units = app.getBean(OrgUnits.class);
        OrgUnit central = units.findOpenByCode("TW").orElseThrow();
        Caller admin = new Caller(0, "bench", "bench", List.of(new Caller.Assignment(Caller.Role.ADMIN, central.id())));
        IndicatorSource indicators = app.getBeansOfType(IndicatorSource.class).values().stream()
                .filter(s -> s.keys().contains("members.active")).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(VIET_NAM);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("national (kept totals)", registry.counts(admin, central.id()));
        figures.put("national members.active", indicators.compute("members.active", central.path(), today.withDayOfMonth(1),
                today).get(""));
        for (OrgUnit province : units.openUnitsIn(units.readable(admin, central.id())).stream()
                .filter(u -> Objects.equals(u.parentId(), central.id())).toList()) {
            figures.put(province.code() + " (kept totals)", registry.counts(admin, province.id()));
            BigDecimal active = indicators.compute("members.active", province.path(), today.withDayOfMonth(1), today).get("");
            figures.put(province.code() + " members.active", active);
        }
        try (Connection c = app.getBean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
            figures.put("members by province and status (rows)", rows(s, """
                    SELECT coalesce(p.code, '-') || ' ' || m.status || ' ' || count(*) FROM member m
                      LEFT JOIN org_unit p ON p.id = m.province_id GROUP BY p.code, m.status ORDER BY 1
                    """));
            figures.put("org units",
                    rows(s, "SELECT level_code || ' ' || count(*) FROM org_unit GROUP BY level_code ORDER BY 1"));
            figures.put("report values", rows(s, "SELECT count(*) || ' ' || coalesce(sum(num), 0) FROM rpt_value"));
            figures.put("audit log", rows(s, "SELECT count(*) FROM audit_log"));
            figures.put("schema version", rows(s, "SELECT max(installed_rank) || ' ' || count(*) FROM flyway_schema_history"));
        }
        return new Counts(figures);
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static boolean compare(Counts before, Counts after) {
        boolean same = true;
        for (var e : before.figures().entrySet()) {
            Object restored = after.figures().get(e.getKey());
            if (!Objects.equals(normal(e.getValue()), normal(restored))) {
                same = false;
                System.out.printf("DIFFERENT %s: original %s, restored %s%n", e.getKey(), e.getValue(), restored);
            }
        }
        if (!before.figures().keySet().equals(after.figures().keySet())) {
            same = false;
            System.out.printf("DIFFERENT figures: original %s, restored %s%n", before.figures().keySet(),
                    after.figures().keySet());
        }
        Object national = before.figures().get("national (kept totals)");
        System.out.printf("%s: %d figures compared (national %s, %d provinces, members by province and status, org units, "
                + "indicator members.active, report values, audit log, schema version)%n",
                same ? "RESTORE OK" : "RESTORE DIFFERS", before.figures().size(), national,
                before.figures().keySet().stream().filter(k -> k.endsWith("(kept totals)")).count() - 1);
        return same;
    }

    private static Object normal(Object value) {
        return value instanceof BigDecimal b ? b.stripTrailingZeros() : value;
    }
}

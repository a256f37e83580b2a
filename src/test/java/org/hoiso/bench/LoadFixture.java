package org.hoiso.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.hoiso.HoisoApplication;
import org.hoiso.account.Accounts;
import org.hoiso.account.PersonalTokens;
import org.hoiso.orgunit.OrgTreeLoader;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the month's-end load simulation ({@code org.hoiso.load}) runs against: the real application with its web server
 * on a free port and a fresh embedded PostgreSQL, the synthetic registry of N members ({@link SyntheticRegistry}),
 * commune and province officers' accounts with known passwords, the month's report form, and member lists for two
 * imports. Everything is made through the application's own services, as an administrator would.
 */
public final class LoadFixture implements AutoCloseable {

    /** The monthly commune report every commune officer fills in at the month's end. */
    public static final String MONTHLY_FORM = "HV_THANG";
    private static final String PASSWORD = "Cuoi-thang-bao-cao-2026";

    /** An officer the simulation signs in as; {@code names} are full names of active members of her subtree. */
    public record Officer(String username, String password, long unitId, String unitCode, List<String> names) {
    }

    /** A province officer's script reading the API with her personal token. */
    public record ApiClient(String token, long unitId, List<String> names) {
    }

    /** An officer importing a member list through the API with her personal token. */
    public record Importer(String username, String token, long unitId, Path file, long rows) {
    }

    private final ConfigurableApplicationContext context;
    private final int port;
    private final List<Officer> communeOfficers;
    private final List<Officer> provinceOfficers;
    private final List<Importer> importers;
    private final List<ApiClient> apiClients;
    private final long formId;
    private final String period;
    private final SyntheticRegistry.Result registry;

    private LoadFixture(ConfigurableApplicationContext context, int port, List<Officer> communeOfficers,
            List<Officer> provinceOfficers, List<Importer> importers, List<ApiClient> apiClients, long formId, String period,
            SyntheticRegistry.Result registry) {
        this.context = context;
        this.port = port;
        this.communeOfficers = communeOfficers;
        this.provinceOfficers = provinceOfficers;
        this.importers = importers;
        this.apiClients = apiClients;
        this.formId = formId;
        this.period = period;
        this.registry = registry;
    }

    /**
     * Starts the application, builds the registry and the accounts. {@code extraArguments} are more application
     * arguments (e.g. {@code --hoiso.embedded-db.pool-size=20}).
     */
    public static LoadFixture prepare(long members, int communes, int provinces, int apiClients, long importRows, long seed,
            Path workDir, List<String> extraArguments) throws Exception {
        long t0 = System.nanoTime();
        // The test classpath's config/application.properties turns the template cache off (for the tests); production
        // keeps it on, and without it every page parses its templates again: put it back.
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.thymeleaf.cache=true",
                "--hoiso.embedded-db.data-dir=",
                "--spring.datasource.url=", "--hoiso.embedded-db.shared-buffers=1GB", "--hoiso.admin.password=bench-password-1",
                "--logging.level.root=WARN", "--logging.level.org.hoiso=INFO", "--spring.main.log-startup-info=false"));
        args.addAll(extraArguments);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(HoisoApplication.class)
                .bannerMode(Banner.Mode.OFF).run(args.toArray(String[]::new));
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            System.out.printf("Application started on port %d in %.1f s%n", port, Timings.elapsedMs(t0) / 1000);
            DataSource dataSource = context.getBean(DataSource.class);
            LocalDate today = LocalDate.now(context.getBean(Clock.class));

            System.out.printf("Generating the synthetic registry of %,d members…%n", members);
            SyntheticRegistry.Result built = new SyntheticRegistry(dataSource, seed, today).build(members,
                    (int) Math.max(1, members / 20));
            System.out.printf("Loaded %,d members in %.1f s (%,.0f rows/s), VACUUM ANALYZE %.1f s%n", built.members(),
                    built.loadMs() / 1000, built.members() / (built.loadMs() / 1000), built.analyzeMs() / 1000);

            JdbcClient jdbc = JdbcClient.create(dataSource);
            OrgUnits units = context.getBean(OrgUnits.class);
            long central = units.findOpenByCode(OrgTreeLoader.CENTRAL_CODE).orElseThrow().id();
            Caller admin = new Caller(0, "load", "load", List.of(new Caller.Assignment(Caller.Role.ADMIN, central)));
            SplittableRandom random = new SplittableRandom(seed + 7);

            List<Unit> communeUnits = new ArrayList<>(jdbc
                    .sql("""
                            SELECT id, code, path::text AS path FROM org_unit WHERE level_code = 'COMMUNE' AND valid_to IS NULL ORDER BY id
                            """)
                    .query(Unit.class).list());
            Collections.shuffle(communeUnits, new Random(seed));
            List<Unit> provinceUnits = jdbc
                    .sql("""
                            SELECT id, code, path::text AS path FROM org_unit WHERE level_code = 'PROVINCE' AND valid_to IS NULL ORDER BY code
                            """)
                    .query(Unit.class).list();

            t0 = System.nanoTime();
            Accounts accounts = context.getBean(Accounts.class);
            List<Officer> communeOfficers = officers(accounts, admin, jdbc, random, "xa",
                    communeUnits.subList(0, Math.min(communes, communeUnits.size())));
            List<Officer> provinceOfficers = officers(accounts, admin, jdbc, random, "tinh",
                    provinceUnits.subList(0, Math.min(provinces, provinceUnits.size())));
            System.out.printf("%d commune and %d province officers' accounts created in %.1f s%n", communeOfficers.size(),
                    provinceOfficers.size(), Timings.elapsedMs(t0) / 1000);

            List<Importer> importers = importers(context, accounts, admin, jdbc, random, today, importRows, workDir,
                    List.of(provinceUnits.get(0), provinceUnits.get(provinceUnits.size() - 1)));
            PersonalTokens tokens = context.getBean(PersonalTokens.class);
            List<ApiClient> clients = new ArrayList<>();
            for (Officer o : provinceOfficers.subList(0, Math.min(apiClients, provinceOfficers.size()))) {
                long userId = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", o.username()).query(Long.class)
                        .single();
                Caller caller = new Caller(userId, o.username(), o.username(),
                        List.of(new Caller.Assignment(Caller.Role.OFFICER, o.unitId())));
                clients.add(new ApiClient(tokens.create(caller, new PersonalTokens.NewToken("script", 30)).token(), o.unitId(),
                        o.names()));
            }
            long formId = jdbc.sql("SELECT id FROM rpt_form WHERE code = :c").param("c", MONTHLY_FORM).query(Long.class).single();
            // The month just ended: its report is due in the first half of this month.
            LocalDate month = today.withDayOfMonth(1).minusMonths(1);
            String period = String.format("%d-%02d", month.getYear(), month.getMonthValue());
            return new LoadFixture(context, port, communeOfficers, provinceOfficers, importers, clients, formId, period, built);
        } catch (Exception | Error e) {
            context.close();
            throw e;
        }
    }

    record Unit(long id, String code, String path) {
    }

    /** One officer per unit, created in two threads (each account costs a password hash). */
    private static List<Officer> officers(Accounts accounts, Caller admin, JdbcClient jdbc, SplittableRandom random,
            String prefix, List<Unit> units) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Officer>> futures = new ArrayList<>();
            for (Unit u : units) {
                long pick = random.nextLong();
                futures.add(pool.submit(() -> {
                    String username = "load." + prefix + "." + u.code().toLowerCase();
                    accounts.create(admin, new Accounts.NewAccount(username, PASSWORD, "Cán bộ " + u.code(),
                            Caller.Role.OFFICER, u.id()));
                    return new Officer(username, PASSWORD, u.id(), u.code(), names(jdbc, u, pick));
                }));
            }
            List<Officer> out = new ArrayList<>();
            for (Future<Officer> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** A few full names of active members of the subtree (what an officer types into the search box). */
    private static List<String> names(JdbcClient jdbc, Unit u, long pick) {
        // By the member's unit (its index), not "ORDER BY id LIMIT", which walks the whole registry in id order.
        List<String> names = jdbc.sql("""
                SELECT m.full_name FROM member m
                 WHERE m.unit_id IN (SELECT o.id FROM org_unit o WHERE o.path <@ CAST(:path AS ltree)) AND m.status = 'ACTIVE'
                 LIMIT 200
                """).param("path", u.path()).query(String.class).list();
        if (names.isEmpty()) {
            return List.of("Nguyễn Thị Lan");
        }
        SplittableRandom r = new SplittableRandom(pick);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            out.add(names.get(r.nextInt(names.size())));
        }
        return out;
    }

    /** Two province officers with a personal API token each, and a member list of their province for each. */
    private static List<Importer> importers(ConfigurableApplicationContext context, Accounts accounts, Caller admin,
            JdbcClient jdbc, SplittableRandom random, LocalDate today, long rows, Path workDir, List<Unit> provinces)
            throws IOException, SQLException {
        Files.createDirectories(workDir);
        PersonalTokens tokens = context.getBean(PersonalTokens.class);
        CccdNumbers cccd = new CccdNumbers();
        List<Importer> out = new ArrayList<>();
        for (Unit p : provinces) {
            String username = "load.nhap." + p.code().toLowerCase();
            long id = accounts.create(admin,
                    new Accounts.NewAccount(username, PASSWORD, "Nhập danh sách " + p.code(), Caller.Role.OFFICER, p.id()));
            Caller officer = new Caller(id, username, username, List.of(new Caller.Assignment(Caller.Role.OFFICER, p.id())));
            String token = tokens.create(officer, new PersonalTokens.NewToken("load", 30)).token();
            // Communes by today's name, only names that are unique within the province.
            List<ImportFiles.Commune> communes = jdbc.sql("""
                    SELECT min(u.name) AS name, min(u.admin_code) AS code FROM org_unit u
                     WHERE u.level_code = 'COMMUNE' AND u.valid_to IS NULL AND u.path <@ CAST(:path AS ltree)
                     GROUP BY u.name HAVING count(*) = 1
                    """).param("path", p.path()).query((rs, n) -> new ImportFiles.Commune(rs.getString("name"),
                    rs.getString("code"), List.of())).list();
            Path file = workDir.resolve("danh-sach-" + p.code() + ".csv");
            ImportFiles.Written w = ImportFiles.write(file, rows, 0.03, p.code(), communes, cccd, random.split(), today);
            out.add(new Importer(username, token, p.id(), w.file(), w.rows()));
        }
        return out;
    }

    public int port() {
        return port;
    }

    public List<Officer> communeOfficers() {
        return communeOfficers;
    }

    public List<Officer> provinceOfficers() {
        return provinceOfficers;
    }

    public List<Importer> importers() {
        return importers;
    }

    public List<ApiClient> apiClients() {
        return apiClients;
    }

    public long formId() {
        return formId;
    }

    /** The month just ended, as the report pages write it ({@code 2026-11}). */
    public String period() {
        return period;
    }

    public long members() {
        return registry.members();
    }

    public DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Settings the application runs with, for the report. */
    public Map<String, String> settings() {
        var env = context.getEnvironment();
        return Map.of("hoiso.embedded-db.pool-size", env.getProperty("hoiso.embedded-db.pool-size", "10 (default)"),
                "server.tomcat.threads.max", env.getProperty("server.tomcat.threads.max", "200 (default)"),
                "spring.thymeleaf.cache", env.getProperty("spring.thymeleaf.cache", "?"));
    }

    @Override
    public void close() {
        context.close();
    }
}

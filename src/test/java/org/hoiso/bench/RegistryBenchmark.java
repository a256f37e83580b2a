package org.hoiso.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hoiso.HoisoApplication;
import org.hoiso.member.MemberQuery;
import org.hoiso.member.MemberRegistry;
import org.hoiso.member.MemberStatus;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.indicators.IndicatorSource;
import org.hoiso.platform.security.Caller;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark of the member registry at scale:
 * {@code ./mvnw -Pbench verify -Dbench.members=2000000 [-Dbench.runs=7]} (also {@code -Dbench.branches},
 * default members / 20, {@code -Dbench.seed} and {@code -Dbench.verbose=true} to print every run;
 * {@code -Dbench.datadir=/path} keeps the cluster there so that the next run with the same size and seed measures
 * the same registry without building it; {@code -Dbench.load=triggers} loads through the triggers instead of
 * {@link FastLoad}, {@code -Dbench.load.connections=2} its COPY connections).
 *
 * <p>Starts the real application (no web server) on a fresh, throw-away embedded PostgreSQL, generates
 * a synthetic registry on the real organisation tree, then times the application's subtree counts,
 * name searches and CCCD look-ups beside plain-SQL baselines and prints the figures against the
 * targets (subtree counts under 20 ms, searches under 50 ms median at 2,000,000 members). A missed
 * target is reported, not thrown: the process exits 0 once it has measured.
 */
public final class RegistryBenchmark {

    private static final int WARMUPS = 2;
    private static final int MEMBER_SAMPLE = 20_000;
    private static final int PAGE = 20;
    private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");

    record Settings(long members, int branches, int runs, long seed, boolean verbose, String dataDir) {
        static Settings fromSystemProperties() {
            long members = number("bench.members", 2_000_000);
            Settings s = new Settings(members, (int) number("bench.branches", Math.max(1, members / 20)),
                    (int) number("bench.runs", 7), number("bench.seed", 20250701), Boolean.getBoolean("bench.verbose"),
                    System.getProperty("bench.datadir", "").strip());
            if (s.members < 1_000 || s.runs < 1 || s.branches < 1) {
                throw new IllegalArgumentException("need bench.members >= 1000, bench.runs >= 1 and bench.branches >= 1: " + s);
            }
            return s;
        }

        private static long number(String name, long defaultValue) {
            String v = System.getProperty(name);
            return v == null || v.isBlank() ? defaultValue : Long.parseLong(v.strip().replace("_", "").replace(",", ""));
        }
    }

    /** A unit whose subtree is counted; the path is for the baseline. */
    record UnitCase(long unitId, String path, String label) {
    }

    /** A search as a user types it, within a unit's subtree. */
    record SearchCase(String q, long unitId, String path) {
    }

    /** Which words of her name the user types. */
    enum Words {
        ALL, FAMILY_AND_GIVEN, GIVEN
    }

    private final Settings settings;
    private final DataSource dataSource;
    private final StatementRecorder recorder;
    private final MemberRegistry registry;
    private final OrgUnits units;
    private final OrgUnit central;
    private final Caller admin;
    private final IndicatorSource memberIndicators;

    private RegistryBenchmark(Settings settings, ConfigurableApplicationContext context, StatementRecorder recorder) {
        this.settings = settings;
        this.recorder = recorder;
        this.dataSource = context.getBean(DataSource.class);
        this.registry = context.getBean(MemberRegistry.class);
        this.units = context.getBean(OrgUnits.class);
        this.central = units.findOpenByCode("TW").orElseThrow();
        // MemberRegistry.search and counts take the caller explicitly and audit nothing, so no Spring
        // Security context is needed. A national administrator on the central union may read everything.
        this.admin = new Caller(0, "bench", "bench", List.of(new Caller.Assignment(Caller.Role.ADMIN, central.id())));
        this.memberIndicators = context.getBeansOfType(IndicatorSource.class).values().stream()
                .filter(s -> s.keys().contains("members.active")).findFirst().orElseThrow();
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        System.out.printf("%nhoiso registry benchmark: %,d members, %,d branches, %d runs after %d warm-ups, seed %d%n",
                settings.members(), settings.branches(), settings.runs(), WARMUPS, settings.seed());
        long t0 = System.nanoTime();
        StatementRecorder recorder = new StatementRecorder();
        if (!settings.dataDir().isEmpty()) {
            System.out.printf("Data directory kept for the next run: %s%n", settings.dataDir());
        }
        try (ConfigurableApplicationContext context = start(recorder, settings.dataDir())) {
            System.out.printf("Application started (schema migrated, organisation tree loaded) in %.1f s%n",
                    Timings.elapsedMs(t0) / 1000);
            new RegistryBenchmark(settings, context, recorder).run();
        }
        // Exit explicitly: a pool or driver thread left behind must not keep the build waiting.
        System.exit(0);
    }

    /** The application without a web server on a fresh embedded cluster, every statement recorded (shared by the benchmarks). */
    static ConfigurableApplicationContext start(StatementRecorder recorder) {
        return start(recorder, "");
    }

    /**
     * The same on the cluster in {@code dataDir} (created on the first run, kept afterwards, so that a registry built
     * once is measured again without building it again: see {@link #reusedRegistry}); empty is a throw-away cluster.
     */
    static ConfigurableApplicationContext start(StatementRecorder recorder, String dataDir) {
        return new SpringApplicationBuilder(HoisoApplication.class, NonWebSecurity.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(recorder))
                // Command-line arguments rather than default properties, which application.properties would
                // override. An empty data-dir is a fresh throw-away cluster; the empty datasource URL makes
                // sure it is the embedded one even where HOISO_DB_URL points at a real database.
                .run("--hoiso.embedded-db.data-dir=" + dataDir, "--spring.datasource.url=",
                        "--hoiso.embedded-db.shared-buffers=1GB",
                        "--hoiso.admin.password=bench-password-1", "--logging.level.root=WARN", "--logging.level.org.hoiso=INFO",
                        "--spring.main.log-startup-info=false", "--spring.thymeleaf.check-template-location=false");
    }

    private void run() throws SQLException {
        try (Baselines db = new Baselines(dataSource)) {
            // A bulk load writes many GB of WAL: checkpoints every 1 GB (the default) would write the pages again and
            // again. Not set on the server's command line, so ALTER SYSTEM takes effect on reload.
            db.execute("ALTER SYSTEM SET max_wal_size = '8GB'");
            db.execute("ALTER SYSTEM SET checkpoint_timeout = '30min'");
            db.text("SELECT pg_reload_conf()::text");
        }
        SyntheticRegistry.Result built = reusedRegistry();
        if (built == null) {
            System.out.println("\nGenerating the synthetic registry…");
            built = new SyntheticRegistry(dataSource, settings.seed(), LocalDate.now(VIET_NAM))
                    .build(settings.members(), settings.branches());
            System.out.printf("Generated and loaded %,d members in %.1f s: %,.0f rows/s%n",
                    built.members(), built.loadMs() / 1000, built.members() / (built.loadMs() / 1000));
            remember(built);
        }

        Workload workload = Workload.sample(dataSource, new SplittableRandom(settings.seed() + 1), MEMBER_SAMPLE);
        try (Baselines baselines = new Baselines(dataSource)) {
            List<Measurement<?>> results = measure(workload, baselines);
            Report.facts(baselines, built);
            Report.table(results, settings.runs(), WARMUPS);
            Report.slowestPlan(results, recorder, baselines);
        }
    }

    /**
     * The registry a previous run built in the kept data directory, if it was built with the same size and seed;
     * null when there is none yet. Any other members there stop the run: they would be measured as if generated.
     */
    private SyntheticRegistry.Result reusedRegistry() {
        try (Baselines db = new Baselines(dataSource)) {
            db.execute("""
                    CREATE TABLE IF NOT EXISTS bench_registry (
                        members bigint NOT NULL, branches int NOT NULL, seed bigint NOT NULL, ord int NOT NULL,
                        phase text NOT NULL, ms double precision NOT NULL)
                    """);
            long members = db.number("SELECT count(*) FROM member");
            long recorded = db.number("SELECT count(*) FROM bench_registry WHERE members = ? AND branches = ? AND seed = ?",
                    settings.members(), settings.branches(), settings.seed());
            if (members == 0) {
                return null;
            }
            if (recorded == 0 || members != settings.members()) {
                throw new IllegalStateException(String.format(
                        "the data directory %s holds %,d members that this run did not build (asked: %,d, seed %d): "
                                + "remove it, or name another one with -Dbench.datadir",
                        settings.dataDir(), members, settings.members(), settings.seed()));
            }
            Map<String, Double> phases = new LinkedHashMap<>();
            try (Connection c = dataSource.getConnection();
                    PreparedStatement ps = c.prepareStatement(
                            "SELECT phase, ms FROM bench_registry WHERE members = ? AND branches = ? AND seed = ? ORDER BY ord")) {
                ps.setLong(1, settings.members());
                ps.setInt(2, settings.branches());
                ps.setLong(3, settings.seed());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        phases.put(rs.getString(1), rs.getDouble(2));
                    }
                }
            }
            System.out.printf("%nReusing the registry of %,d members built earlier in %s (its build times below)%n", members,
                    settings.dataDir());
            double branchMs = phases.getOrDefault("branches", 0.0);
            double loadMs = phases.values().stream().mapToDouble(Double::doubleValue).sum() - branchMs;
            return new SyntheticRegistry.Result(members, settings.branches(), branchMs, loadMs, 0, phases);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void remember(SyntheticRegistry.Result built) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO bench_registry VALUES (?, ?, ?, ?, ?, ?)")) {
            int ord = 0;
            for (Map.Entry<String, Double> phase : built.phases().entrySet()) {
                ps.setLong(1, settings.members());
                ps.setInt(2, settings.branches());
                ps.setLong(3, settings.seed());
                ps.setInt(4, ord++);
                ps.setString(5, phase.getKey());
                ps.setDouble(6, phase.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private List<Measurement<?>> measure(Workload w, Baselines base) {
        int n = WARMUPS + settings.runs();
        boolean verbose = settings.verbose();
        List<Measurement<?>> out = new ArrayList<>();
        System.out.printf("%nMeasuring (%d sampled members to draw names and CCCD numbers from)…%n", w.sampledMembers());

        UnitCase country = new UnitCase(central.id(), central.path(), central.code());
        // -Dbench.registry.searches-only=true: the name searches alone (at 20 M the counts' and indicators' plain-SQL
        // baselines take 15-100 s each, half an hour in all)
        boolean all = !Boolean.getBoolean("bench.registry.searches-only");
        if (all) {
            out.add(counts("count: province subtree", base).run(cases(n, () -> unitCase(w.province())), WARMUPS, verbose));
            out.add(counts("count: commune subtree", base).run(cases(n, () -> unitCase(w.commune())), WARMUPS, verbose));
            out.add(counts("count: whole country", base).run(cases(n, () -> country), WARMUPS, verbose));
            out.add(activeAtMonthEnd("indicator: active, commune month", base)
                    .run(cases(n, () -> unitCase(w.commune())), WARMUPS, verbose));
            out.add(activeAtMonthEnd("indicator: active, province month", base)
                    .run(cases(n, () -> unitCase(w.province())), WARMUPS, verbose));
        }

        out.add(search("search: full name, province", base)
                .run(cases(n, () -> searchCase(w.member(Workload::active), Words.ALL)), WARMUPS, verbose));
        out.add(search("search: family + given, province", base)
                .run(cases(n, () -> searchCase(w.member(Workload::active), Words.FAMILY_AND_GIVEN)), WARMUPS, verbose));
        out.add(search("search: given name only, province", base)
                .run(cases(n, () -> searchCase(w.member(Workload::active), Words.GIVEN)), WARMUPS, verbose));
        out.add(search("search: rare full name, province", base)
                .run(cases(n, () -> searchCase(w.member(m -> Workload.active(m) && Workload.rareFamilyName(m)), Words.ALL)),
                        WARMUPS, verbose));
        out.add(search("search: two-letter words, province", base)
                .run(cases(n, () -> twoLetterCase(w.member(Workload::active))), WARMUPS, verbose));
        if (all) {
            out.add(new Measurement<String>("search: CCCD, whole country", Measurement.Kind.SEARCH,
                    cccd -> registry.search(admin, query(cccd, central.id(), null)).items().size(),
                    base::byNationalId,
                    (cccd, found) -> found + " found for " + cccd)
                    .run(cases(n, () -> w.member(m -> true).nationalId()), WARMUPS, verbose));
            out.add(new Measurement<String>("search: phone, whole country", Measurement.Kind.SEARCH,
                    phone -> registry.search(admin, query(phone, central.id(), null)).items().size(),
                    base::byPhone,
                    (phone, found) -> found + " found for " + phone)
                    .run(cases(n, () -> w.member(m -> m.phone() != null).phone()), WARMUPS, verbose));
            out.add(new Measurement<Long>("member page: record + history", Measurement.Kind.SEARCH,
                    id -> registry.get(admin, id).id() + (long) registry.history(admin, id).size(),
                    base::memberPage,
                    (id, sum) -> "member " + id)
                    .run(cases(n, () -> w.member(m -> true).id()), WARMUPS, verbose));
            // The whole country's month reads the whole history (seconds at 20 M): three timed runs are enough to show it.
            out.add(activeAtMonthEnd("indicator: active, country month", base)
                    .run(cases(WARMUPS + Math.min(3, settings.runs()), () -> country), WARMUPS, verbose));
        }
        return out;
    }

    /** The app's way: the Subtree the caller may read, then its counts (both are part of a dashboard request). */
    private Measurement<UnitCase> counts(String label, Baselines base) {
        return new Measurement<>(label, Measurement.Kind.COUNT,
                c -> registry.counts(units.readable(admin, c.unitId())).active(),
                c -> base.activeInSubtree(c.path()),
                (c, active) -> String.format("%,d active in %s", (Long) active, c.label()));
    }

    /**
     * The member indicator a monthly report computes (members active at the end of last month, counted where each
     * was then through the dated history) beside the same count by each member's unit today.
     */
    private Measurement<UnitCase> activeAtMonthEnd(String label, Baselines base) {
        LocalDate monthEnd = LocalDate.now(VIET_NAM).withDayOfMonth(1).minusDays(1);
        return new Measurement<>(label, Measurement.Kind.INDICATOR,
                c -> memberIndicators.compute("members.active", c.path(), monthEnd.withDayOfMonth(1), monthEnd).get("")
                        .longValueExact(),
                c -> base.activeAtInSubtree(c.path(), monthEnd),
                (c, active) -> String.format("%,d active on %s in %s", (Long) active, monthEnd, c.label()));
    }

    /** The app's way: one page of active members, exactly as the member list asks for it. */
    private Measurement<SearchCase> search(String label, Baselines base) {
        return new Measurement<>(label, Measurement.Kind.SEARCH,
                c -> registry.search(admin, query(c.q(), c.unitId(), MemberStatus.ACTIVE)).items().size(),
                c -> base.searchByName(c.path(), c.q()),
                (c, rows) -> rows + " row(s) for \"" + c.q() + "\"");
    }

    private static MemberQuery query(String q, long unitId, MemberStatus status) {
        return new MemberQuery(q, unitId, status, null, null, null, null, null, PAGE);
    }

    private UnitCase unitCase(Workload.Unit u) {
        return new UnitCase(u.id(), units.get(u.id()).path(), u.code() + " " + u.name());
    }

    /** What a user types to find her: without diacritics, as the folded name has it. */
    private SearchCase searchCase(Workload.SampledMember m, Words words) {
        String[] w = m.folded().split(" ");
        String q = switch (words) {
            case ALL -> m.folded();
            case FAMILY_AND_GIVEN -> w[0] + " " + w[w.length - 1];
            case GIVEN -> w[w.length - 1];
        };
        return new SearchCase(q, m.provinceId(), units.get(m.provinceId()).path());
    }

    /** What a user types when she types little: the first two letters of the family name and of the given name. */
    private SearchCase twoLetterCase(Workload.SampledMember m) {
        String[] w = m.folded().split(" ");
        String q = w[0].substring(0, Math.min(2, w[0].length())) + " "
                + w[w.length - 1].substring(0, Math.min(2, w[w.length - 1].length()));
        return new SearchCase(q, m.provinceId(), units.get(m.provinceId()).path());
    }

    private static <P> List<P> cases(int n, Supplier<P> next) {
        List<P> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(next.get());
        }
        return out;
    }
}

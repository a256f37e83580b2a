package org.hoiso.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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
 * default members / 20, {@code -Dbench.seed} and {@code -Dbench.verbose=true} to print every run).
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

    record Settings(long members, int branches, int runs, long seed, boolean verbose) {
        static Settings fromSystemProperties() {
            long members = number("bench.members", 2_000_000);
            Settings s = new Settings(members, (int) number("bench.branches", Math.max(1, members / 20)),
                    (int) number("bench.runs", 7), number("bench.seed", 20250701), Boolean.getBoolean("bench.verbose"));
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
        try (ConfigurableApplicationContext context = start(recorder)) {
            System.out.printf("Application started (schema migrated, organisation tree loaded) in %.1f s%n",
                    Timings.elapsedMs(t0) / 1000);
            new RegistryBenchmark(settings, context, recorder).run();
        }
        // Exit explicitly: a pool or driver thread left behind must not keep the build waiting.
        System.exit(0);
    }

    /** The application without a web server on a fresh embedded cluster, every statement recorded (shared by the benchmarks). */
    static ConfigurableApplicationContext start(StatementRecorder recorder) {
        return new SpringApplicationBuilder(HoisoApplication.class, NonWebSecurity.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .initializers(c -> c.getBeanFactory().addBeanPostProcessor(recorder))
                // Command-line arguments rather than default properties, which application.properties would
                // override. An empty data-dir is a fresh throw-away cluster; the empty datasource URL makes
                // sure it is the embedded one even where HOISO_DB_URL points at a real database.
                .run("--hoiso.embedded-db.data-dir=", "--spring.datasource.url=", "--hoiso.embedded-db.shared-buffers=1GB",
                        "--hoiso.admin.password=bench-password-1", "--logging.level.root=WARN", "--logging.level.org.hoiso=INFO",
                        "--spring.main.log-startup-info=false", "--spring.thymeleaf.check-template-location=false");
    }

    private void run() throws SQLException {
        System.out.println("\nGenerating the synthetic registry…");
        SyntheticRegistry.Result built = new SyntheticRegistry(dataSource, settings.seed(), LocalDate.now(VIET_NAM))
                .build(settings.members(), settings.branches());
        System.out.printf("Generated and loaded %,d members in %.1f s: %,.0f rows/s%n",
                built.members(), built.loadMs() / 1000, built.members() / (built.loadMs() / 1000));

        Workload workload = Workload.sample(dataSource, new SplittableRandom(settings.seed() + 1), MEMBER_SAMPLE);
        try (Baselines baselines = new Baselines(dataSource)) {
            List<Measurement<?>> results = measure(workload, baselines);
            Report.facts(baselines, built);
            Report.table(results, settings.runs(), WARMUPS);
            Report.slowestPlan(results, recorder, baselines);
        }
    }

    private List<Measurement<?>> measure(Workload w, Baselines base) {
        int n = WARMUPS + settings.runs();
        boolean verbose = settings.verbose();
        List<Measurement<?>> out = new ArrayList<>();
        System.out.printf("%nMeasuring (%d sampled members to draw names and CCCD numbers from)…%n", w.sampledMembers());

        out.add(counts("count: province subtree", base).run(cases(n, () -> unitCase(w.province())), WARMUPS, verbose));
        out.add(counts("count: commune subtree", base).run(cases(n, () -> unitCase(w.commune())), WARMUPS, verbose));
        UnitCase country = new UnitCase(central.id(), central.path(), central.code());
        out.add(counts("count: whole country", base).run(cases(n, () -> country), WARMUPS, verbose));
        out.add(activeAtMonthEnd("indicator: active, commune month", base)
                .run(cases(n, () -> unitCase(w.commune())), WARMUPS, verbose));
        out.add(activeAtMonthEnd("indicator: active, province month", base)
                .run(cases(n, () -> unitCase(w.province())), WARMUPS, verbose));

        out.add(search("search: full name, province", base)
                .run(cases(n, () -> searchCase(w.member(Workload::active), Words.ALL)), WARMUPS, verbose));
        out.add(search("search: family + given, province", base)
                .run(cases(n, () -> searchCase(w.member(Workload::active), Words.FAMILY_AND_GIVEN)), WARMUPS, verbose));
        out.add(search("search: given name only, province", base)
                .run(cases(n, () -> searchCase(w.member(Workload::active), Words.GIVEN)), WARMUPS, verbose));
        out.add(search("search: rare full name, province", base)
                .run(cases(n, () -> searchCase(w.member(m -> Workload.active(m) && Workload.rareFamilyName(m)), Words.ALL)),
                        WARMUPS, verbose));
        out.add(new Measurement<String>("search: CCCD, whole country", Measurement.Kind.SEARCH,
                cccd -> registry.search(admin, query(cccd, central.id(), null)).items().size(),
                base::byNationalId,
                (cccd, found) -> found + " found for " + cccd)
                .run(cases(n, () -> w.member(m -> true).nationalId()), WARMUPS, verbose));
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

    private static <P> List<P> cases(int n, Supplier<P> next) {
        List<P> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(next.get());
        }
        return out;
    }
}

package org.hoiso.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.reporting.Aggregates;
import org.hoiso.reporting.Aggregation;
import org.hoiso.reporting.Catalogue;
import org.hoiso.reporting.Form;
import org.hoiso.reporting.Period;
import org.hoiso.reporting.Periodicity;
import org.hoiso.reporting.ReportExchange;
import org.hoiso.reporting.TreeView;
import org.hoiso.reporting.ValueType;
import org.hoiso.reporting.Worklist;
import org.hoiso.reporting.exchange.ExchangeReport;
import org.hoiso.reporting.exchange.ExchangeValue;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark of periodic reporting on a national year:
 * {@code ./mvnw -Pbench verify -Dbench.registry.skip=true -Dbench.import.skip=true [-Dbench.reporting.runs=5]}
 * (skipped itself with {@code -Dbench.reporting.skip=true}; also {@code -Dbench.seed} and {@code -Dbench.verbose=true}).
 *
 * <p>Starts the real application (no web server) on a fresh, throw-away embedded PostgreSQL, creates a benchmark
 * form set through {@link Catalogue} (monthly, six-monthly and yearly commune forms of 40 integer sums each), then
 * fills 2026 in SQL: every open commune's approved report of every period (49,815 reports, about 2.0 M values).
 * It times the application's aggregates (a national figure as of the tree then and today, a large province over
 * twelve months) and a province's completeness beside plain-SQL baselines, then the bulk import of a whole
 * national month through the reporting exchange beside a plain {@code COPY} of the same values into a bare
 * unlogged table. Targets: aggregates under 50 ms, the import under 2 s (medians). A missed target is reported,
 * not thrown: the process exits 0 once it has measured.
 */
public final class ReportingBenchmark {

    static final String COMMAND = "./mvnw -Pbench verify -Dbench.registry.skip=true -Dbench.import.skip=true -Dbench.reporting.runs=%d";

    private static final int WARMUPS = 2;
    private static final int INDICATORS = 40;
    private static final int YEAR = 2026;
    private static final LocalDate FIRST_PERIOD = LocalDate.of(YEAR, 1, 1);
    /** Hồ Chí Minh City: the province with the most communes since 1 July 2025. */
    private static final String PROVINCE = "79";
    private static final String TARGETS = "Targets (app medians): aggregates and completeness < 50 ms, import of a national period < 2 s";

    /** A benchmark form and its indicators' codes. */
    record BenchForm(Form form, List<String> codes, Map<String, Long> ids) {
        long id(String code) {
            return ids.get(code);
        }
    }

    /** The national figure of one indicator for one period. */
    record FigureCase(String code, Period period) {
    }

    /** The figures of one indicator over the months of the year in the province. */
    record SeriesCase(String code, Period from, Period to) {
    }

    /**
     * A national month to import: every open commune's report, and the same values as text rows for the
     * baseline's {@code COPY} into a bare table of its own.
     */
    record ImportCase(Period period, List<ExchangeReport> reports, long values, String copyTable, byte[] copyRows) {
        @Override
        public String toString() {
            return String.format("%s (%,d reports, %,d values)", period, reports.size(), values);
        }
    }

    record Settings(int runs, long seed, boolean verbose) {
        static Settings fromSystemProperties() {
            Settings s = new Settings((int) number("bench.reporting.runs", 5), number("bench.seed", 20250701),
                    Boolean.getBoolean("bench.verbose"));
            // Each import takes a fresh month of the next year, and one more month shows where an import's time goes.
            if (s.runs < 1 || s.runs + WARMUPS + 1 > 12) {
                throw new IllegalArgumentException("need 1 <= bench.reporting.runs <= " + (12 - WARMUPS - 1)
                        + " (each import takes a fresh month of " + (YEAR + 1) + "): " + s);
            }
            return s;
        }

        private static long number(String name, long defaultValue) {
            String v = System.getProperty(name);
            return v == null || v.isBlank() ? defaultValue : Long.parseLong(v.strip().replace("_", "").replace(",", ""));
        }
    }

    private final Settings settings;
    private final DataSource dataSource;
    private final StatementRecorder recorder;
    private final Catalogue catalogue;
    private final Aggregates aggregates;
    private final Worklist worklist;
    private final ReportExchange exchange;
    private final OrgUnits units;
    private final OrgUnit central;
    private final OrgUnit province;
    private final Caller admin;
    /** Building the list of reports handed to the import, timed apart from the import. */
    private final Timings buildTimes = new Timings();

    private ReportingBenchmark(Settings settings, ConfigurableApplicationContext context, StatementRecorder recorder) {
        this.settings = settings;
        this.recorder = recorder;
        this.dataSource = context.getBean(DataSource.class);
        this.catalogue = context.getBean(Catalogue.class);
        this.aggregates = context.getBean(Aggregates.class);
        this.worklist = context.getBean(Worklist.class);
        this.exchange = context.getBean(ReportExchange.class);
        this.units = context.getBean(OrgUnits.class);
        this.central = units.findOpenByCode("TW").orElseThrow();
        this.province = units.findOpenByCode(PROVINCE).orElseThrow();
        // The services take the caller explicitly; a national administrator on the central union may edit the
        // catalogue, read every aggregate and import for every unit.
        this.admin = new Caller(0, "bench", "bench", List.of(new Caller.Assignment(Caller.Role.ADMIN, central.id())));
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        System.out.printf("%nhoiso reporting benchmark: a national year %d, %d runs after %d warm-ups, seed %d%n", YEAR,
                settings.runs(), WARMUPS, settings.seed());
        System.out.println("Command: " + COMMAND.formatted(settings.runs()));
        long t0 = System.nanoTime();
        StatementRecorder recorder = new StatementRecorder();
        try (ConfigurableApplicationContext context = RegistryBenchmark.start(recorder)) {
            System.out.printf("Application started (schema migrated, organisation tree loaded) in %.1f s%n",
                    Timings.elapsedMs(t0) / 1000);
            new ReportingBenchmark(settings, context, recorder).run();
        }
        // Exit explicitly: a pool or driver thread left behind must not keep the build waiting.
        System.exit(0);
    }

    private void run() throws SQLException {
        System.out.println("\nBuilding the synthetic national year…");
        long t0 = System.nanoTime();
        BenchForm monthly = form("B_THANG", Periodicity.MONTHLY, "B_M_", "hằng tháng", "monthly");
        BenchForm sixMonthly = form("B_6THANG", Periodicity.SIX_MONTHLY, "B_S_", "6 tháng", "six-monthly");
        BenchForm yearly = form("B_NAM", Periodicity.YEARLY, "B_Y_", "năm", "yearly");
        double catalogueMs = Timings.elapsedMs(t0);
        System.out.printf("  3 forms and %d indicators created through Catalogue in %.1f s%n", 3 * INDICATORS,
                catalogueMs / 1000);
        Year year = fillYear(List.of(monthly, sixMonthly, yearly));

        try (Baselines baselines = new Baselines(dataSource)) {
            List<Measurement<?>> aggregated = measure(baselines, monthly);
            Measurement<ImportCase> imported = imports(baselines, monthly);
            List<Measurement<?>> results = new ArrayList<>(aggregated);
            results.add(imported);
            Report.machine(baselines);
            facts(baselines, year);
            Report.table(results, settings.runs(), WARMUPS, TARGETS);
            System.out.printf(
                    "%nBuilding the List<ExchangeReport> of a national month, not part of the import figure: median %s ms "
                            + "(min %s, max %s)%n",
                    Report.ms(buildTimes.medianMs()), Report.ms(buildTimes.minMs()), Report.ms(buildTimes.maxMs()));
            // Aggregates only: replaying an import would write the period a second time.
            breakdown(aggregated);
            importBreakdown(baselines, monthly);
            Report.slowestPlan(aggregated, recorder, baselines);
        }
    }

    /** A commune form of 40 new integer sums, through the catalogue as an administrator would make it. */
    private BenchForm form(String code, Periodicity periodicity, String prefix, String vi, String en) {
        Form form = catalogue.createForm(admin, new Catalogue.NewForm(code, "Biểu đo hiệu năng " + vi, "Benchmark form, " + en,
                periodicity, "COMMUNE", 15, FIRST_PERIOD));
        List<String> codes = new ArrayList<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (int i = 1; i <= INDICATORS; i++) {
            String c = String.format("%s%02d", prefix, i);
            ids.put(c,
                    catalogue.createIndicator(admin,
                            new Catalogue.NewIndicator(c, "Chỉ tiêu đo hiệu năng " + c, "Benchmark indicator " + c,
                                    null, null, ValueType.INTEGER, Aggregation.SUM, null, "người", "people"))
                            .id());
            catalogue.addItem(admin, form.id(), new Catalogue.NewItem(c, "Đo hiệu năng", "Benchmark", true));
            codes.add(c);
        }
        return new BenchForm(catalogue.form(form.id()), List.copyOf(codes), Map.copyOf(ids));
    }

    record Year(long reports, long values, double reportsMs, double valuesMs, double analyzeMs) {
    }

    /**
     * Every open commune's report of every 2026 period of the three forms, approved (a few submitted after the
     * due day), and its 40 values: in SQL, since the setup is not what is measured.
     */
    private Year fillYear(List<BenchForm> forms) throws SQLException {
        String ids = forms.stream().map(f -> String.valueOf(f.form().id())).reduce((a, b) -> a + "," + b).orElseThrow();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            // setseed takes [-1, 1]; the same seed gives the same values on every run of the benchmark.
            s.execute("SELECT setseed(" + ((settings.seed() % 1_000_000) / 1_000_000.0) + ")");
            long t0 = System.nanoTime();
            long reports = s.executeUpdate(
                    """
                            WITH f AS (
                                SELECT id, deadline_days,
                                       CASE periodicity WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 WHEN 'SIX_MONTHLY' THEN 6 ELSE 12 END AS months
                                  FROM rpt_form WHERE id IN (%s)
                            ), p AS (
                                SELECT f.id AS form_id, g::date AS start,
                                       (g + make_interval(months => f.months) - interval '1 day')::date + f.deadline_days AS due
                                  FROM f, generate_series(timestamp '%d-01-01', timestamp '%d-12-01', make_interval(months => f.months)) g
                            ), x AS (
                                SELECT p.form_id, u.id AS unit_id, p.start, u.path, p.due,
                                       p.due - 12 + floor(random() * 14)::int AS submitted_on
                                  FROM p, org_unit u
                                 WHERE u.level_code = 'COMMUNE' AND u.valid_to IS NULL
                            )
                            INSERT INTO rpt_report (form_id, unit_id, period_start, unit_path, status, due_on, submitted_at, submitted_by,
                                                    approved_at, approved_by, version)
                            SELECT form_id, unit_id, start, path, 'APPROVED', due,
                                   (submitted_on + time '09:30') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'bench',
                                   (submitted_on + 2 + time '14:00') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'bench', 2
                              FROM x ORDER BY start, form_id, submitted_on, unit_id
                            """
                            .formatted(ids, YEAR, YEAR));
            double reportsMs = Timings.elapsedMs(t0);
            System.out.printf("  %,d approved reports inserted in %.1f s%n", reports, reportsMs / 1000);
            long t1 = System.nanoTime();
            long values = s.executeUpdate("""
                    INSERT INTO rpt_value (report_id, indicator_id, num)
                    SELECT r.id, i.indicator_id, floor(random() * 1000)::int
                      FROM rpt_report r JOIN rpt_form_item i ON i.form_id = r.form_id
                     WHERE r.form_id IN (%s)
                     ORDER BY r.id, i.indicator_id
                    """.formatted(ids));
            double valuesMs = Timings.elapsedMs(t1);
            System.out.printf("  %,d values inserted in %.1f s%n", values, valuesMs / 1000);
            long t2 = System.nanoTime();
            // VACUUM as well as ANALYZE, as the registry benchmark does: autovacuum would get there soon after a
            // bulk load anyway (and set the visibility map that index-only scans need), just not during the runs.
            s.execute("VACUUM (ANALYZE) rpt_report, rpt_value");
            double analyzeMs = Timings.elapsedMs(t2);
            System.out.printf("  VACUUM ANALYZE in %.1f s%n", analyzeMs / 1000);
            return new Year(reports, values, reportsMs, valuesMs, analyzeMs);
        }
    }

    private List<Measurement<?>> measure(Baselines base, BenchForm monthly) {
        int n = WARMUPS + settings.runs();
        boolean verbose = settings.verbose();
        List<Measurement<?>> out = new ArrayList<>();
        System.out.printf("%nMeasuring (province %s %s)…%n", province.code(), province.name());
        // Each run another indicator and another month, so no run reads what the one before it just read.
        IntFunction<FigureCase> figureCase = i -> new FigureCase(monthly.codes().get((i * 7) % INDICATORS),
                new Period(Periodicity.MONTHLY, FIRST_PERIOD.plusMonths((i * 5) % 12)));
        out.add(figure("national figure, one month, THEN", TreeView.THEN, monthly, base).run(cases(n, figureCase), WARMUPS,
                verbose));
        out.add(figure("national figure, one month, TODAY", TreeView.TODAY, monthly, base)
                .run(cases(n, i -> figureCase.apply(i + n)), WARMUPS, verbose));
        out.add(series(monthly, base).run(cases(n, i -> new SeriesCase(monthly.codes().get((i * 11 + 3) % INDICATORS),
                new Period(Periodicity.MONTHLY, FIRST_PERIOD), new Period(Periodicity.MONTHLY, FIRST_PERIOD.plusMonths(11)))),
                WARMUPS, verbose));
        out.add(completeness(monthly, base).run(
                cases(n, i -> new Period(Periodicity.MONTHLY, FIRST_PERIOD.plusMonths((i * 5 + 2) % 12))),
                WARMUPS, verbose));
        return out;
    }

    /** The app's way: {@link Aggregates#figure} for the whole country; the baseline sums the approved values. */
    private Measurement<FigureCase> figure(String label, TreeView view, BenchForm form, Baselines base) {
        long formId = form.form().id();
        return new Measurement<>(label, Measurement.Kind.AGGREGATE,
                c -> longValue(
                        aggregates.figure(admin, central.id(), new Aggregates.Query(c.code(), view, false), c.period()).value()),
                c -> base.number("""
                        SELECT sum(v.num) FROM rpt_value v JOIN rpt_report r ON r.id = v.report_id
                         WHERE v.indicator_id = ? AND r.form_id = ? AND r.period_start = ? AND r.status = 'APPROVED'
                        """, form.id(c.code()), formId, c.period().start()),
                (c, sum) -> String.format("%,d = %s %s, whole country", (Long) sum, c.code(), c.period()));
    }

    /** The app's way: {@link Aggregates#series} of the province, January to December. */
    private Measurement<SeriesCase> series(BenchForm form, Baselines base) {
        long formId = form.form().id();
        String label = "province " + province.code() + ", 12 months, THEN";
        return new Measurement<>(label, Measurement.Kind.AGGREGATE,
                c -> {
                    Map<String, Long> byMonth = new LinkedHashMap<>();
                    aggregates
                            .series(admin, province.id(), new Aggregates.Query(c.code(), TreeView.THEN, false), c.from(), c.to())
                            .forEach(p -> byMonth.put(p.period().start().toString(), longValue(p.figure().value())));
                    return byMonth;
                },
                c -> base.grouped("""
                        SELECT r.period_start::text, sum(v.num) FROM rpt_value v JOIN rpt_report r ON r.id = v.report_id
                         WHERE v.indicator_id = ? AND r.form_id = ? AND r.period_start BETWEEN ? AND ? AND r.status = 'APPROVED'
                           AND r.unit_path <@ CAST(? AS ltree)
                         GROUP BY r.period_start ORDER BY r.period_start
                        """, form.id(c.code()), formId, c.from().start(), c.to().start(), province.path()),
                (c, byMonth) -> String.format("%d months of %s, %s: %,d in all", ((Map<?, ?>) byMonth).size(), c.code(),
                        province.name(), ((Map<?, ?>) byMonth).values().stream().mapToLong(v -> (Long) v).sum()));
    }

    /** The app's way: {@link Worklist#completeness} of the province; the baseline counts its reports by status. */
    private Measurement<Period> completeness(BenchForm form, Baselines base) {
        long formId = form.form().id();
        return new Measurement<>("completeness, province " + province.code() + ", month", Measurement.Kind.AGGREGATE,
                p -> {
                    Worklist.Completeness c = worklist.completeness(admin, province.id(), formId, p);
                    Map<String, Long> byStatus = new LinkedHashMap<>();
                    put(byStatus, "APPROVED", c.approved());
                    put(byStatus, "SUBMITTED", c.submitted() - c.approved());
                    put(byStatus, "RETURNED", c.returned());
                    put(byStatus, "DRAFT", c.drafts());
                    return byStatus;
                },
                p -> {
                    Map<String, Long> byStatus = new LinkedHashMap<>();
                    Map<String, Long> counted = base.grouped("""
                            SELECT status, count(*) FROM rpt_report
                             WHERE form_id = ? AND period_start = ? AND unit_path <@ CAST(? AS ltree) GROUP BY status
                            """, formId, p.start(), province.path());
                    for (String status : List.of("APPROVED", "SUBMITTED", "RETURNED", "DRAFT")) {
                        put(byStatus, status, counted.getOrDefault(status, 0L));
                    }
                    return byStatus;
                },
                (p, byStatus) -> String.format("%s %s: %s", province.name(), p, byStatus));
    }

    /**
     * The bulk import of a whole national month through the exchange (all or nothing, through the form's checks,
     * submitted), a fresh month of the next year each run; the baseline copies the same values as plain text rows
     * into a bare unlogged table.
     */
    private Measurement<ImportCase> imports(Baselines base, BenchForm monthly) {
        int n = WARMUPS + settings.runs();
        Period first = new Period(Periodicity.MONTHLY, LocalDate.of(YEAR + 1, 1, 1));
        List<OrgUnit> communes = units.unitsAtLevel(units.readable(admin, central.id()), "COMMUNE", first.start(), first.end());
        System.out.printf("Preparing %d national months of %,d reports to import…%n", n, communes.size());
        List<ImportCase> cases = cases(n, i -> importCase(base, monthly, communes, first.start().plusMonths(i), i >= WARMUPS));
        long values = cases.get(0).values();
        return new Measurement<ImportCase>(String.format("import: national month, %,d v.", values), Measurement.Kind.IMPORT,
                c -> (long) exchange.importReports(admin, c.reports(), true, Locale.forLanguageTag("vi")).values(),
                c -> base.copy(c.copyTable(), c.copyRows()),
                (c, count) -> String.format("%,d values of %,d reports, %s, submitted", (Long) count, c.reports().size(),
                        c.period()))
                .run(cases, WARMUPS, settings.verbose());
    }

    private ImportCase importCase(Baselines base, BenchForm form, List<OrgUnit> communes, LocalDate start, boolean timed) {
        Period period = new Period(Periodicity.MONTHLY, start);
        SplittableRandom random = new SplittableRandom(settings.seed() + start.getMonthValue());
        List<ExchangeReport> reports = timed
                ? buildTimes.time(() -> exchangeReports(form, communes, period, random))
                : Timings.untimed(() -> exchangeReports(form, communes, period, random));
        StringBuilder rows = new StringBuilder(reports.size() * INDICATORS * 32);
        long values = 0;
        for (ExchangeReport r : reports) {
            for (ExchangeValue v : r.values()) {
                rows.append(r.formCode()).append('\t').append(r.unitCode()).append('\t').append(r.period().code()).append('\t')
                        .append(v.indicatorCode()).append('\t').append(v.value()).append('\n');
                values++;
            }
        }
        String table = "bench_copy_" + period.code().replace('-', '_');
        base.execute("CREATE UNLOGGED TABLE " + table + " (form text, unit text, period text, indicator text, value text)");
        return new ImportCase(period, reports, values, table, rows.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One more import, of the next fresh month, with its statements recorded: where its time goes. */
    private void importBreakdown(Baselines base, BenchForm form) {
        LocalDate start = LocalDate.of(YEAR + 1, 1, 1).plusMonths(WARMUPS + settings.runs());
        Period period = new Period(Periodicity.MONTHLY, start);
        List<OrgUnit> communes = units.unitsAtLevel(units.readable(admin, central.id()), "COMMUNE", period.start(), period.end());
        List<ExchangeReport> reports = exchangeReports(form, communes, period, new SplittableRandom(settings.seed()));
        long t0 = System.nanoTime();
        List<StatementRecorder.Recorded> statements = recorder.statementsOf(
                () -> exchange.importReports(admin, reports, true, Locale.forLanguageTag("vi")));
        double total = Timings.elapsedMs(t0);
        Map<String, double[]> bySql = new LinkedHashMap<>();
        for (StatementRecorder.Recorded r : statements) {
            double[] a = bySql.computeIfAbsent(abbreviate(r.sql()), k -> new double[2]);
            a[0]++;
            a[1] += r.ms();
        }
        double inSql = statements.stream().mapToDouble(StatementRecorder.Recorded::ms).sum();
        System.out.printf(
                "%nWhere an import's time goes (one more import, %s, statements recorded): %s ms in all, %s ms in %d prepared "
                        + "statements, the rest in Java and the COPY to the temporary table:%n",
                period, Report.ms(total), Report.ms(inSql),
                statements.size());
        bySql.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue()[1], a.getValue()[1])).limit(8)
                .forEach(e -> System.out.printf("  %8s ms %5.0f× %s%n", Report.ms(e.getValue()[1]), e.getValue()[0], e.getKey()));
    }

    /** What a reader hands to the import: one report per commune, a value of every indicator, codes only. */
    private static List<ExchangeReport> exchangeReports(BenchForm form, List<OrgUnit> communes, Period period,
            SplittableRandom random) {
        List<ExchangeReport> out = new ArrayList<>(communes.size());
        for (OrgUnit u : communes) {
            List<ExchangeValue> values = new ArrayList<>(form.codes().size());
            for (String code : form.codes()) {
                values.add(new ExchangeValue(code, null, null, Integer.toString(random.nextInt(1000))));
            }
            out.add(new ExchangeReport(form.form().code(), u.code(), period, values));
        }
        return out;
    }

    /** Statements and the time spent in them, for a replay of each operation's slowest run: SQL or Java? */
    private void breakdown(List<Measurement<?>> results) {
        System.out.printf(
                "%nWhere the app's time goes, replaying each operation's slowest run once: statements, their time, the total%n");
        for (Measurement<?> m : results) {
            long t0 = System.nanoTime();
            List<StatementRecorder.Recorded> statements = recorder.statementsOf(m::replaySlowestApp);
            double total = Timings.elapsedMs(t0);
            double inSql = statements.stream().mapToDouble(StatementRecorder.Recorded::ms).sum();
            String slowest = statements.stream().max(Comparator.comparingLong(StatementRecorder.Recorded::nanos))
                    .map(r -> Report.ms(r.ms()) + " ms " + abbreviate(r.sql())).orElse("-");
            System.out.printf("  %-35s %3d statements, %7s of %7s ms; slowest %s%n", m.label(), statements.size(),
                    Report.ms(inSql),
                    Report.ms(total), slowest);
        }
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 97) + "...";
    }

    private void facts(Baselines db, Year year) {
        System.out.printf("  units                %,d open communes; province %s %s: %,d open communes%n",
                db.number("SELECT count(*) FROM org_unit WHERE level_code = 'COMMUNE' AND valid_to IS NULL"), province.code(),
                province.name(), db.number("SELECT count(*) FROM org_unit WHERE level_code = 'COMMUNE' AND valid_to IS NULL "
                        + "AND path <@ CAST(? AS ltree)", province.path()));
        LocalDate end = LocalDate.of(YEAR, 12, 31);
        System.out.printf("  reports of %d       %,d (%,d approved)%n", YEAR,
                db.number("SELECT count(*) FROM rpt_report WHERE period_start <= ?", end),
                db.number("SELECT count(*) FROM rpt_report WHERE period_start <= ? AND status = 'APPROVED'", end));
        System.out.printf("  values of %d        %,d%n", YEAR,
                db.number("SELECT count(*) FROM rpt_value v JOIN rpt_report r ON r.id = v.report_id "
                        + "WHERE r.period_start <= ?", end));
        System.out.printf("  tables               rpt_report %s heap + %s indexes; rpt_value %s heap + %s indexes%n",
                db.text("SELECT pg_size_pretty(pg_table_size('rpt_report'))"),
                db.text("SELECT pg_size_pretty(pg_indexes_size('rpt_report'))"),
                db.text("SELECT pg_size_pretty(pg_table_size('rpt_value'))"),
                db.text("SELECT pg_size_pretty(pg_indexes_size('rpt_value'))"));
        System.out.printf("  imported             %,d reports of %d, %,d values, %,d history rows%n",
                db.number("SELECT count(*) FROM rpt_report WHERE period_start > ?", LocalDate.of(YEAR, 12, 31)), YEAR + 1,
                db.number("SELECT count(*) FROM rpt_value v JOIN rpt_report r ON r.id = v.report_id WHERE r.period_start > ?",
                        LocalDate.of(YEAR, 12, 31)),
                db.number("SELECT count(*) FROM rpt_value_history"));
        System.out.printf("  setup in SQL         reports %.1f s, %,d values %.1f s, VACUUM ANALYZE %.1f s%n",
                year.reportsMs() / 1000,
                year.values(), year.valuesMs() / 1000, year.analyzeMs() / 1000);
    }

    private static void put(Map<String, Long> m, String key, long count) {
        if (count != 0) {
            m.put(key, count);
        }
    }

    private static Long longValue(BigDecimal v) {
        return v == null ? null : v.longValueExact();
    }

    private static <P> List<P> cases(int n, IntFunction<P> next) {
        List<P> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(next.apply(i));
        }
        return out;
    }
}

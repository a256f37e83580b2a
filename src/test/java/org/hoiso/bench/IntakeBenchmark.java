package org.hoiso.bench;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.hoiso.HoisoApplication;
import org.hoiso.intake.ImportJob;
import org.hoiso.intake.Imports;
import org.hoiso.intake.MemberExport;
import org.hoiso.member.MemberQuery;
import org.hoiso.orgunit.OldCommunes;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.postgresql.PGConnection;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark of bulk import and export:
 * {@code ./mvnw -Pbench verify -Dbench.registry.skip=true -Dbench.import.rows=1000000 [-Dbench.import.runs=3]}.
 *
 * <p>Each run writes a province's member list of N rows (a few percent bad rows of every kind), copies
 * the same file into a bare table with plain {@code COPY … (FORMAT csv)} as the physical baseline, then
 * runs the application's dry run and commit on it and prints both, their ratio, and the peak heap
 * (the JVM runs with -Xmx512m, so exceeding the target fails loudly). Runs import into the same
 * registry, which grows by N each run. Then it exports the province (CSV and XLSX) and prints rows/s.
 */
public final class IntakeBenchmark {

    private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PROVINCE = "01"; // Hà Nội: 126 communes, old names of 3 former provinces' communes

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(System.getProperty("bench.import.rows", "1000000").replace("_", ""));
        int runs = Integer.parseInt(System.getProperty("bench.import.runs", "3"));
        long seed = Long.parseLong(System.getProperty("bench.seed", "20250701"));
        System.out.printf("%nhoiso import benchmark: %,d rows per file, %d runs, seed %d, max heap %d MB%n", rows, runs, seed,
                Runtime.getRuntime().maxMemory() >> 20);
        Path dir = Files.createTempDirectory("hoiso-import-bench-");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HoisoApplication.class, NonWebSecurity.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .run("--hoiso.embedded-db.data-dir=", "--spring.datasource.url=", "--hoiso.embedded-db.shared-buffers=1GB",
                        "--hoiso.intake.dir=" + dir.resolve("jobs"), "--hoiso.admin.password=bench-password-1",
                        "--logging.level.root=WARN", "--spring.main.log-startup-info=false",
                        "--spring.thymeleaf.check-template-location=false")) {
            new IntakeBenchmark(context, dir, rows, runs, seed).run();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Imports imports;
    private final MemberExport export;
    private final OrgUnit province;
    private final List<ImportFiles.Commune> communes;
    private final Caller officer;
    private final Path dir;
    private final long rows;
    private final int runs;
    private final SplittableRandom random;
    private final HeapWatch heap = new HeapWatch();

    private IntakeBenchmark(ConfigurableApplicationContext context, Path dir, long rows, int runs, long seed) {
        this.dataSource = context.getBean(DataSource.class);
        this.jdbc = JdbcClient.create(dataSource);
        this.imports = context.getBean(Imports.class);
        this.export = context.getBean(MemberExport.class);
        OrgUnits units = context.getBean(OrgUnits.class);
        this.province = units.findOpenByCode(PROVINCE).orElseThrow();
        this.officer = new Caller(0, "bench", "bench", List.of(new Caller.Assignment(Caller.Role.OFFICER, province.id())));
        this.dir = dir;
        this.rows = rows;
        this.runs = runs;
        this.random = new SplittableRandom(seed);
        this.communes = communes(units, context.getBean(OldCommunes.class));
    }

    /** Today's communes of the province, with the old names that lead to each of them alone. */
    private List<ImportFiles.Commune> communes(OrgUnits units, OldCommunes old) {
        List<ImportFiles.Commune> out = new ArrayList<>();
        var subtree = units.writable(officer, province.id());
        List<OrgUnit> open = units.openUnitsIn(subtree).stream().filter(u -> u.levelCode().equals("COMMUNE")).toList();
        Map<String, Integer> nameCount = new HashMap<>();
        open.forEach(u -> nameCount.merge(OldCommunes.fold(u.name()), 1, Integer::sum));
        Map<String, List<String>> oldByNew = new HashMap<>();
        try (var in = getClass().getResourceAsStream("/orgunit/data/old_to_new_communes_20250701.csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",", -1);
                if (f[6].equals(PROVINCE) && nameCount.get(OldCommunes.fold(f[3])) == null) {
                    List<OldCommunes.OldCommune> same = old.byName(f[3]).stream()
                            .filter(c -> c.newProvinceCode().equals(PROVINCE)).toList();
                    if (same.stream().map(OldCommunes.OldCommune::newCode).distinct().count() == 1) {
                        oldByNew.computeIfAbsent(f[4], k -> new ArrayList<>()).add(f[3]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // -Dbench.import.old-names=false: no pre-2025 commune names in the files (today's names and codes only).
        boolean oldNames = Boolean.parseBoolean(System.getProperty("bench.import.old-names", "true"));
        for (OrgUnit u : open) {
            if (nameCount.get(OldCommunes.fold(u.name())) == 1) {
                out.add(new ImportFiles.Commune(u.name(), u.adminCode(),
                        oldNames ? oldByNew.getOrDefault(u.adminCode(), List.of()) : List.of()));
            }
        }
        return out;
    }

    private void run() throws Exception {
        CccdNumbers cccd = new CccdNumbers();
        LocalDate today = LocalDate.now(VIET_NAM);
        jdbc.sql(
                "CREATE TABLE bench_copy_baseline (stt text, full_name text, birth text, national_id text, phone text, address text, "
                        + "commune text, ethnicity text, consent text, joined text, smartphone text, vneid text)")
                .update();
        // -Dbench.import.fair=true: the fair limit (FairCopy). Off by default: with its tables and triggers made, the commit
        // of a file above one chunk (20,000 rows) failed on a duplicate member number (cause not found yet; without it the
        // same run commits).
        FairCopy fair = Boolean.parseBoolean(System.getProperty("bench.import.fair", "false")) ? new FairCopy(dataSource) : null;
        String gin = System.getProperty("bench.import.gin", "");
        if (!gin.isBlank()) {
            // The GIN index's pending list (4 MB by default) as large as asked, on member and on the fair copy alike.
            for (String index : jdbc
                    .sql("""
                            SELECT indexrelid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
                             WHERE a.amname = 'gin' AND i.indrelid IN ('member'::regclass, 'member_fair'::regclass)
                            """)
                    .query(String.class).list()) {
                jdbc.sql("ALTER INDEX " + index + " SET (gin_pending_list_limit = " + Integer.parseInt(gin) + ")").update();
            }
        }
        System.out.printf(
                fair == null
                        ? "Fair limit not measured (-Dbench.import.fair=true)%n"
                        : "Fair limit: plain COPY into member_fair + member_status_history_fair (LIKE … INCLUDING ALL) with "
                                + "member's INSERT triggers %s; GIN pending list %s kB%n",
                fair == null ? List.of() : fair.triggers(),
                gin.isBlank() ? "default" : gin);
        List<double[]> results = new ArrayList<>();
        List<double[]> fairs = new ArrayList<>();
        System.out.printf("%n%-4s %10s %8s %10s %10s %10s %12s %12s %7s %9s%n", "run", "rows", "bad", "copy s", "dry run s",
                "commit s", "copy rows/s", "import r/s", "ratio", "heap MB");
        for (int run = 1; run <= runs; run++) {
            Path file = dir.resolve("list-" + run + ".csv");
            ImportFiles.Written w = ImportFiles.write(file, rows, 0.03, PROVINCE, communes, cccd, random, today);
            jdbc.sql("TRUNCATE bench_copy_baseline").update();
            long t0 = System.nanoTime();
            try (Connection c = dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                        "COPY bench_copy_baseline FROM STDIN (FORMAT csv, HEADER false)", skipLines(in, 2));
            }
            double copy = seconds(t0);

            ImportJob job;
            try (InputStream in = Files.newInputStream(file)) {
                job = imports.upload(officer, province.id(), file.getFileName().toString(), in, false, false, null);
            }
            heap.reset();
            long t1 = System.nanoTime();
            imports.validate(officer, job.id());
            await(job.id());
            double dry = seconds(t1);
            ImportJob validated = imports.get(officer, job.id());
            System.out.println("Staged rows by province: " + jdbc
                    .sql("""
                                SELECT subpath(u.path, 0, 2)::text AS p, count(*) FROM member_staging s JOIN org_unit u ON u.id = s.unit_id
                                 WHERE s.batch_id = :b GROUP BY 1
                            """)
                    .param("b", job.id()).query((rs, i) -> rs.getString(1) + ": " + rs.getLong(2)).list());
            long t2 = System.nanoTime();
            imports.commit(officer, job.id());
            await(job.id());
            double commit = seconds(t2);
            ImportJob done = imports.get(officer, job.id());
            if (done.status() != ImportJob.Status.COMMITTED) {
                System.out.println("Units with the province's code: " + jdbc.sql(
                        "SELECT id || ' ' || code || ' ' || path::text || ' ' || coalesce(valid_to::text, 'open') FROM org_unit WHERE code = :c")
                        .param("c", PROVINCE).query(String.class).list());
                throw new IllegalStateException("run " + run + " ended " + done.status() + " " + done.errorCode());
            }
            double copyRate = rows / copy;
            double importRate = rows / (dry + commit);
            results.add(new double[] {copy, dry, commit, copyRate, importRate, importRate / copyRate, heap.peakMb()});
            System.out.printf(
                    "%-4d %,10d %,8d %10.2f %10.2f %10.2f %,12.0f %,12.0f %7.2f %9.0f   (valid %,d, invalid %,d, inserted %,d)%n",
                    run, rows, validated.invalidRows(), copy, dry, commit, copyRate, importRate, importRate / copyRate,
                    heap.peakMb(),
                    validated.validRows(), validated.invalidRows(), done.inserted());
            if (fair != null) {
                double fairSeconds = fair.load(job.id(), dir);
                double fairRate = done.inserted() / fairSeconds;
                fairs.add(new double[] {fairSeconds, fairRate, done.inserted() / commit, importRate / fairRate,
                        (done.inserted() / commit) / fairRate});
                System.out.printf(
                        "     fair COPY %.2f s = %,.0f rows/s; commit alone %,.0f rows/s; end-to-end/fair %.2f, commit/fair %.2f%n",
                        fairSeconds, fairRate, done.inserted() / commit, importRate / fairRate,
                        (done.inserted() / commit) / fairRate);
            }
            Files.delete(file);
            if (run == 1) {
                exports();
                System.out.printf("%n%-4s %10s %8s %10s %10s %10s %12s %12s %7s %9s%n", "run", "rows", "bad", "copy s",
                        "dry run s",
                        "commit s", "copy rows/s", "import r/s", "ratio", "heap MB");
            }
        }
        double[] median = median(results);
        System.out.printf("%-4s %10s %8s %10.2f %10.2f %10.2f %,12.0f %,12.0f %7.2f %9.0f%n", "med", "", "", median[0], median[1],
                median[2], median[3], median[4], median[5], median[6]);
        double[] fairMedian = fairs.isEmpty() ? new double[5] : median(fairs);
        System.out.printf(fairs.isEmpty()
                ? ""
                : "med  fair COPY %.2f s = %,.0f rows/s; commit alone %,.0f rows/s; end-to-end/fair %.2f (target ≥ 0.6: %s), "
                        + "commit/fair %.2f%n",
                fairMedian[0], fairMedian[1], fairMedian[2], fairMedian[3], fairMedian[3] >= 0.6 ? "PASS" : "MISS",
                fairMedian[4]);
        System.out.printf("Targets: ≥ 100,000 rows/s end-to-end (%s), ≥ 0.6 of plain COPY (%s), heap < 512 MB (%s)%n",
                median[4] >= 100_000 ? "PASS" : "MISS", median[5] >= 0.6 ? "PASS" : "MISS", median[6] < 512 ? "PASS" : "MISS");

        heap.stop();
    }

    /** Exports the province (about one file's valid rows after the first run) as CSV and XLSX. */
    private void exports() throws Exception {
        long members = jdbc.sql("SELECT count(*) FROM member WHERE province_id = :p").param("p", province.id()).query(Long.class)
                .single();
        System.out.printf("%nExport of %s after run 1 (%,d members), %d runs each:%n", province.name(), members, runs);
        for (boolean xlsx : new boolean[] {false, true}) {
            List<Double> rates = new ArrayList<>();
            long bytes = 0;
            heap.reset();
            for (int run = 0; run < runs; run++) {
                CountingOut out = new CountingOut();
                long t = System.nanoTime();
                long n = export.write(officer, MemberQuery.byText(null, province.id()), xlsx, out);
                rates.add(n / seconds(t));
                bytes = out.count.get();
            }
            rates.sort(null);
            double med = rates.get(rates.size() / 2);
            System.out.printf("  %-4s median %,10.0f rows/s  (%,d MB, peak heap %.0f MB)  target ≥ 200,000 rows/s: %s%n",
                    xlsx ? "XLSX" : "CSV", med, bytes >> 20, heap.peakMb(), med >= 200_000 ? "PASS" : "MISS");
        }
    }

    private void await(long id) {
        if (!imports.await(id, Duration.ofHours(1))) {
            throw new IllegalStateException("import " + id + " did not finish within an hour");
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double[] median(List<double[]> rows) {
        double[] out = new double[rows.get(0).length];
        for (int c = 0; c < out.length; c++) {
            List<Double> col = new ArrayList<>();
            for (double[] r : rows) {
                col.add(r[c]);
            }
            col.sort(null);
            out[c] = col.get(col.size() / 2);
        }
        return out;
    }

    private static InputStream skipLines(InputStream in, int lines) throws IOException {
        var buffered = new BufferedInputStream(in, 1 << 16);
        int seen = 0;
        while (seen < lines) {
            int b = buffered.read();
            if (b < 0) {
                break;
            }
            if (b == '\n') {
                seen++;
            }
        }
        return buffered;
    }

    /** An output that keeps nothing, counting bytes (the export's cost without the network). */
    private static final class CountingOut extends OutputStream {
        final AtomicLong count = new AtomicLong();

        @Override
        public void write(int b) {
            count.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count.addAndGet(len);
        }
    }

    /** Samples the used heap every 20 ms on a daemon scheduler; the peak since the last reset. */
    private static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-watch");
            t.setDaemon(true);
            return t;
        });

        HeapWatch() {
            sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                    0, 20, TimeUnit.MILLISECONDS);
        }

        void reset() {
            peak.set(memory.getHeapMemoryUsage().getUsed());
        }

        double peakMb() {
            return peak.get() / 1048576.0;
        }

        void stop() {
            sampler.shutdownNow();
        }
    }
}

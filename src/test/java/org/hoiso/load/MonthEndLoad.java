package org.hoiso.load;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.gatling.app.Gatling$;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hoiso.bench.LoadFixture;
import org.springframework.web.util.HtmlUtils;

/**
 * A month's end under load: {@code ./mvnw -Pbench verify -Dbench.registry.skip=true -Dbench.import.skip=true
 * -Dbench.reporting.skip=true -Dbench.market.skip=true -Dbench.load.skip=false} (also {@code -Dbench.load.members=},
 * {@code -Dbench.load.users=} commune officers, {@code -Dbench.load.provinces=}, {@code -Dbench.load.minutes=},
 * {@code -Dbench.load.scripts=} API scripts, {@code -Dbench.load.import.rows=}, {@code -Dbench.load.args="--hoiso.embedded-db.pool-size=20"}).
 *
 * <p>Starts the application with its web server on a free port and a fresh embedded PostgreSQL, builds the registry
 * and the officers' accounts ({@link LoadFixture}), runs {@link MonthEndSimulation} in this JVM (Gatling's HTML report
 * under {@code target/gatling/}), then prints per request kind the count, errors, p50, p95, p99 and max, and whether
 * the targets are met: no errors, p95 under 300 ms for pages and for the API. A missed target is reported, not
 * thrown: the process exits 0 once it has measured.
 */
public final class MonthEndLoad {

    static final String COMMAND = "./mvnw -Pbench verify -Dbench.registry.skip=true -Dbench.import.skip=true "
            + "-Dbench.reporting.skip=true -Dbench.market.skip=true -Dbench.load.skip=false";

    private static volatile LoadFixture fixture;
    private static volatile int totalSeconds;
    private static volatile int rampSeconds;

    private MonthEndLoad() {
    }

    static LoadFixture fixture() {
        if (fixture == null) {
            throw new IllegalStateException("MonthEndSimulation runs from MonthEndLoad, which starts the application");
        }
        return fixture;
    }

    static int totalSeconds() {
        return totalSeconds;
    }

    static int rampSeconds() {
        return rampSeconds;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--summarise")) {
            summarise(Path.of(args[1]), number("bench.load.members", 2_000_000), (int) number("bench.load.users", 300),
                    (int) number("bench.load.provinces", 34));
            return;
        }
        long members = number("bench.load.members", 2_000_000);
        int users = (int) number("bench.load.users", 300);
        int provinces = (int) number("bench.load.provinces", 34);
        int scripts = (int) number("bench.load.scripts", 10);
        double minutes = Double.parseDouble(System.getProperty("bench.load.minutes", "5").strip());
        long importRows = number("bench.load.import.rows", 3_000);
        long seed = number("bench.seed", 20250701);
        Path results = Path.of(System.getProperty("bench.load.results", "target/gatling")).toAbsolutePath();
        String extra = System.getProperty("bench.load.args", "").strip();
        List<String> appArgs = extra.isEmpty() ? List.of() : Arrays.asList(extra.split("\\s+"));
        // Gatling reads its settings from system properties too: Java NIO (the native transports are excluded from the
        // classpath), a short console summary every 30 s instead of the full one every 5 s, no usage analytics sent.
        System.setProperty("gatling.netty.useNativeTransport", "false");
        System.setProperty("gatling.data.console.light", "true");
        System.setProperty("gatling.data.console.writePeriod", "30");
        System.setProperty("gatling.data.enableAnalytics", "false");
        totalSeconds = (int) Math.round(minutes * 60);
        rampSeconds = Math.min(60, totalSeconds / 3);

        System.out.printf(
                "%nhoiso month's end under load: %,d members, %d commune + %d province officers, %d API scripts, 2 imports of "
                        + "%,d rows, %.1f min (sign-ins over %d s)%nCommand: %s -Dbench.load.members=%d -Dbench.load.users=%d -Dbench.load.minutes=%s%n",
                members, users, provinces, scripts, importRows, minutes, rampSeconds, COMMAND, members, users, minutes);
        if (!appArgs.isEmpty()) {
            System.out.println("Application arguments: " + appArgs);
        }
        try (LoadFixture f = LoadFixture.prepare(members, users, provinces, scripts, importRows, seed, results.resolve("files"),
                appArgs)) {
            fixture = f;
            System.out.println("Application settings: " + f.settings());
            PoolWatch watch = new PoolWatch(f);
            watch.start();
            int status;
            try {
                status = Gatling$.MODULE$.fromArgs(new String[] {"-s", MonthEndSimulation.class.getName(), "-rf",
                        results.toString(), "-rd", String.format("%,d members, %d + %d officers", members, users, provinces)});
            } finally {
                watch.stop();
            }
            Path report = newestReport(results);
            System.out.printf("%nGatling finished (status %d); HTML report: %s%n", status, report.resolve("index.html"));
            summarise(report, members, users, provinces);
            watch.print();
        }
        // Exit explicitly: a pool or driver thread left behind must not keep the build waiting.
        System.exit(0);
    }

    private static long number(String name, long defaultValue) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? defaultValue : Long.parseLong(v.strip().replace("_", "").replace(",", ""));
    }

    private static Path newestReport(Path results) throws IOException {
        try (Stream<Path> dirs = Files.list(results)) {
            return dirs.filter(d -> Files.exists(d.resolve("index.html")))
                    .max(Comparator.comparing(d -> d.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report under " + results));
        }
    }

    /** One line of the table: a request kind, a group or all requests. */
    record Line(String id, String name, long count, long errors, long p50, long p95, long p99, long max) {
    }

    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"(?: data-parent=\"([^\"]+)\")?\\s*>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("class=\"value [^\"]*col-(\\d+)\">([^<]*)</td>");

    /**
     * The statistics table of Gatling's report (its index.html: count, KO, percentiles 50, 75, 95, 99, max per request,
     * per group and for all requests), printed compactly, and the verdict against the targets.
     */
    static void summarise(Path report, long members, int users, int provinces) throws IOException {
        String html = Files.readString(report.resolve("index.html"));
        Map<String, Line> byId = new LinkedHashMap<>();
        Map<String, String> parents = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(3));
            Map<Integer, Long> cells = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(row.group(3));
            while (cell.find()) {
                String v = cell.group(2).strip().replace(",", "");
                cells.put(Integer.parseInt(cell.group(1)), v.isEmpty() || v.equals("-") ? 0 : Math.round(Double.parseDouble(v)));
            }
            if (!name.find() || cells.isEmpty()) {
                continue;
            }
            String id = row.group(1);
            byId.put(id, new Line(id, HtmlUtils.htmlUnescape(name.group(1).strip()), cells.getOrDefault(2, 0L),
                    cells.getOrDefault(4, 0L), cells.getOrDefault(8, 0L), cells.getOrDefault(10, 0L), cells.getOrDefault(11, 0L),
                    cells.getOrDefault(12, 0L)));
            if (row.group(2) != null) {
                parents.put(id, row.group(2));
            }
        }
        Line all = byId.get("ROOT");
        if (all == null) {
            System.out.println("No statistics table found in " + report.resolve("index.html"));
            return;
        }
        List<Line> groups = byId.values().stream().filter(l -> l.id().startsWith("group_")).toList();
        List<Line> requests = byId.values().stream().filter(l -> l.id().startsWith("req_")).map(l -> {
            Line parent = byId.get(parents.get(l.id()));
            String prefix = parent == null || parent.id().equals("ROOT") ? "" : parent.name() + ": ";
            return new Line(l.id(), prefix + l.name(), l.count(), l.errors(), l.p50(), l.p95(), l.p99(), l.max());
        }).sorted(Comparator.comparing(Line::name)).toList();

        System.out.printf("%nMonth's end at %,d members, %d commune + %d province officers (response times in ms):%n", members,
                users, provinces);
        String header = String.format("%-46s %7s %6s %6s %6s %6s %7s", "request", "count", "errors", "p50", "p95", "p99", "max");
        System.out.println(header);
        System.out.println("-".repeat(header.length()));
        requests.forEach(MonthEndLoad::print);
        System.out.println("-".repeat(header.length()));
        groups.forEach(g -> print(new Line(g.id(), "all " + g.name() + " (a redirect counts with its request)", g.count(),
                g.errors(), g.p50(), g.p95(), g.p99(), g.max())));
        print(new Line("ROOT", "all requests (each redirect apart)", all.count(), all.errors(), all.p50(), all.p95(), all.p99(),
                all.max()));

        List<String> misses = new ArrayList<>();
        if (all.errors() > 0) {
            misses.add(all.errors() + " request(s) failed");
        }
        for (Line g : groups) {
            if (!g.name().equals(MonthEndSimulation.UPLOADS) && g.p95() >= MonthEndSimulation.P95_TARGET_MS) {
                misses.add(String.format("%s p95 %d ms", g.name(), g.p95()));
            }
        }
        System.out.printf("%nTargets: no errors, p95 < %d ms for pages and for the API (file uploads apart): %s%n",
                MonthEndSimulation.P95_TARGET_MS,
                misses.isEmpty() ? "PASS" : "MISSED (" + String.join("; ", misses) + ")");
    }

    private static void print(Line l) {
        System.out.printf("%-46s %7d %6d %6d %6d %6d %7d%n", l.name(), l.count(), l.errors(), l.p50(), l.p95(), l.p99(), l.max());
    }

    /** Samples the connection pool every 200 ms: how often requests waited for a connection, and how many at most. */
    static final class PoolWatch {
        private final HikariPoolMXBean pool;
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pool-watch");
            t.setDaemon(true);
            return t;
        });
        private long samples;
        private long samplesWaiting;
        private int maxWaiting;
        private long activeSum;

        PoolWatch(LoadFixture f) {
            this.pool = f.dataSource() instanceof HikariDataSource h ? h.getHikariPoolMXBean() : null;
        }

        void start() {
            if (pool != null) {
                sampler.scheduleAtFixedRate(this::sample, 0, 200, TimeUnit.MILLISECONDS);
            }
        }

        private synchronized void sample() {
            int waiting = pool.getThreadsAwaitingConnection();
            samples++;
            activeSum += pool.getActiveConnections();
            if (waiting > 0) {
                samplesWaiting++;
            }
            maxWaiting = Math.max(maxWaiting, waiting);
        }

        void stop() throws InterruptedException {
            sampler.shutdownNow();
            sampler.awaitTermination(2, TimeUnit.SECONDS);
        }

        synchronized void print() {
            if (pool == null || samples == 0) {
                System.out.println("Connection pool: not a Hikari pool, not sampled");
                return;
            }
            System.out.printf("Connection pool (%d connections), sampled every 200 ms: %.1f active on average, requests waiting "
                    + "for a connection in %.1f %% of samples, at most %d waiting%n", pool.getTotalConnections(),
                    activeSum / (double) samples, 100.0 * samplesWaiting / samples, maxWaiting);
        }
    }
}

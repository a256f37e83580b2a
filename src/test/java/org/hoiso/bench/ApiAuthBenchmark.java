package org.hoiso.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
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

/**
 * Authenticated API requests a second with HTTP Basic (a bcrypt per request) and with a personal API token (one
 * indexed read), in the same run against the same application on this machine's loopback, then the latency of the
 * login page while 30 threads send HTTP Basic with random user names from one address (throttled after
 * {@code hoiso.security.max-failures-per-address} failures). A JUnit-free main:
 *
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hoiso.bench.ApiAuthBenchmark [seconds] [threads]
 * </pre>
 * Bounded: each phase runs the given seconds (default 10) and stops by itself; it only calls 127.0.0.1.
 */
public final class ApiAuthBenchmark {

    private ApiAuthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(HoisoApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .run("--server.port=0", "--hoiso.embedded-db.data-dir=", "--spring.datasource.url=",
                        "--hoiso.admin.password=bench-password-1", "--logging.level.root=WARN",
                        "--spring.main.log-startup-info=false")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            OrgUnits units = context.getBean(OrgUnits.class);
            long central = units.findOpenByCode(OrgTreeLoader.CENTRAL_CODE).orElseThrow().id();
            long commune = units.findOpenByCode("00004").orElseThrow().id();
            Caller admin = new Caller(0, "admin", "admin", List.of(new Caller.Assignment(Caller.Role.ADMIN, central)));
            String password = "mot-cau-that-dai-cho-bench";
            long id = context.getBean(Accounts.class)
                    .create(admin, new Accounts.NewAccount("bench.officer", password, "Bench", Caller.Role.OFFICER, commune));
            Caller officer = new Caller(id, "bench.officer", "Bench",
                    List.of(new Caller.Assignment(Caller.Role.OFFICER, commune)));
            String token = context.getBean(PersonalTokens.class).create(officer, new PersonalTokens.NewToken("bench", 30))
                    .token();

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            URI api = URI.create("http://127.0.0.1:" + port + "/api/v1/units/" + commune);
            String basic = "Basic "
                    + Base64.getEncoder().encodeToString(("bench.officer:" + password).getBytes(StandardCharsets.UTF_8));
            String bearer = "Bearer " + token;

            System.out.printf("API GET /api/v1/units/{id}, %d threads, %d s per phase, 2 cores%n", threads, seconds);
            load(http, () -> get(api, basic), threads, 2, "warm-up");
            Result b = load(http, () -> get(api, basic), threads, seconds, "HTTP Basic (bcrypt a request)");
            Result t = load(http, () -> get(api, bearer), threads, seconds, "personal token (hsu_…)");
            System.out.printf("personal token / HTTP Basic: %.1f×%n", t.perSecond() / b.perSecond());

            URI login = URI.create("http://127.0.0.1:" + port + "/login");
            Result quiet = load(http, () -> get(login, null), 1, seconds, "GET /login alone");
            AtomicBoolean attacking = new AtomicBoolean(true);
            ExecutorService attackers = Executors.newFixedThreadPool(30);
            AtomicLong refused = new AtomicLong();
            AtomicLong sent = new AtomicLong();
            for (int i = 0; i < 30; i++) {
                int n = i;
                attackers.submit(() -> {
                    long k = 0;
                    while (attacking.get()) {
                        String who = "Basic " + Base64.getEncoder().encodeToString(("nobody-" + n + "-" + k++ + ":guess")
                                .getBytes(StandardCharsets.UTF_8));
                        try {
                            int status = http.send(get(api, who), HttpResponse.BodyHandlers.discarding()).statusCode();
                            sent.incrementAndGet();
                            if (status == 429) {
                                refused.incrementAndGet();
                            }
                        } catch (Exception e) {
                            return;
                        }
                    }
                });
            }
            Result attacked = load(http, () -> get(login, null), 1, seconds, "GET /login while 30 threads send random names");
            attacking.set(false);
            attackers.shutdown();
            System.out.printf("random-name requests: %d, refused before hashing (429): %d%n", sent.get(), refused.get());
            System.out.printf("login page median: %.1f ms alone, %.1f ms under the random-name load%n", quiet.medianMillis(),
                    attacked.medianMillis());
        }
    }

    record Result(double perSecond, double medianMillis) {
    }

    private static HttpRequest get(URI uri, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b.build();
    }

    private static Result load(HttpClient http, Supplier<HttpRequest> request, int threads, int seconds, String label)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> futures = new ArrayList<>();
        AtomicLong failures = new AtomicLong();
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(() -> {
                List<Long> took = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status = http.send(request.get(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    took.add(System.nanoTime() - t0);
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                }
                return took;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        all.sort(null);
        double perSecond = all.size() / (double) seconds;
        double median = all.isEmpty() ? 0 : all.get(all.size() / 2) / 1e6;
        System.out.printf("  %-52s %8.1f req/s  median %7.1f ms  (%d requests, %d not 200)%n", label, perSecond, median,
                all.size(), failures.get());
        return new Result(perSecond, median);
    }
}

package org.hoiso.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hoiso.bench.LoadFixture;

/**
 * A month's end (cuối tháng) at the union: commune officers sign in over the first minute and then, until the end,
 * search members by name, open a member's record, list their unit's members and fill in the month's report, its
 * draft saved every few seconds as they type; province officers read the review list (chờ duyệt), the dashboard and
 * their province's members; two province officers import a member list through the API (upload, dry run, commit).
 * Think times are a person's: seconds between clicks. Every page request is in the group {@code pages}, every API
 * request in {@code api}, so the report has their percentiles over all requests of the kind.
 *
 * <p>Run by {@link MonthEndLoad}, which starts the application and hands over the {@link LoadFixture}.
 */
public class MonthEndSimulation extends Simulation {

    static final String PAGES = "pages";
    static final String API = "api";
    /** File uploads: their time grows with the file, so they are shown apart, not judged against the target. */
    static final String UPLOADS = "upload";
    /** The targets the run is judged against (also Gatling's assertions). */
    static final int P95_TARGET_MS = 300;

    private final LoadFixture fixture = MonthEndLoad.fixture();
    private final Duration ramp = Duration.ofSeconds(MonthEndLoad.rampSeconds());
    private final Duration steady = Duration.ofSeconds(MonthEndLoad.totalSeconds() - MonthEndLoad.rampSeconds());

    private final HttpProtocolBuilder protocol = http.baseUrl("http://127.0.0.1:" + fixture.port())
            .acceptHeader("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8").acceptLanguageHeader("vi-VN,vi;q=0.9")
            .acceptEncodingHeader("gzip, deflate").userAgentHeader("hoiso-load (Gatling)").disableCaching();

    /** A page request, in the group of pages. */
    private static ChainBuilder page(HttpRequestActionBuilder request) {
        return group(PAGES).on(exec(request));
    }

    /** An API request, in the group of API requests. */
    private static ChainBuilder api(HttpRequestActionBuilder request) {
        return group(API).on(exec(request));
    }

    /** The login page, its CSRF token, then the form posted; a signed-in page has the logout form. */
    private static final ChainBuilder SIGN_IN = page(http("login page").get("/login")
            .check(css("form[action='/login'] input[name='_csrf']", "value").saveAs("csrf")))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .exec(page(http("sign in").post("/login").formParam("username", "#{username}")
                    .formParam("password", "#{password}").formParam("_csrf", "#{csrf}")
                    .check(css("form[action='/logout'] input[name='_csrf']", "value").saveAs("csrf"))));

    /** What she types: the whole name, or family and given name, with or without diacritics. */
    private static Session searchTerm(Session session) {
        List<String> names = session.getList("names");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String name = names.get(r.nextInt(names.size()));
        String[] words = name.split(" ");
        String q = r.nextInt(3) == 0 && words.length > 2 ? words[0] + " " + words[words.length - 1] : name;
        if (r.nextInt(3) == 0) {
            q = Normalizer.normalize(q.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
        return session.set("q", q).remove("memberId");
    }

    /** A search by name within her subtree, then (usually) one of the members found. */
    private static final ChainBuilder SEARCH = exec(MonthEndSimulation::searchTerm)
            .exec(page(http("member search").get("/members").queryParam("q", "#{q}").queryParam("status", "ACTIVE")
                    .check(regex("href=\"/members/(\\d+)\"").findRandom().optional().saveAs("memberId"))))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .exec(doIf(s -> s.contains("memberId")).then(page(http("member record").get("/members/#{memberId}")
                    .check(css("form[action='/logout']").exists()))));

    private static final ChainBuilder LIST_UNIT = page(http("unit's members").get("/members").queryParam("unitId", "#{unitId}")
            .check(css("form[action='/logout']").exists()));

    /** The month's report: opened (made the first time), then typed into with its draft saved every few seconds. */
    private static final ChainBuilder REPORT = doIf(s -> !s.contains("reportId"))
            .then(page(http("my reports").get("/reports")
                    .check(css("form[action='/logout'] input[name='_csrf']", "value").saveAs("csrf")))
                    .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
                    .exec(page(http("open month's report").post("/reports/open").formParam("formId", "#{formId}")
                            .formParam("unitId", "#{unitId}").formParam("period", "#{period}").formParam("_csrf", "#{csrf}")
                            .check(currentLocationRegex("/reports/(\\d+)$").saveAs("reportId")))))
            .exec(page(http("report page").get("/reports/#{reportId}")
                    .check(css("#report-version", "value").saveAs("version"))
                    .check(css("#report-form input[name='_csrf']", "value").saveAs("csrf"))
                    .check(css("#report-form input[name^='v.']", "name").findAll().saveAs("fields"))))
            .exec(repeat(s -> ThreadLocalRandom.current().nextInt(2, 6)).on(
                    pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
                            .exec(page(http("report draft").post("/reports/#{reportId}/draft").header("HX-Request", "true")
                                    .formParam("version", "#{version}").formParam("_csrf", "#{csrf}")
                                    .formParamMap(MonthEndSimulation::typedValues)
                                    .check(regex("id=\"save-status\" class=\"muted small\"").exists())
                                    .check(css("#report-version", "value").saveAs("version"))))));

    /** A few of the report's numbers typed in (the draft carries every field, as the form posts them). */
    private static Map<String, Object> typedValues(Session session) {
        List<String> fields = session.getList("fields");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String f : fields) {
            values.put(f, Integer.toString(r.nextInt(0, 400)));
        }
        return values;
    }

    private static final ChainBuilder HOME = page(http("home").get("/").check(css("form[action='/logout']").exists()));

    private ScenarioBuilder communeOfficers() {
        return scenario("Commune officers").feed(listFeeder(officers(fixture.communeOfficers())).circular())
                .exec(SIGN_IN)
                .exitHereIfFailed()
                .exec(during(steady).on(randomSwitch().on(
                        percent(35).then(SEARCH),
                        percent(15).then(LIST_UNIT),
                        // a failed step (a timeout) ends this visit to the report, not the officer's month
                        percent(40).then(exitBlockOnFail().on(REPORT).exec(s -> s.markAsSucceeded())),
                        percent(10).then(HOME))
                        .pause(Duration.ofSeconds(3), Duration.ofSeconds(10))));
    }

    private static final ChainBuilder REVIEW = page(http("review list").get("/reports/review")
            .check(css("form[action='/logout']").exists()));
    private static final ChainBuilder DASHBOARD = page(http("dashboard").get("/dashboard")
            .check(css("form[action='/logout']").exists()));

    private ScenarioBuilder provinceOfficers() {
        return scenario("Province officers").feed(listFeeder(officers(fixture.provinceOfficers())).circular())
                .exec(SIGN_IN)
                .exitHereIfFailed()
                .exec(during(steady).on(randomSwitch().on(
                        percent(35).then(REVIEW),
                        percent(35).then(DASHBOARD),
                        percent(20).then(SEARCH),
                        percent(10).then(LIST_UNIT))
                        .pause(Duration.ofSeconds(5), Duration.ofSeconds(15))));
    }

    /** Upload with the dry run started at once, wait for it, commit, wait for the registry to take the rows. */
    private ScenarioBuilder imports() {
        List<Map<String, Object>> rows = fixture.importers().stream().map(i -> {
            try {
                return Map.<String, Object>of("token", i.token(), "unitId", i.unitId(), "fileName",
                        i.file().getFileName().toString(), "fileBytes", Files.readAllBytes(i.file()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        Duration patience = steady;
        return scenario("Imports").feed(listFeeder(rows).circular())
                .exec(group(UPLOADS).on(exec(http("import upload (dry run starts)").post("/api/v1/imports")
                        .header("Authorization", "Bearer #{token}").header("Accept", "application/json")
                        .bodyPart(StringBodyPart("unitId", "#{unitId}")).bodyPart(StringBodyPart("validate", "true"))
                        .bodyPart(ByteArrayBodyPart("file", s -> (byte[]) s.get("fileBytes")).fileName("#{fileName}")
                                .contentType("text/csv"))
                        .asMultipartForm()
                        .check(status().is(201)).check(jsonPath("$.id").saveAs("jobId"))
                        .check(jsonPath("$.status").saveAs("jobStatus")))))
                .exitHereIfFailed()
                .exec(asLongAsDuring(s -> !"VALIDATED".equals(s.getString("jobStatus"))
                        && !"FAILED".equals(s.getString("jobStatus")), patience).on(pause(Duration.ofSeconds(2))
                                .exec(api(http("import progress").get("/api/v1/imports/#{jobId}")
                                        .header("Authorization", "Bearer #{token}").header("Accept", "application/json")
                                        .check(jsonPath("$.status").saveAs("jobStatus"))))))
                .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
                .exec(api(http("import commit").post("/api/v1/imports/#{jobId}/commit")
                        .header("Authorization", "Bearer #{token}").header("Accept", "application/json")
                        .check(jsonPath("$.status").saveAs("jobStatus"))))
                .exec(asLongAsDuring(s -> !"COMMITTED".equals(s.getString("jobStatus"))
                        && !"FAILED".equals(s.getString("jobStatus")), patience).on(pause(Duration.ofSeconds(2))
                                .exec(api(http("import progress").get("/api/v1/imports/#{jobId}")
                                        .header("Authorization", "Bearer #{token}").header("Accept", "application/json")
                                        .check(jsonPath("$.status").saveAs("jobStatus"))))))
                .exec(api(http("import committed").get("/api/v1/imports/#{jobId}")
                        .header("Authorization", "Bearer #{token}").header("Accept", "application/json")
                        .check(jsonPath("$.status").is("COMMITTED"))));
    }

    /** A province officer's script: searches and counts in her province, her worklist, every few seconds. */
    private ScenarioBuilder apiScripts() {
        List<Map<String, Object>> rows = fixture.apiClients().stream()
                .map(c -> Map.<String, Object>of("token", c.token(), "unitId", c.unitId(), "names", c.names())).toList();
        return scenario("API scripts").feed(listFeeder(rows).circular())
                .exec(during(steady).on(randomSwitch().on(
                        percent(50).then(exec(MonthEndSimulation::searchTerm)
                                .exec(api(http("members search").get("/api/v1/members").queryParam("q", "#{q}")
                                        .queryParam("unitId", "#{unitId}").header("Authorization", "Bearer #{token}")
                                        .header("Accept", "application/json").check(jsonPath("$.items").exists())))),
                        percent(25).then(api(http("member counts").get("/api/v1/members/counts").queryParam("unitId", "#{unitId}")
                                .header("Authorization", "Bearer #{token}").header("Accept", "application/json")
                                .check(status().is(200)))),
                        percent(25).then(api(http("reports waiting").get("/api/v1/reporting/waiting")
                                .header("Authorization", "Bearer #{token}").header("Accept", "application/json")
                                .check(status().is(200)))))
                        .pause(Duration.ofSeconds(1), Duration.ofSeconds(4))));
    }

    private List<Map<String, Object>> officers(List<LoadFixture.Officer> officers) {
        return officers.stream().map(o -> {
            Map<String, Object> m = new HashMap<>();
            m.put("username", o.username());
            m.put("password", o.password());
            m.put("unitId", o.unitId());
            m.put("names", o.names());
            m.put("formId", fixture.formId());
            m.put("period", fixture.period());
            return m;
        }).toList();
    }

    {
        int communes = fixture.communeOfficers().size();
        int provinces = fixture.provinceOfficers().size();
        setUp(
                communeOfficers().injectOpen(rampUsers(communes).during(ramp)),
                provinceOfficers().injectOpen(rampUsers(provinces).during(ramp)),
                imports().injectOpen(nothingFor(ramp), atOnceUsers(fixture.importers().size())),
                apiScripts().injectOpen(rampUsers(fixture.apiClients().size()).during(ramp)))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(MonthEndLoad.totalSeconds() + 120))
                .assertions(
                        global().failedRequests().count().is(0L),
                        details(PAGES).responseTime().percentile(95).lt(P95_TARGET_MS),
                        details(API).responseTime().percentile(95).lt(P95_TARGET_MS));
    }
}

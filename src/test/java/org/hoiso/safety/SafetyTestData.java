package org.hoiso.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.hoiso.testing.Fixtures;
import org.springframework.stereotype.Component;

/**
 * Reports, case workers and services for the safety tests, made through the module's own services. A report is
 * sent with a form token given a minute ago (a person took that long), from an address of its own unless told.
 */
@Component
public class SafetyTestData {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    private final SafetyReports reports;
    private final FormTokens tokens;
    private final CaseWorkers workers;
    private final Fixtures fixtures;

    SafetyTestData(SafetyReports reports, FormTokens tokens, CaseWorkers workers, Fixtures fixtures) {
        this.reports = reports;
        this.tokens = tokens;
        this.workers = workers;
        this.fixtures = fixtures;
    }

    /** A client address no other report used (TEST-NET-2 and -3, then private ranges). */
    public static String freshAddress() {
        int n = ADDRESS.getAndIncrement();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    /** A token as if the form had been open for a minute. */
    public String token() {
        return tokens.issue(Instant.now().minus(Duration.ofMinutes(1)));
    }

    public SafetyReports.Receipt report(AReport r) {
        return reports.submit(r.input(), token(), SafetyReports.Reporter.anonymous(freshAddress()));
    }

    public SafetyReports.Receipt report(AReport r, String address) {
        return reports.submit(r.input(), token(), SafetyReports.Reporter.anonymous(address));
    }

    /** An officer of the commune made case worker there by a national administrator. */
    public Fixtures.Officer caseWorker(String communeCode, boolean supervising) {
        Fixtures.Officer o = fixtures.officer(communeCode);
        workers.designate(fixtures.admin(), o.username(), fixtures.unit(communeCode).id(), supervising);
        return o;
    }

    /** An officer of a province made (supervising) case worker for the province. */
    public Fixtures.Officer provinceCaseWorker(String provinceCode, boolean supervising) {
        return caseWorker(provinceCode, supervising);
    }
}

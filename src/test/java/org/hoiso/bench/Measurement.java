package org.hoiso.bench;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One benchmarked operation: the application's way and the plain-SQL baseline, run with the same
 * parameters, warm-up runs first. The two answers are compared on every run, so a fast but wrong
 * answer cannot pass unnoticed.
 */
final class Measurement<P> {

    enum Kind {
        /** Registry (2,000,000 members): subtree counts and searches, and a member indicator of a month for a report. */
        COUNT(20), SEARCH(50, 150), INDICATOR(20),
        /** Reporting (a national year of reports): aggregates and completeness, and the bulk import of a national period. */
        AGGREGATE(50), IMPORT(2000);

        /** Target median, in milliseconds. */
        final double targetMs;
        /** Target 95th percentile, in milliseconds (none: infinite). */
        final double p95TargetMs;

        Kind(double targetMs) {
            this(targetMs, Double.POSITIVE_INFINITY);
        }

        Kind(double targetMs, double p95TargetMs) {
            this.targetMs = targetMs;
            this.p95TargetMs = p95TargetMs;
        }
    }

    private final String label;
    private final Kind kind;
    private final Function<P, Object> app;
    private final Function<P, Object> baseline;
    private final BiFunction<P, Object, String> describe;
    private final Timings appTimes = new Timings();
    private final Timings baselineTimes = new Timings();
    private String lastRun = "";
    private P slowestParameters;
    private long slowestNanos = -1;
    private int mismatches;

    /**
     * @param describe how to show a run's parameters and result in the report
     */
    Measurement(String label, Kind kind, Function<P, Object> app, Function<P, Object> baseline,
            BiFunction<P, Object, String> describe) {
        this.label = label;
        this.kind = kind;
        this.app = app;
        this.baseline = baseline;
        this.describe = describe;
    }

    /** Runs every parameter set; the first {@code warmups} are not timed. */
    Measurement<P> run(List<P> parameters, int warmups, boolean verbose) {
        for (int i = 0; i < parameters.size(); i++) {
            P p = parameters.get(i);
            boolean timed = i >= warmups;
            long start = System.nanoTime();
            Object a = timed ? appTimes.time(() -> app.apply(p)) : Timings.untimed(() -> app.apply(p));
            long appNanos = System.nanoTime() - start;
            start = System.nanoTime();
            Object b = timed ? baselineTimes.time(() -> baseline.apply(p)) : Timings.untimed(() -> baseline.apply(p));
            long baselineNanos = System.nanoTime() - start;
            if (!Objects.equals(a, b)) {
                mismatches++;
                System.out.printf("  ! %s: the app answered %s, the baseline %s, for %s%n", label, a, b, p);
            }
            if (timed && appNanos > slowestNanos) {
                slowestNanos = appNanos;
                slowestParameters = p;
            }
            lastRun = describe.apply(p, a);
            if (verbose) {
                System.out.printf("  %-35s %-7s app %9.2f ms, baseline %9.2f ms: %s%n", label, timed ? "run" : "warm-up",
                        appNanos / 1e6, baselineNanos / 1e6, lastRun);
            }
        }
        return this;
    }

    /** Repeats the application's way with the parameters of its slowest timed run (for EXPLAIN). */
    void replaySlowestApp() {
        app.apply(slowestParameters);
    }

    String label() {
        return label;
    }

    Kind kind() {
        return kind;
    }

    Timings app() {
        return appTimes;
    }

    Timings baseline() {
        return baselineTimes;
    }

    P slowestParameters() {
        return slowestParameters;
    }

    String describeLastRun() {
        return lastRun;
    }

    int mismatches() {
        return mismatches;
    }

    boolean passes() {
        return appTimes.medianMs() < kind.targetMs && appTimes.p95Ms() < kind.p95TargetMs;
    }
}

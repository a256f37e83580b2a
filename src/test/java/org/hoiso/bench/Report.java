package org.hoiso.bench;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Prints what the benchmark found: machine and data facts, the figures table with targets, and a plan. */
final class Report {

    private Report() {
    }

    static void facts(Baselines db, SyntheticRegistry.Result built) {
        machine(db);
        System.out.printf("  members              %,d (%,d active)%n", db.number("SELECT count(*) FROM member"),
                db.number("SELECT count(*) FROM member WHERE status = 'ACTIVE'"));
        System.out.printf("  units                %,d, of which %,d branches%n", db.number("SELECT count(*) FROM org_unit"),
                db.number("SELECT count(*) FROM org_unit WHERE level_code = 'BRANCH'"));
        System.out.printf("  member table         %s heap + %s indexes%n",
                db.text("SELECT pg_size_pretty(pg_table_size('member'))"),
                db.text("SELECT pg_size_pretty(pg_indexes_size('member'))"));
        System.out.printf("  database             %s%n", db.text("SELECT pg_size_pretty(pg_database_size(current_database()))"));
        System.out.printf("  generation + load    %.1f s, %,.0f rows/s (branches %.1f s, VACUUM ANALYZE %.1f s)%n",
                built.loadMs() / 1000, built.members() / (built.loadMs() / 1000), built.branchMs() / 1000,
                built.analyzeMs() / 1000);
        double total = 0;
        for (var phase : built.phases().entrySet()) {
            System.out.printf("    %-60s %8.1f s%n", phase.getKey(), phase.getValue() / 1000);
            total += phase.getValue();
        }
        System.out.printf("    %-60s %8.1f s%n", "total build", total / 1000);
    }

    /** The machine, the JVM and the database settings: the heading of every benchmark's facts. */
    static void machine(Baselines db) {
        Runtime rt = Runtime.getRuntime();
        System.out.println("\nMachine and data");
        System.out.printf("  CPU cores            %d%n", rt.availableProcessors());
        System.out.printf("  OS                   %s %s (%s)%n", System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"));
        System.out.printf("  JVM                  %s %s, max heap %,d MiB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), rt.maxMemory() >> 20);
        System.out.printf("  PostgreSQL           %s%n", db.text("SELECT version()"));
        System.out.printf("  settings             shared_buffers %s, work_mem %s, jit %s, max_parallel_workers_per_gather %s%n",
                db.text("SHOW shared_buffers"), db.text("SHOW work_mem"), db.text("SHOW jit"),
                db.text("SHOW max_parallel_workers_per_gather"));
    }

    static void table(List<Measurement<?>> results, int runs, int warmups) {
        table(results, runs, warmups,
                "Targets (app medians; searches also p95): subtree counts and a month's member indicator < 20 ms, searches < 50 ms and p95 < 150 ms");
    }

    /** The figures table; {@code targets} heads the closing line that says whether every app median met its target. */
    static void table(List<Measurement<?>> results, int runs, int warmups, String targets) {
        System.out.printf(
                "%nResults in milliseconds: median, p95 (nearest rank), min and max of %d runs after %d warm-ups, different parameters each run%n",
                runs, warmups);
        String format = "%-35s | %8s %8s %8s %8s | %9s %8s %8s | %8s | %-17s %-4s | %s%n";
        System.out.printf(format, "operation", "app med", "p95", "min", "max", "base med", "p95", "max", "app/base", "target", "",
                "last run");
        System.out.println("-".repeat(165));
        for (Measurement<?> m : results) {
            Timings a = m.app();
            Timings b = m.baseline();
            String target = "< " + (int) m.kind().targetMs + " ms"
                    + (Double.isInfinite(m.kind().p95TargetMs) ? "" : ", " + (int) m.kind().p95TargetMs + " p95");
            System.out.printf(format, m.label(), ms(a.medianMs()), ms(a.p95Ms()), ms(a.minMs()), ms(a.maxMs()), ms(b.medianMs()),
                    ms(b.p95Ms()), ms(b.maxMs()), String.format("%.3f", a.medianMs() / b.medianMs()), target,
                    m.passes() ? "PASS" : "FAIL",
                    m.describeLastRun() + (m.mismatches() > 0 ? "  (" + m.mismatches() + " MISMATCHES with the baseline)" : ""));
        }
        long failed = results.stream().filter(m -> !m.passes()).count();
        System.out.printf("%n%s: %s%n", targets, failed == 0 ? "all PASS" : failed + " of " + results.size() + " FAIL");
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the slowest statement of the operation with the slowest app median. */
    static void slowestPlan(List<Measurement<?>> results, StatementRecorder recorder, Baselines db) throws SQLException {
        Measurement<?> slowest = results.stream().max(Comparator.comparingDouble(m -> m.app().medianMs())).orElseThrow();
        Optional<StatementRecorder.Recorded> statement = recorder.slowestStatementOf(slowest::replaySlowestApp);
        System.out.printf("%nSlowest app operation: %s (median %s ms). Replaying its slowest run, %s:%n", slowest.label(),
                ms(slowest.app().medianMs()), slowest.slowestParameters());
        if (statement.isEmpty()) {
            System.out.println("  (no statement recorded)");
            return;
        }
        StatementRecorder.Recorded s = statement.get();
        System.out.printf("its slowest statement took %s ms:%n%s%n  -- bindings %s%n", ms(s.ms()), s.sql().strip(), s.bindings());
        System.out.println("\nEXPLAIN (ANALYZE, BUFFERS) with the same bindings (a fresh, custom plan):");
        for (String line : db.explain(s)) {
            System.out.println("  " + line);
        }
    }

    static String ms(double v) {
        return v >= 100 ? String.format("%.0f", v) : v >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }
}

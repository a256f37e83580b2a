package org.hoiso.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wall-clock samples of one operation. Median rather than mean, because a single garbage collection or
 * checkpoint would otherwise move the figure; min and max show the spread.
 */
final class Timings {

    private final List<Long> nanos = new ArrayList<>();

    /** Runs the action, records how long it took and hands back its result (so the work is not dead code). */
    <T> T time(Supplier<T> action) {
        long start = System.nanoTime();
        T result = action.get();
        nanos.add(System.nanoTime() - start);
        return result;
    }

    /** Runs the action without recording: warm-up of the JIT, plan caches and buffers. */
    static <T> T untimed(Supplier<T> action) {
        return action.get();
    }

    double medianMs() {
        long[] sorted = sorted();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        return median / 1e6;
    }

    /** The 95th percentile (nearest rank): with fewer than 20 samples, the largest. */
    double p95Ms() {
        long[] sorted = sorted();
        int rank = (int) Math.ceil(0.95 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double minMs() {
        return sorted()[0] / 1e6;
    }

    double maxMs() {
        long[] sorted = sorted();
        return sorted[sorted.length - 1] / 1e6;
    }

    private long[] sorted() {
        if (nanos.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a;
    }

    /** Milliseconds since {@code startNanos}, for one-off phases (loading, ANALYZE). */
    static double elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}

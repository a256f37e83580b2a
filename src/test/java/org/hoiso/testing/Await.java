package org.hoiso.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Waits on a condition: looks again until it holds, and fails with what was awaited once the deadline passes. Tests
 * use this instead of waiting a fixed time, so a fast machine does not wait and a slow one does not fail early.
 */
public final class Await {

    /** The pause between two looks. */
    private static final long LOOK_AGAIN = Duration.ofMillis(20).toNanos();

    private Await() {
    }

    /** What is awaited; a look may fail with an exception, which ends the wait. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    public static void until(String what, Duration within, Condition condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!holds(condition, what)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what);
            }
            LockSupport.parkNanos(LOOK_AGAIN);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what);
            }
        }
    }

    private static boolean holds(Condition condition, String what) {
        try {
            return condition.holds();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("while waiting for: " + what, e);
        }
    }
}

package org.hoiso.account;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits tries of invitation codes per client address: {@code hoiso.members.code-attempts} per ten
 * minutes. With 32^10 possible codes this makes guessing hopeless; the limit is per instance (in memory),
 * so N instances allow N times as many tries, still hopeless.
 */
@Component
class AttemptLimiter {

    private static final long WINDOW_MS = 10 * 60_000L;

    private record Window(long startMs, int count) {
    }

    private final int max;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    AttemptLimiter(AccountProperties settings, Clock clock) {
        this.max = settings.members().codeAttempts();
        this.clock = clock;
    }

    /** Counts one try for the key; false when the key has used up its tries in this window. */
    boolean tryOnce(String key) {
        long now = clock.millis();
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> now - e.getValue().startMs() > WINDOW_MS);
        }
        Window w = windows.compute(key, (k, old) -> old == null || now - old.startMs() > WINDOW_MS
                ? new Window(now, 1)
                : new Window(old.startMs(), old.count() + 1));
        return w.count() <= max;
    }
}

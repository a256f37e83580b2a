package org.hoiso.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily job (once across instances, at {@code hoiso.safety.cleanup-cron}): cases closed more than
 * {@code hoiso.safety.retention-days} ago are anonymised, a hundred per transaction; used form tokens and old rate
 * windows are forgotten.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final int BATCH = 100;

    private final Anonymiser anonymiser;
    private final FormTokens tokens;
    private final Floodgate floodgate;
    private final SafetyProperties settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    Retention(Anonymiser anonymiser, FormTokens tokens, Floodgate floodgate, SafetyProperties settings, TransactionTemplate tx,
            Clock clock) {
        this.anonymiser = anonymiser;
        this.tokens = tokens;
        this.floodgate = floodgate;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    /** Runs the day's work; answers how many cases were anonymised. */
    public int runDaily() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime before = now.minus(Duration.ofDays(settings.retentionDays()));
        int done = 0;
        while (true) {
            Integer n = tx.execute(status -> {
                List<Long> due = anonymiser.closedBefore(before, BATCH);
                due.forEach(id -> anonymiser.anonymise(id, now, false));
                return due.size();
            });
            done += n == null ? 0 : n;
            if (n == null || n < BATCH) {
                break;
            }
        }
        tx.executeWithoutResult(status -> {
            tokens.forgetExpired();
            floodgate.forgetOld();
        });
        if (done > 0) {
            log.info("Anonymised {} safety cases closed before {}", done, before);
        }
        return done;
    }
}

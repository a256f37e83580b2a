package org.hoiso.platform.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hoiso.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox (every {@code hoiso.outbox.interval}, scheduled by platform's {@code SchedulingConfig}): claims a batch of due messages (rows another
 * instance holds are skipped), hands each to its channel and records the outcome in the same transaction.
 * A failure is retried after 1, 2, 4 … minutes (at most an hour) until {@code hoiso.outbox.max-attempts};
 * an instance that dies mid-batch leaves its messages unsent, and they are sent again (at least once).
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository repo;
    private final Map<String, OutboxChannel> channels;
    private final TransactionTemplate tx;
    private final PlatformProperties.Outbox settings;

    OutboxSender(OutboxRepository repo, List<OutboxChannel> channels, TransactionTemplate tx, PlatformProperties settings) {
        this.repo = repo;
        this.channels = channels.stream().collect(Collectors.toUnmodifiableMap(OutboxChannel::name, Function.identity()));
        this.tx = tx;
        this.settings = settings.outbox();
    }

    /** Sends what is due now, batch after batch; answers how many messages were delivered. */
    public int sendDue() {
        int delivered = 0;
        while (true) {
            Integer batch = tx.execute(status -> sendBatch());
            if (batch == null || batch < 0) {
                return delivered;
            }
            delivered += batch;
        }
    }

    /** One batch; -1 when nothing was due. */
    private int sendBatch() {
        List<OutboxRepository.Pending> due = repo.claimDue(settings.batchSize());
        if (due.isEmpty()) {
            return -1;
        }
        int delivered = 0;
        for (OutboxRepository.Pending p : due) {
            OutboxChannel channel = channels.get(p.message().channel());
            if (channel == null || !channel.enabled()) {
                repo.retryLater(p.id(), pause(p.attempts()), "channel not configured");
                continue;
            }
            try {
                channel.deliver(p.message());
                repo.sent(p.id());
                delivered++;
            } catch (OutboxChannel.Undeliverable e) {
                repo.giveUp(p.id(), e.getMessage());
            } catch (Exception e) {
                String error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
                log.warn("Outbox message {} ({}) not delivered: {}", p.id(), p.message().kind(), error);
                if (p.attempts() + 1 >= settings.maxAttempts()) {
                    repo.giveUp(p.id(), error);
                } else {
                    repo.retryLater(p.id(), pause(p.attempts()), error);
                }
            }
        }
        return delivered;
    }

    private static Duration pause(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts, 6)));
    }
}

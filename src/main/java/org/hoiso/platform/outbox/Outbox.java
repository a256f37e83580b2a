package org.hoiso.platform.outbox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox (hộp thư đi): a module writes the messages a change causes in the same
 * transaction as the change, so a message is sent if and only if the change was committed;
 * {@link OutboxSender} delivers them afterwards through their {@link OutboxChannel}.
 */
@Service
public class Outbox {

    private final OutboxRepository repo;
    private final Map<String, OutboxChannel> channels;

    Outbox(OutboxRepository repo, List<OutboxChannel> channels) {
        this.repo = repo;
        this.channels = channels.stream().collect(Collectors.toUnmodifiableMap(OutboxChannel::name, Function.identity()));
    }

    /** Whether messages of that channel are kept and sent here (e-mail: only when an SMTP server is configured). */
    public boolean delivers(String channel) {
        OutboxChannel c = channels.get(channel);
        return c != null && c.enabled();
    }

    /**
     * Keeps the message for delivery after the caller's transaction commits (joins it; a transaction of its
     * own when there is none). A message for a channel that is off here is dropped; a message whose dedupe
     * key was used before on its channel is dropped. Answers whether it was kept.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean enqueue(OutboxMessage message) {
        if (!delivers(message.channel())) {
            return false;
        }
        return repo.insert(message);
    }
}

package org.hoiso.platform.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table ({@code outbox_message}). */
@Repository
class OutboxRepository {

    /** A message waiting for delivery. */
    record Pending(long id, OutboxMessage message, int attempts) {
    }

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insert(OutboxMessage m) {
        return jdbc.sql("""
                INSERT INTO outbox_message (channel, recipient, subject, body, kind, dedupe_key)
                VALUES (:channel, :recipient, :subject, :body, :kind, :dedupe)
                ON CONFLICT (channel, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
                """).param("channel", m.channel()).param("recipient", m.recipient()).param("subject", m.subject())
                .param("body", m.body()).param("kind", m.kind()).param("dedupe", m.dedupeKey()).update() == 1;
    }

    /**
     * Claims due messages: rows locked by another instance's sender are skipped, so two instances never
     * send the same message at the same time. Called inside the sender's transaction.
     */
    List<Pending> claimDue(int limit) {
        return jdbc.sql("""
                SELECT id, channel, recipient, subject, body, kind, dedupe_key, attempts FROM outbox_message
                 WHERE sent_at IS NULL AND failed_at IS NULL AND next_try_at <= now()
                 ORDER BY next_try_at, id LIMIT :limit FOR UPDATE SKIP LOCKED
                """).param("limit", limit).query((rs, n) -> new Pending(rs.getLong("id"),
                new OutboxMessage(rs.getString("channel"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("kind"), rs.getString("dedupe_key")),
                rs.getInt("attempts"))).list();
    }

    void sent(long id) {
        jdbc.sql("UPDATE outbox_message SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = :id")
                .param("id", id).update();
    }

    void retryLater(long id, Duration pause, String error) {
        jdbc.sql("""
                UPDATE outbox_message SET attempts = attempts + 1, last_error = :error,
                       next_try_at = now() + make_interval(secs => :secs)
                 WHERE id = :id
                """).param("id", id).param("error", error).param("secs", (double) pause.toSeconds()).update();
    }

    void giveUp(long id, String error) {
        jdbc.sql("UPDATE outbox_message SET attempts = attempts + 1, failed_at = now(), last_error = :error WHERE id = :id")
                .param("id", id).param("error", error).update();
    }
}

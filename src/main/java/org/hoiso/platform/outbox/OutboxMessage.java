package org.hoiso.platform.outbox;

/**
 * A message to one person through one channel: e-mail today (the recipient is an address), SMS or Zalo
 * OA later (a phone number or an account). Plain text; the channel formats it.
 *
 * @param channel   the channel's name, e.g. {@link EmailChannel#NAME}
 * @param recipient where the channel delivers it
 * @param subject   one line
 * @param body      the text
 * @param kind      what it is about, e.g. {@code report.returned}, for counting and for the log
 * @param dedupeKey a key that makes it once-only per channel (e.g. the report and the event); null for none
 */
public record OutboxMessage(String channel, String recipient, String subject, String body, String kind, String dedupeKey) {

    public static final int MAX_SUBJECT = 500;
    public static final int MAX_BODY = 100_000;

    public OutboxMessage {
        if (channel == null || channel.isBlank() || recipient == null || recipient.isBlank() || kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("an outbox message needs a channel, a recipient and a kind");
        }
        subject = subject == null ? "" : subject.replaceAll("[\\r\\n]+", " ").strip();
        if (subject.length() > MAX_SUBJECT) {
            subject = subject.substring(0, MAX_SUBJECT - 1) + "…";
        }
        body = body == null ? "" : body;
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("an outbox message of " + body.length() + " characters");
        }
    }

    /** An e-mail to an address. */
    public static OutboxMessage email(String address, String subject, String body, String kind, String dedupeKey) {
        return new OutboxMessage(EmailChannel.NAME, address, subject, body, kind, dedupeKey);
    }
}

package org.hoiso.platform.outbox;

/**
 * A way of delivering outbox messages (SPI): e-mail is one; an SMS gateway or a Zalo Official Account
 * is another bean implementing this, with nothing else to change in the modules that write messages.
 */
public interface OutboxChannel {

    /** The name messages carry in {@link OutboxMessage#channel()}. */
    String name();

    /** Whether the channel is configured here; messages for a channel that is not are not kept at all. */
    boolean enabled();

    /**
     * Delivers one message or throws; a failure is retried later with a growing pause, a message whose
     * recipient can never be reached should throw {@link Undeliverable} so it is not retried.
     */
    void deliver(OutboxMessage message) throws Exception;

    /** The message can never be delivered (a malformed address): give up at once. */
    class Undeliverable extends Exception {
        public Undeliverable(String reason) {
            super(reason);
        }
    }
}

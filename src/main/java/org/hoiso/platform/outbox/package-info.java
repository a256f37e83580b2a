/**
 * The transactional outbox: messages to people (e-mail today, SMS or Zalo OA later) written in the same
 * transaction as the change that causes them, delivered afterwards through an {@link org.hoiso.platform.outbox.OutboxChannel}.
 */
package org.hoiso.platform.outbox;

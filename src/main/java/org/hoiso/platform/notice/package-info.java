/**
 * Notices to people (thông báo): a module posts one to an account (in Vietnamese and English, with where it
 * leads); the person sees it on her home page and as a count on the menu, and opening it marks it read.
 * Sending e-mail about it is the posting module's business (through {@link org.hoiso.platform.outbox.Outbox}),
 * including a daily digest of the notices it marked for one.
 */
package org.hoiso.platform.notice;

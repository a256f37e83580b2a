/**
 * The digital member card (thẻ hội viên số): a QR code carrying a signed token (name, unit, validity)
 * that an officer's phone verifies offline against the published keys; issuing, revoking, key rotation
 * and online verification with revocation. Other modules use {@link org.hoiso.card.MemberCards}
 * (the activity module records presence through {@link org.hoiso.card.MemberCards#memberInForce}).
 * Settings: {@link org.hoiso.card.CardProperties}.
 */
@ApplicationModule(allowedDependencies = {"platform", "orgunit", "member", "member :: events"})
package org.hoiso.card;

import org.springframework.modulith.ApplicationModule;

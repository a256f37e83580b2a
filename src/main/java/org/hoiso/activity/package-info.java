/**
 * Member activities (sinh hoạt hội viên). Today: the digital member card (thẻ hội viên số), a QR code
 * with a signed token (name, unit, validity) that an officer's phone verifies offline against the
 * published keys; issuing, revoking, key rotation and online verification with revocation. Other
 * modules use {@link org.hoiso.activity.MemberCards} and {@link org.hoiso.activity.CardKeys}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "orgunit", "member"})
package org.hoiso.activity;

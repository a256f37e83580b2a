/**
 * "Chi hội số" (the digital branch): a branch or commune plans activities (meeting, training,
 * campaign, volunteering; in person or online); members see and answer them; presence is recorded by
 * her member card scanned at the door (through {@link org.hoiso.card.MemberCards}), by her scanning
 * the activity's own QR code, or ticked by hand; minutes, photos and announcements. Activities held
 * and the attendance rate feed the monthly report as computed indicators.
 */
@ApplicationModule(allowedDependencies = {"platform", "orgunit", "member", "card"})
package org.hoiso.activity;

import org.springframework.modulith.ApplicationModule;

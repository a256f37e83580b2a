/**
 * What happens in a member's life, published by the registry inside the transaction of the change, so that
 * the modules holding something of hers act in the same transaction (all or nothing): she left the union
 * or moved her membership out of it ({@link org.hoiso.member.events.MemberLeft}), she died
 * ({@link org.hoiso.member.events.MemberDied}), she was transferred to another unit
 * ({@link org.hoiso.member.events.MemberTransferred}), she became an active member again
 * ({@link org.hoiso.member.events.MemberReturned}). Every change is published as one
 * {@link org.hoiso.member.events.MembersChanged} that holds them: of one member when an officer changes her record,
 * of all of them when a bulk change (an import) does, so a listener has one method and acts in a few statements.
 * Listeners are plain {@code @EventListener}s: they run in the publishing transaction, and a failure
 * rolls the change back.
 */
@NamedInterface("events")
package org.hoiso.member.events;

import org.springframework.modulith.NamedInterface;

package org.hoiso.card;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hoiso.member.MemberStatus;
import org.hoiso.member.events.MemberDied;
import org.hoiso.member.events.MemberLeft;
import org.hoiso.member.events.MemberTransferred;
import org.hoiso.member.events.MembersChanged;
import org.hoiso.platform.audit.Audit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A card says "member of this commune until …", so it must not outlive what it says: when a member leaves,
 * dies or moves her membership out of the registry, her card in force is revoked; when she is transferred to
 * another commune (or agency union), too, since it names the old one (a move between branches of one commune
 * keeps it). In the registry's transaction; the online check then answers REVOKED, and she or an officer
 * issues a new card in her new commune.
 */
@Component
class CardsFollowMembers {

    /** Past this many cards a bulk change is audited as one entry. */
    private static final int AUDIT_EACH_UP_TO = 20;

    private final CardRepository repo;
    private final MemberCards cards;
    private final Audit audit;
    private final Clock clock;

    CardsFollowMembers(CardRepository repo, MemberCards cards, Audit audit, Clock clock) {
        this.repo = repo;
        this.cards = cards;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void changed(MembersChanged e) {
        String by = by(e);
        revoke(e.left().stream().filter(l -> l.status() == MemberStatus.LEFT).map(MemberLeft::memberId).toList(), by,
                "member left");
        revoke(e.left().stream().filter(l -> l.status() != MemberStatus.LEFT).map(MemberLeft::memberId).toList(), by,
                "membership transferred out");
        revoke(e.died().stream().map(MemberDied::memberId).toList(), by, "member deceased");
        List<Long> elsewhere = new ArrayList<>();
        for (MemberTransferred t : e.transferred()) {
            if (cards.cardUnitId(t.fromUnitId()) != cards.cardUnitId(t.toUnitId())) {
                elsewhere.add(t.memberId());
            }
        }
        revoke(elsewhere, by, "member transferred to another commune");
    }

    private void revoke(List<Long> memberIds, String by, String reason) {
        List<CardRepository.Revoked> revoked = repo.revokeInForce(memberIds, by, reason,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        if (revoked.size() <= AUDIT_EACH_UP_TO) {
            for (CardRepository.Revoked r : revoked) {
                audit.record(Audit.Action.CARD, "member", r.memberId(), r.unitId(), "revoke card " + r.id() + ": " + reason);
            }
        } else {
            audit.record(Audit.Action.CARD, "member", null, null, "revoke " + revoked.size() + " cards: " + reason + "; members "
                    + revoked.stream().map(r -> Long.toString(r.memberId())).collect(Collectors.joining(",")));
        }
    }

    private static String by(MembersChanged e) {
        return e.left().stream().map(MemberLeft::by).findFirst()
                .or(() -> e.died().stream().map(MemberDied::by).findFirst())
                .or(() -> e.transferred().stream().map(MemberTransferred::by).findFirst())
                .orElse("system");
    }
}

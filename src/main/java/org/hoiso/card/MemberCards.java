package org.hoiso.card;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.hoiso.member.Member;
import org.hoiso.member.MemberRegistry;
import org.hoiso.member.MemberStatus;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digital member cards (thẻ hội viên số): issued by an officer who may change the member's record or by
 * the member herself, one card in force per member, revocable, and verifiable by any officer. The card
 * carries only name, unit and validity: no CCCD, no birth date.
 */
@Service
@Transactional
public class MemberCards {

    /** Below a commune the card names the commune: branch codes mean nothing to an officer elsewhere. */
    private static final Set<String> BELOW_COMMUNE = Set.of("BRANCH", "GROUP");

    /** A card as shown and printed. */
    public record Card(long id, long memberId, String name, String unitCode, String unitName, LocalDate validFrom,
            LocalDate validUntil, String token, String kid, boolean expired) {
    }

    /** A member's card page: whose it is (her member number too) and her card in force, if any. */
    public record CardView(long memberId, String memberName, String memberNumber, Optional<Card> card) {
    }

    /** The answer to "is this card good?"; name, unit and validity only when the signature is ours. */
    public record Verification(CardToken.Status status, String name, String unit, LocalDate validUntil) {
    }

    private final CardRepository repo;
    private final CardKeys keys;
    private final MemberRegistry members;
    private final OrgUnits units;
    private final Audit audit;
    private final Clock clock;
    private final int validityDays;

    MemberCards(CardRepository repo, CardKeys keys, MemberRegistry members, OrgUnits units, Audit audit, Clock clock,
            CardProperties settings) {
        this.repo = repo;
        this.keys = keys;
        this.members = members;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
        this.validityDays = settings.validityDays();
    }

    /** Issues a card valid from today; a card still in force is revoked ("reissued"). Audited. */
    public Card issue(Caller caller, long memberId) {
        return issue(caller, memberId, today());
    }

    Card issue(Caller caller, long memberId, LocalDate from) {
        Member m = holder(caller, memberId);
        if (m.status() != MemberStatus.ACTIVE) {
            throw DomainException.conflict("card.memberNotActive");
        }
        OffsetDateTime now = now();
        repo.current(memberId).ifPresent(old -> {
            repo.revoke(old.id(), caller.username(), "reissued", now);
            audit.record(Audit.Action.CARD, "member", memberId, old.unitId(), "revoke card " + old.id() + ": reissued");
        });
        OrgUnit unit = cardUnit(m.unitId());
        LocalDate until = from.plusDays(validityDays - 1L);
        CardKeys.Signer signer = keys.signer();
        long id = repo.insertCard(memberId, m.unitId(), signer.kid(), from, until, caller.username(), now);
        CardToken.Claims claims = new CardToken.Claims(signer.kid(), id, memberId, m.fullName(), unit.code(), unit.name(), from,
                until);
        String token = CardToken.sign(claims, signer.key());
        repo.setToken(id, token);
        audit.record(Audit.Action.CARD, "member", memberId, m.unitId(), "issue card " + id);
        return card(repo.find(id).orElseThrow());
    }

    /** Revokes a card (lost, left the union…). Whoever may issue it may revoke it. Audited. */
    public void revoke(Caller caller, long cardId, String reason) {
        CardRepository.CardRow row = repo.find(cardId).orElseThrow(() -> DomainException.notFound("card.notFound"));
        if (!isHerself(caller, row.memberId())) {
            try {
                members.requireWritable(caller, row.memberId());
            } catch (DomainException e) {
                // the card of someone she may not change does not exist for her
                throw DomainException.notFound("card.notFound");
            }
        }
        String why = VietnameseText.cleanOrNull(reason);
        if (why != null && why.length() > 500) {
            why = why.substring(0, 500);
        }
        if (!repo.revoke(cardId, caller.username(), why, now())) {
            throw DomainException.conflict("card.alreadyRevoked");
        }
        audit.record(Audit.Action.CARD, "member", row.memberId(), row.unitId(),
                "revoke card " + cardId + (why == null ? "" : ": " + why));
    }

    /** An officer's view of a member's card; she must be able to change the member. The read is audited. */
    public CardView view(Caller caller, long memberId) {
        Member m = holder(caller, memberId);
        return new CardView(memberId, m.fullName(), members.number(memberId), repo.current(memberId).map(this::card));
    }

    /** The signed-in member's own card page. */
    public CardView mine(Caller caller) {
        Member m = members.own(caller);
        return new CardView(m.id(), m.fullName(), members.number(m.id()), repo.current(m.id()).map(this::card));
    }

    /**
     * The member whose card the caller holds in her hands: only officers (any role) check cards. A check that
     * names her (a card with our signature) is a read of her record, audited.
     */
    @Transactional
    public Verification verify(Caller caller, String token) {
        if (caller.readableUnits().isEmpty()) {
            throw DomainException.forbidden("card.verify.officersOnly");
        }
        Verification v = verify(token);
        if (v.name() != null) {
            CardToken.Claims c = CardToken.claims(token.strip());
            audit.record(Audit.Action.READ, "member", c.memberId(),
                    repo.find(c.cardId()).map(CardRepository.CardRow::unitId).orElse(null), "card check: " + v.status());
        }
        return v;
    }

    Verification verify(String token) {
        CardToken.Checked checked = CardToken.verify(token, keys::verifier, today());
        CardToken.Status status = checked.status();
        CardToken.Claims c = checked.claims();
        boolean ours = status == CardToken.Status.VALID || status == CardToken.Status.EXPIRED
                || status == CardToken.Status.NOT_YET_VALID;
        if (!ours) {
            return new Verification(status, null, null, null);
        }
        // A signed card we have no record of (or of another member) is not honoured either.
        boolean inForce = repo.find(c.cardId())
                .filter(r -> !r.revoked() && r.memberId() == c.memberId() && r.kid().equals(c.kid()))
                .isPresent();
        return new Verification(inForce ? status : CardToken.Status.REVOKED, c.name(), unitLabel(c), c.validUntil());
    }

    /** The member a card in force names (signature, dates and record all good), for recording attendance. */
    public Optional<Long> memberInForce(String token) {
        CardToken.Checked checked = CardToken.verify(token, keys::verifier, today());
        if (checked.status() != CardToken.Status.VALID) {
            return Optional.empty();
        }
        CardToken.Claims c = checked.claims();
        return repo.find(c.cardId()).filter(r -> !r.revoked() && r.memberId() == c.memberId() && r.kid().equals(c.kid()))
                .map(r -> c.memberId());
    }

    private static String unitLabel(CardToken.Claims c) {
        return c.unitName() + (c.unitCode().isEmpty() ? "" : " (" + c.unitCode() + ")");
    }

    private Member holder(Caller caller, long memberId) {
        if (isHerself(caller, memberId)) {
            return members.own(caller);
        }
        members.requireWritable(caller, memberId);
        return members.get(caller, memberId);
    }

    private static boolean isHerself(Caller caller, long memberId) {
        return caller.isMember() && caller.memberId() == memberId;
    }

    /** The unit a card of a member of this unit names: her commune (or agency union), not her branch. */
    long cardUnitId(long unitId) {
        return cardUnit(unitId).id();
    }

    private OrgUnit cardUnit(long unitId) {
        OrgUnit u = units.get(unitId);
        while (BELOW_COMMUNE.contains(u.levelCode())) {
            Optional<OrgUnit> parent = units.parent(u);
            if (parent.isEmpty()) {
                break;
            }
            u = parent.get();
        }
        return u;
    }

    private Card card(CardRepository.CardRow r) {
        CardToken.Claims c = CardToken.claims(r.token());
        return new Card(r.id(), r.memberId(), c.name(), c.unitCode(), c.unitName(), r.validFrom(), r.validUntil(),
                r.token(), r.kid(), today().isAfter(r.validUntil()));
    }

    private LocalDate today() {
        return clock.instant().atZone(VietnameseText.ZONE).toLocalDate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}

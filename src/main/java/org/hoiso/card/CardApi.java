package org.hoiso.card;

import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.Messages;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Card verification for officers' systems (the status, and the holder only when the card is ours); key rotation. */
@RestController
@RequestMapping("/api/v1/cards")
class CardApi {

    private final MemberCards cards;
    private final CardKeys keys;
    private final Messages messages;

    CardApi(MemberCards cards, CardKeys keys, Messages messages) {
        this.cards = cards;
        this.keys = keys;
        this.messages = messages;
    }

    record VerifyRequest(String token) {
    }

    /** A card checked: the status and its message; the holder and the last valid day only when the card is ours. */
    record Verdict(CardToken.Status status, String message, String name, String unit, String validUntil) {
    }

    record RotatedKey(String kid) {
    }

    @PostMapping("/verify")
    Verdict verify(@RequestBody VerifyRequest request, Caller caller) {
        return json(cards.verify(caller, request.token()), messages);
    }

    /** A national administrator rotates the signing key at once (a key suspected lost, for one). */
    @PostMapping("/keys/rotate")
    RotatedKey rotate(Caller caller) {
        return new RotatedKey(keys.rotate(caller));
    }

    static Verdict json(MemberCards.Verification v, Messages messages) {
        return new Verdict(v.status(), messages.get(v.status().messageCode()), v.name(), v.unit(),
                v.validUntil() == null ? null : v.validUntil().toString());
    }
}

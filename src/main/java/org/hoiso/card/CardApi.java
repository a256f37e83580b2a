package org.hoiso.card;

import java.util.LinkedHashMap;
import java.util.Map;
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

    @PostMapping("/verify")
    Map<String, Object> verify(@RequestBody VerifyRequest request, Caller caller) {
        return json(cards.verify(caller, request.token()), messages);
    }

    /** A national administrator rotates the signing key at once (a key suspected lost, for one). */
    @PostMapping("/keys/rotate")
    Map<String, Object> rotate(Caller caller) {
        return Map.of("kid", keys.rotate(caller));
    }

    static Map<String, Object> json(MemberCards.Verification v, Messages messages) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", v.status().name());
        m.put("message", messages.get(v.status().messageCode()));
        m.put("name", v.name());
        m.put("unit", v.unit());
        m.put("validUntil", v.validUntil() == null ? null : v.validUntil().toString());
        return m;
    }
}

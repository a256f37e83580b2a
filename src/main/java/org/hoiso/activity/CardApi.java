package org.hoiso.activity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hoiso.platform.security.Callers;
import org.hoiso.platform.web.Messages;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Card verification for officers' systems: the status, and the holder only when the card is ours. */
@RestController
@RequestMapping("/api/v1/cards")
class CardApi {

    private final MemberCards cards;
    private final Messages messages;

    CardApi(MemberCards cards, Messages messages) {
        this.cards = cards;
        this.messages = messages;
    }

    record VerifyRequest(String token) {
    }

    @PostMapping("/verify")
    Map<String, Object> verify(@RequestBody VerifyRequest request) {
        return json(cards.verify(Callers.current(), request.token()), messages);
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

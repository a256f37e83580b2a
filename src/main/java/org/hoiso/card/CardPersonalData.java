package org.hoiso.card;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hoiso.platform.personaldata.PersonalDataSource;
import org.springframework.stereotype.Component;

/** Her member cards (issued, valid, revoked and why), for "download what hoiso holds about me". */
@Component
class CardPersonalData implements PersonalDataSource {

    private final CardRepository repo;

    CardPersonalData(CardRepository repo) {
        this.repo = repo;
    }

    @Override
    public String section() {
        return "cards";
    }

    @Override
    public Map<String, Object> about(long memberId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cards", repo.cardsOf(memberId).stream().map(c -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("issuedAt", String.valueOf(c.issuedAt()));
            e.put("unit", c.unitName());
            e.put("validFrom", String.valueOf(c.validFrom()));
            e.put("validUntil", String.valueOf(c.validUntil()));
            e.put("issuedBy", c.issuedBy());
            e.put("revokedAt", c.revokedAt() == null ? null : c.revokedAt().toString());
            e.put("revokedBy", c.revokedBy());
            e.put("revokeReason", c.revokeReason());
            return e;
        }).toList());
        return out;
    }
}

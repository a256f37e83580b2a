package org.hoiso.member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.personaldata.PersonalDataSource;
import org.springframework.stereotype.Component;

/** Her record in the registry and its history, for "download what hoiso holds about me". */
@Component
class MemberPersonalData implements PersonalDataSource {

    private final MemberRepository members;

    MemberPersonalData(MemberRepository members) {
        this.members = members;
    }

    @Override
    public String section() {
        return "memberRecord";
    }

    @Override
    public Map<String, Object> about(long memberId) {
        Map<String, Object> out = new LinkedHashMap<>();
        members.find(memberId).ifPresent(m -> {
            out.put("memberNumber", members.number(memberId).orElse(null));
            out.put("fullName", m.fullName());
            out.put("birthDate", String.valueOf(m.birthDate()));
            out.put("nationalId", m.nationalId());
            out.put("phone", m.phone());
            out.put("address", m.address());
            out.put("ethnicityCode", m.ethnicityCode());
            out.put("sensitiveDataConsentOn", m.sensitiveConsentOn() == null ? null : m.sensitiveConsentOn().toString());
            out.put("unit", m.unitName());
            out.put("joinedOn", m.joinedOn() == null ? null : m.joinedOn().toString());
            out.put("status", m.status().name());
            out.put("statusSince", String.valueOf(m.statusSince()));
            out.put("position", m.position().name());
            out.put("hasSmartphone", m.hasSmartphone());
            out.put("vneidLevel", m.vneidLevel());
            out.put("hasEwallet", m.hasEwallet());
            out.put("digitalSkill", m.digitalSkill());
        });
        List<Map<String, Object>> history = members.history(memberId).stream().map(h -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("kind", h.kind());
            e.put("date", String.valueOf(h.effectiveDate()));
            e.put("status", h.status());
            e.put("fromUnit", h.fromUnitName());
            e.put("toUnit", h.toUnitName());
            e.put("reason", h.reason());
            e.put("recordedBy", h.by());
            return e;
        }).toList();
        out.put("history", history);
        return out;
    }
}

package org.hoiso.skills.help;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hoiso.platform.personaldata.PersonalDataSource;
import org.springframework.stereotype.Component;

/**
 * For "download what hoiso holds about me": her designations as a digital helper ("Hỗ trợ số"), the help
 * she received and the help she logged as a helper (without the names of the people she helped).
 */
@Component
class HelpPersonalData implements PersonalDataSource {

    private final HelpRepository repo;

    HelpPersonalData(HelpRepository repo) {
        this.repo = repo;
    }

    @Override
    public String section() {
        return "digitalHelp";
    }

    @Override
    public Map<String, Object> about(long memberId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("helperDesignations", repo.designationsOf(memberId).stream().map(d -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("unit", d.unitName());
            e.put("kind", d.kind());
            e.put("since", String.valueOf(d.since()));
            e.put("until", d.until() == null ? null : d.until().toString());
            e.put("designatedBy", d.designatedBy());
            e.put("endedBy", d.endedBy());
            return e;
        }).toList());
        var help = repo.helpNaming(memberId);
        out.put("helpReceived", help.stream().filter(HelpRepository.HerHelp::toHer).map(HelpPersonalData::entry).toList());
        out.put("helpGiven", help.stream().filter(h -> !h.toHer()).map(HelpPersonalData::entry).toList());
        return out;
    }

    private static Map<String, Object> entry(HelpRepository.HerHelp h) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("date", String.valueOf(h.givenOn()));
        e.put("type", h.type());
        e.put("unit", h.unitName());
        e.put("place", h.place());
        e.put("loggedBy", h.loggedBy());
        e.put("loggedAt", String.valueOf(h.loggedAt()));
        return e;
    }
}

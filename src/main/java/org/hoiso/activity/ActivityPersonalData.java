package org.hoiso.activity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hoiso.platform.personaldata.PersonalDataSource;
import org.springframework.stereotype.Component;

/** The activities she attended, for "download what hoiso holds about me". */
@Component
class ActivityPersonalData implements PersonalDataSource {

    private final ActivityRepository repo;

    ActivityPersonalData(ActivityRepository repo) {
        this.repo = repo;
    }

    @Override
    public String section() {
        return "activities";
    }

    @Override
    public Map<String, Object> about(long memberId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("attended",
                repo.attendedBy(memberId).stream().map(a -> a.startsAt() + " " + a.title() + " (" + a.unitName() + ")").toList());
        return out;
    }
}

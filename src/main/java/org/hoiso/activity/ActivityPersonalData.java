package org.hoiso.activity;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.personaldata.PersonalDataSource;
import org.springframework.stereotype.Component;

/** The activities she attended and her answers to activities, for "download what hoiso holds about me". */
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
        List<ActivityRepository.Involvement> all = repo.involving(memberId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("attended", all.stream().filter(i -> i.method() != null).map(i -> {
            Map<String, Object> e = activity(i);
            e.put("method", i.method());
            e.put("recordedAt", text(i.recordedAt()));
            return e;
        }).toList());
        out.put("answers", all.stream().filter(i -> i.answer() != null).map(i -> {
            Map<String, Object> e = activity(i);
            e.put("answer", i.answer());
            e.put("answeredAt", text(i.answeredAt()));
            return e;
        }).toList());
        return out;
    }

    private static Map<String, Object> activity(ActivityRepository.Involvement i) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("title", i.title());
        e.put("unit", i.unitName());
        e.put("startsAt", text(i.startsAt()));
        return e;
    }

    private static String text(OffsetDateTime t) {
        return t == null ? null : t.toString();
    }
}

package org.hoiso.skills.learning;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hoiso.platform.personaldata.PersonalDataSource;
import org.springframework.stereotype.Component;

/** Her lessons done and certificates, for "download what hoiso holds about me". */
@Component
class LearningPersonalData implements PersonalDataSource {

    private final CourseRepository repo;

    LearningPersonalData(CourseRepository repo) {
        this.repo = repo;
    }

    @Override
    public String section() {
        return "learning";
    }

    @Override
    public Map<String, Object> about(long memberId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lessonsCompleted", repo.courses(memberId).stream().flatMap(c -> c.lessons().stream())
                .filter(Course.Lesson::completed).map(Course.Lesson::titleVi).toList());
        out.put("certificates", repo.certificates(memberId).stream().map(c -> c.code() + " " + c.issuedAt()).toList());
        return out;
    }
}

package org.hoiso.skills.learning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.hoiso.platform.indicators.IndicatorSource;
import org.springframework.stereotype.Component;

/** Lessons completed and certificates issued to members of a subtree in a period: counted, never typed. */
@Component
class LearningIndicators implements IndicatorSource {

    private final CourseRepository repo;

    LearningIndicators(CourseRepository repo) {
        this.repo = repo;
    }

    @Override
    public Set<String> keys() {
        return Set.of("skills.lessons.completed", "skills.certificates");
    }

    @Override
    public Map<String, BigDecimal> compute(String key, String subtreePath, LocalDate from, LocalDate to) {
        long n = switch (key) {
            case "skills.lessons.completed" -> repo.countCompleted(subtreePath, from, to);
            case "skills.certificates" -> repo.countCertificates(subtreePath, from, to);
            default -> throw new IllegalArgumentException("not a learning indicator: " + key);
        };
        return Map.of("", BigDecimal.valueOf(n));
    }
}

package org.hoiso.skills.learning;

import java.util.List;
import java.util.Locale;
import org.hoiso.platform.text.SafeText;

/** A course of "Bình dân học vụ số" with its lessons, and how far the member is in it. */
public record Course(long id, String code, String titleVi, String titleEn, String summaryVi, String summaryEn,
        List<Lesson> lessons) {

    public record Lesson(long id, long courseId, int position, String titleVi, String titleEn, String bodyVi, String bodyEn,
            String videoUrl, boolean completed) {
        public String title(Locale l) {
            return en(l) ? titleEn : titleVi;
        }

        public String bodyHtml(Locale l) {
            return SafeText.toHtml(en(l) ? bodyEn : bodyVi);
        }
    }

    public record Question(long id, int position, String questionVi, String questionEn, List<String> optionsVi,
            List<String> optionsEn, int correct) {
        public String question(Locale l) {
            return en(l) ? questionEn : questionVi;
        }

        public List<String> options(Locale l) {
            return en(l) ? optionsEn : optionsVi;
        }
    }

    public String title(Locale l) {
        return en(l) ? titleEn : titleVi;
    }

    public String summary(Locale l) {
        return en(l) ? summaryEn : summaryVi;
    }

    public long completedLessons() {
        return lessons.stream().filter(Lesson::completed).count();
    }

    public boolean completed() {
        return !lessons.isEmpty() && completedLessons() == lessons.size();
    }

    static boolean en(Locale l) {
        return l != null && "en".equals(l.getLanguage());
    }
}

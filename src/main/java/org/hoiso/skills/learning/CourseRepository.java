package org.hoiso.skills.learning;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Courses, lessons, quiz questions, progress and certificates (course … certificate). */
@Repository
class CourseRepository {

    private final JdbcClient jdbc;

    CourseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record CertificateRow(long id, String code, long memberId, long courseId, OffsetDateTime issuedAt) {
    }

    /** Every published course with its lessons; "completed" for the member given (or none). */
    List<Course> courses(Long memberId) {
        Map<Long, List<Course.Lesson>> lessons = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT l.id, l.course_id, l.position, l.title_vi, l.title_en, l.body_vi, l.body_en, l.video_url,
                       (p.member_id IS NOT NULL) AS completed
                  FROM lesson l LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.member_id = :m
                 ORDER BY l.course_id, l.position
                """).param("m", memberId).query(rs -> {
            lessons.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(lesson(rs));
        });
        return jdbc.sql(
                "SELECT id, code, title_vi, title_en, summary_vi, summary_en FROM course WHERE published ORDER BY position, id")
                .query((rs, n) -> new Course(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), lessons.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    Optional<Course.Lesson> lesson(long id, Long memberId) {
        return jdbc.sql("""
                SELECT l.id, l.course_id, l.position, l.title_vi, l.title_en, l.body_vi, l.body_en, l.video_url,
                       (p.member_id IS NOT NULL) AS completed
                  FROM lesson l LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.member_id = :m
                 WHERE l.id = :id
                """).param("id", id).param("m", memberId).query((rs, n) -> lesson(rs)).optional();
    }

    List<Course.Question> questions(long lessonId) {
        return jdbc.sql("""
                SELECT id, position, question_vi, question_en, options_vi, options_en, correct FROM quiz_question
                 WHERE lesson_id = :l ORDER BY position
                """).param("l", lessonId).query((rs, n) -> new Course.Question(rs.getLong(1), rs.getInt(2), rs.getString(3),
                rs.getString(4), strings(rs.getArray(5)), strings(rs.getArray(6)), rs.getInt(7))).list();
    }

    /** Records the lesson as done (a retry after success only counts the attempt). */
    void complete(long memberId, long lessonId) {
        jdbc.sql("""
                INSERT INTO lesson_progress (member_id, lesson_id) VALUES (:m, :l)
                ON CONFLICT (member_id, lesson_id) DO UPDATE SET attempts = lesson_progress.attempts + 1
                """).param("m", memberId).param("l", lessonId).update();
    }

    Optional<CertificateRow> certificate(long memberId, long courseId) {
        return jdbc
                .sql("SELECT id, code, member_id, course_id, issued_at FROM certificate WHERE member_id = :m AND course_id = :c")
                .param("m", memberId).param("c", courseId).query(CertificateRow.class).optional();
    }

    Optional<CertificateRow> certificate(String code) {
        return jdbc.sql("SELECT id, code, member_id, course_id, issued_at FROM certificate WHERE code = :code")
                .param("code", code).query(CertificateRow.class).optional();
    }

    List<CertificateRow> certificates(long memberId) {
        return jdbc
                .sql("SELECT id, code, member_id, course_id, issued_at FROM certificate WHERE member_id = :m ORDER BY issued_at")
                .param("m", memberId).query(CertificateRow.class).list();
    }

    void insertCertificate(long memberId, long courseId, String code) {
        jdbc.sql(
                "INSERT INTO certificate (code, member_id, course_id) VALUES (:code, :m, :c) ON CONFLICT (member_id, course_id) DO NOTHING")
                .param("code", code).param("m", memberId).param("c", courseId).update();
    }

    int updateLesson(long id, String titleVi, String titleEn, String bodyVi, String bodyEn, String videoUrl, String by) {
        return jdbc.sql("""
                UPDATE lesson SET title_vi = :tv, title_en = :te, body_vi = :bv, body_en = :be, video_url = :v,
                       updated_by = :by, updated_at = now() WHERE id = :id
                """).param("id", id).param("tv", titleVi).param("te", titleEn).param("bv", bodyVi).param("be", bodyEn)
                .param("v", videoUrl).param("by", by).update();
    }

    /**
     * The unit a member was in on the Viet Nam day of a moment (SQL of {@code member} and {@code at}), from the
     * registry's dated history: the last stretch begun by that day, else (a moment before her joining date) her
     * first. A transfer later moves none of her past completions or certificates with her.
     */
    private static String unitOnTheDayOf(String member, String at) {
        String day = "CAST(" + at + " AT TIME ZONE 'Asia/Ho_Chi_Minh' AS date)";
        return """
                coalesce((SELECT h.unit_id FROM member_unit_history_published h
                           WHERE h.member_id = %1$s AND h.valid_from <= %2$s
                           ORDER BY h.valid_from DESC, h.valid_to DESC NULLS FIRST LIMIT 1),
                         (SELECT h.unit_id FROM member_unit_history_published h
                           WHERE h.member_id = %1$s ORDER BY h.valid_from, h.valid_to NULLS LAST LIMIT 1))
                """.formatted(member, day);
    }

    /**
     * Completions and certificates of a subtree in [from, to] (for the report indicators), each counted in the
     * unit the member was in on its day.
     */
    long countCompleted(String path, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT count(*) FROM lesson_progress p
                 WHERE p.completed_at >= CAST(:from AS date) AND p.completed_at < CAST(:to AS date) + 1
                   AND %s IN (SELECT id FROM org_unit WHERE path <@ CAST(:path AS ltree))
                """.formatted(unitOnTheDayOf("p.member_id", "p.completed_at"))).param("path", path).param("from", from)
                .param("to", to).query(Long.class).single();
    }

    long countCertificates(String path, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT count(*) FROM certificate c
                 WHERE c.issued_at >= CAST(:from AS date) AND c.issued_at < CAST(:to AS date) + 1
                   AND %s IN (SELECT id FROM org_unit WHERE path <@ CAST(:path AS ltree))
                """.formatted(unitOnTheDayOf("c.member_id", "c.issued_at"))).param("path", path).param("from", from)
                .param("to", to).query(Long.class).single();
    }

    public record Image(long id, String contentType, byte[] data) {
    }

    long addImage(String contentType, byte[] data, String by) {
        return jdbc.sql("INSERT INTO lesson_image (content_type, data, uploaded_by) VALUES (:t, :d, :by) RETURNING id")
                .param("t", contentType).param("d", data).param("by", by).query(Long.class).single();
    }

    Optional<Image> image(long id) {
        return jdbc.sql("SELECT id, content_type, data FROM lesson_image WHERE id = :id").param("id", id).query(Image.class)
                .optional();
    }

    private static Course.Lesson lesson(ResultSet rs) throws SQLException {
        return new Course.Lesson(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getBoolean(9));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}

package org.hoiso.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Activities, answers, attendance, photos and announcements (activity … announcement). */
@Repository
class ActivityRepository {

    private static final String COLUMNS = """
            a.id, a.unit_id, u.name AS unit_name, a.kind, a.title, a.description, a.starts_at, a.ends_at, a.place, a.online_url,
            a.check_in_code, a.status, a.minutes, a.created_by,
            (SELECT count(*) FROM activity_response r WHERE r.activity_id = a.id AND r.answer = 'YES')::int AS yes,
            (SELECT count(*) FROM activity_response r WHERE r.activity_id = a.id AND r.answer = 'NO')::int AS no,
            (SELECT count(*) FROM activity_response r WHERE r.activity_id = a.id AND r.answer = 'MAYBE')::int AS maybe,
            (SELECT count(*) FROM activity_attendance t WHERE t.activity_id = a.id)::int AS attended""";

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Photo(long id, long activityId, String contentType, byte[] data) {
    }

    record Announcement(long id, long unitId, String unitName, String title, String body, String createdBy,
            OffsetDateTime publishedAt) {
    }

    long insert(long unitId, String kind, String title, String description, OffsetDateTime starts, OffsetDateTime ends,
            String place,
            String url, String code, String by) {
        return jdbc
                .sql("""
                        INSERT INTO activity (unit_id, kind, title, description, starts_at, ends_at, place, online_url, check_in_code, created_by)
                        VALUES (:u, :k, :t, :d, :s, :e, :p, :url, :code, :by) RETURNING id
                        """)
                .param("u", unitId).param("k", kind).param("t", title).param("d", description).param("s", starts).param("e", ends)
                .param("p", place).param("url", url).param("code", code).param("by", by).query(Long.class).single();
    }

    Optional<Activity> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activity a JOIN org_unit u ON u.id = a.unit_id WHERE a.id = :id")
                .param("id", id).query(Activity.class).optional();
    }

    Optional<Activity> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM activity a JOIN org_unit u ON u.id = a.unit_id WHERE a.check_in_code = :c")
                .param("c", code).query(Activity.class).optional();
    }

    /** Activities of a subtree, newest first. */
    List<Activity> inSubtree(String path, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM activity a JOIN org_unit u ON u.id = a.unit_id
                WHERE u.path <@ CAST(:p AS ltree) ORDER BY a.starts_at DESC LIMIT :limit
                """).param("p", path).param("limit", limit).query(Activity.class).list();
    }

    /** Activities of these units (a member's branch and the units above it) from a time on. */
    List<Activity> ofUnits(List<Long> unitIds, OffsetDateTime from) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM activity a JOIN org_unit u ON u.id = a.unit_id
                WHERE a.unit_id IN (:ids) AND a.starts_at >= :from ORDER BY a.starts_at LIMIT 50
                """).param("ids", unitIds).param("from", from).query(Activity.class).list();
    }

    void setStatus(long id, String status, String minutes) {
        jdbc.sql("UPDATE activity SET status = :s, minutes = coalesce(:m, minutes) WHERE id = :id")
                .param("id", id).param("s", status).param("m", minutes).update();
    }

    void respond(long activityId, long memberId, String answer) {
        jdbc.sql("""
                INSERT INTO activity_response (activity_id, member_id, answer) VALUES (:a, :m, :ans)
                ON CONFLICT (activity_id, member_id) DO UPDATE SET answer = EXCLUDED.answer, answered_at = now()
                """).param("a", activityId).param("m", memberId).param("ans", answer).update();
    }

    record Answer(long memberId, String answer) {
    }

    /** Every answer to the activity: yes, maybe, no, each in the order they came. */
    List<Answer> responses(long activityId) {
        return jdbc.sql("""
                SELECT member_id, answer FROM activity_response WHERE activity_id = :a
                 ORDER BY array_position(ARRAY['YES', 'MAYBE', 'NO'], answer), answered_at, member_id
                """).param("a", activityId).query(Answer.class).list();
    }

    /** Her answers to these activities, by activity. */
    Map<Long, String> answersOf(long memberId, List<Long> activityIds) {
        Map<Long, String> answers = new HashMap<>();
        if (!activityIds.isEmpty()) {
            jdbc.sql("SELECT activity_id, answer FROM activity_response WHERE member_id = :m AND activity_id IN (:ids)")
                    .param("m", memberId).param("ids", activityIds).query(rs -> {
                        answers.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return answers;
    }

    /** Records her presence; false when she was already recorded (the first way she was recorded stays). */
    boolean attend(long activityId, long memberId, String method, String by) {
        return jdbc.sql("""
                INSERT INTO activity_attendance (activity_id, member_id, method, recorded_by) VALUES (:a, :m, :method, :by)
                ON CONFLICT (activity_id, member_id) DO NOTHING
                """).param("a", activityId).param("m", memberId).param("method", method).param("by", by).update() == 1;
    }

    /** Ticked by hand: the manual ticks become exactly these; presences recorded another way stay. */
    void setManual(long activityId, List<Long> memberIds, String by) {
        jdbc.sql(
                "DELETE FROM activity_attendance WHERE activity_id = :a AND method = 'MANUAL' AND NOT (member_id = ANY(CAST(:ids AS bigint[])))")
                .param("a", activityId).param("ids", memberIds.toArray(Long[]::new)).update();
        for (long m : memberIds) {
            attend(activityId, m, "MANUAL", by);
        }
    }

    List<Long> attendees(long activityId) {
        return jdbc.sql("SELECT member_id FROM activity_attendance WHERE activity_id = :a").param("a", activityId)
                .query(Long.class).list();
    }

    long addPhoto(long activityId, String contentType, byte[] data, String by) {
        return jdbc.sql("""
                INSERT INTO activity_photo (activity_id, content_type, data, uploaded_by) VALUES (:a, :t, :d, :by) RETURNING id
                """).param("a", activityId).param("t", contentType).param("d", data).param("by", by).query(Long.class).single();
    }

    List<Long> photoIds(long activityId) {
        return jdbc.sql("SELECT id FROM activity_photo WHERE activity_id = :a ORDER BY id").param("a", activityId)
                .query(Long.class).list();
    }

    Optional<Photo> photo(long id) {
        return jdbc.sql("SELECT id, activity_id, content_type, data FROM activity_photo WHERE id = :id").param("id", id)
                .query(Photo.class).optional();
    }

    long announce(long unitId, String title, String body, String by) {
        return jdbc.sql("INSERT INTO announcement (unit_id, title, body, created_by) VALUES (:u, :t, :b, :by) RETURNING id")
                .param("u", unitId).param("t", title).param("b", body).param("by", by).query(Long.class).single();
    }

    List<Announcement> announcements(List<Long> unitIds, int limit) {
        return jdbc.sql("""
                SELECT a.id, a.unit_id, u.name AS unit_name, a.title, a.body, a.created_by, a.published_at
                  FROM announcement a JOIN org_unit u ON u.id = a.unit_id
                 WHERE a.unit_id IN (:ids) ORDER BY a.published_at DESC LIMIT :limit
                """).param("ids", unitIds).param("limit", limit).query(Announcement.class).list();
    }

    List<Announcement> announcementsIn(String path, int limit) {
        return jdbc.sql("""
                SELECT a.id, a.unit_id, u.name AS unit_name, a.title, a.body, a.created_by, a.published_at
                  FROM announcement a JOIN org_unit u ON u.id = a.unit_id
                 WHERE u.path <@ CAST(:p AS ltree) ORDER BY a.published_at DESC LIMIT :limit
                """).param("p", path).param("limit", limit).query(Announcement.class).list();
    }

    /** Held activities of a subtree starting in [from, to]. */
    long countHeld(String path, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT count(*) FROM activity a JOIN org_unit u ON u.id = a.unit_id
                 WHERE u.path <@ CAST(:p AS ltree) AND a.status = 'HELD'
                   AND a.starts_at >= CAST(:from AS date) AND a.starts_at < CAST(:to AS date) + 1
                """).param("p", path).param("from", from).param("to", to).query(Long.class).single();
    }

    /**
     * Mean over held activities of present / members of the organising unit's subtree on the activity's day in
     * Viet Nam (the registry's dated history of members' units and statuses, so a transfer or a leaving later
     * changes no past rate). Activities of a unit with no member are left out.
     */
    BigDecimal attendanceRate(String path, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                WITH held AS (
                    SELECT a.id, u.path, CAST(a.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS date) AS day
                      FROM activity a JOIN org_unit u ON u.id = a.unit_id
                     WHERE u.path <@ CAST(:p AS ltree) AND a.status = 'HELD'
                       AND a.starts_at >= CAST(:from AS date) AND a.starts_at < CAST(:to AS date) + 1
                ), rates AS (
                    SELECT h.id,
                           (SELECT count(*) FROM activity_attendance t WHERE t.activity_id = h.id)::numeric AS present,
                           (SELECT count(*) FROM member_unit_history_published m JOIN org_unit mu ON mu.id = m.unit_id
                             WHERE mu.path <@ h.path AND m.status = 'ACTIVE'
                               AND m.valid_from <= h.day AND (m.valid_to IS NULL OR m.valid_to > h.day))::numeric AS members
                      FROM held h
                )
                SELECT round(avg(100 * present / members), 2) FROM rates WHERE members > 0
                """).param("p", path).param("from", from).param("to", to).query(BigDecimal.class).optional().orElse(null);
    }

    /** An activity she attended or answered, for her data download: how she was counted present, what she answered. */
    record Involvement(String title, String unitName, OffsetDateTime startsAt, String method, OffsetDateTime recordedAt,
            String answer, OffsetDateTime answeredAt) {
    }

    List<Involvement> involving(long memberId) {
        return jdbc.sql("""
                SELECT a.title, u.name AS unit_name, a.starts_at, t.method, t.recorded_at, r.answer, r.answered_at
                  FROM activity a JOIN org_unit u ON u.id = a.unit_id
                  LEFT JOIN activity_attendance t ON t.activity_id = a.id AND t.member_id = :m
                  LEFT JOIN activity_response r ON r.activity_id = a.id AND r.member_id = :m
                 WHERE t.member_id IS NOT NULL OR r.member_id IS NOT NULL
                 ORDER BY a.starts_at, a.id
                """).param("m", memberId).query(Involvement.class).list();
    }
}

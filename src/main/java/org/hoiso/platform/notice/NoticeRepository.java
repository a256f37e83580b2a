package org.hoiso.platform.notice;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices (table {@code notice}). */
@Repository
class NoticeRepository {

    private static final String COLUMNS = "id, user_id, kind, text_vi, text_en, link, created_at, read_at";

    private final JdbcClient jdbc;

    NoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insert(NewNotice n) {
        return jdbc.sql("""
                INSERT INTO notice (user_id, kind, text_vi, text_en, link, subject_key, dedupe_key, digest)
                VALUES (:user, :kind, :vi, :en, :link, :subject, :dedupe, :digest)
                ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
                """).param("user", n.userId()).param("kind", n.kind()).param("vi", n.textVi()).param("en", n.textEn())
                .param("link", n.link()).param("subject", n.subjectKey()).param("dedupe", n.dedupeKey())
                .param("digest", n.digest()).update() == 1;
    }

    int unreadCount(long userId) {
        return jdbc.sql("SELECT count(*) FROM notice WHERE user_id = :u AND read_at IS NULL").param("u", userId)
                .query(Integer.class).single();
    }

    List<Notice> unread(long userId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM notice WHERE user_id = :u AND read_at IS NULL ORDER BY created_at DESC, id DESC LIMIT :limit
                """).param("u", userId).param("limit", limit).query(Notice.class).list();
    }

    List<Notice> recent(long userId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM notice WHERE user_id = :u ORDER BY created_at DESC, id DESC LIMIT :limit
                """).param("u", userId).param("limit", limit).query(Notice.class).list();
    }

    Optional<Notice> find(long id, long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notice WHERE id = :id AND user_id = :u").param("id", id)
                .param("u", userId).query(Notice.class).optional();
    }

    void markRead(long id) {
        jdbc.sql("UPDATE notice SET read_at = now() WHERE id = :id AND read_at IS NULL").param("id", id).update();
    }

    int markReadAbout(long userId, String subjectKey) {
        return jdbc.sql("UPDATE notice SET read_at = now() WHERE user_id = :u AND subject_key = :s AND read_at IS NULL")
                .param("u", userId).param("s", subjectKey).update();
    }

    int markAllRead(long userId) {
        return jdbc.sql("UPDATE notice SET read_at = now() WHERE user_id = :u AND read_at IS NULL").param("u", userId).update();
    }

    /** Notices of these kinds (by prefix) waiting for a digest, oldest first, locked so two digests never take the same. */
    List<Notice> awaitingDigest(String kindPrefix, OffsetDateTime before) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM notice WHERE digest AND digested_at IS NULL AND kind LIKE :prefix AND created_at < :before
                 ORDER BY user_id, id FOR UPDATE SKIP LOCKED
                """).param("prefix", kindPrefix.replace("%", "") + "%").param("before", before).query(Notice.class).list();
    }

    void digested(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE notice SET digested_at = now() WHERE id IN (:ids)").param("ids", ids).update();
        }
    }
}

package org.hoiso.platform.notice;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices to people (thông báo). A module posts them in the transaction of the change they are about; the
 * person reads her own: a count for the menu, the unread ones on her home page, and opening one marks it
 * read. Nobody reads another person's notices.
 */
@Service
@Transactional(readOnly = true)
public class Notices {

    private final NoticeRepository repo;

    Notices(NoticeRepository repo) {
        this.repo = repo;
    }

    /** Posts a notice in the caller's transaction (or one of its own); false when its dedupe key was used before. */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean post(NewNotice notice) {
        return repo.insert(notice);
    }

    /** How many notices she has not opened: one query on an index of unread notices. */
    public int unreadCount(Caller caller) {
        return repo.unreadCount(caller.userId());
    }

    /** Her unread notices, newest first. */
    public List<Notice> unread(Caller caller, int limit) {
        return repo.unread(caller.userId(), limit);
    }

    /** Her notices read or not, newest first. */
    public List<Notice> recent(Caller caller, int limit) {
        return repo.recent(caller.userId(), limit);
    }

    /** Opens one of her notices: marks it read and answers where it leads; another person's answers 404. */
    @Transactional
    public String open(Caller caller, long noticeId) {
        Notice n = repo.find(noticeId, caller.userId()).orElseThrow(() -> DomainException.notFound("notice.notFound", noticeId));
        repo.markRead(n.id());
        return n.link();
    }

    /** She opened the thing they are about ({@code report:12}): its notices to her are read. */
    @Transactional
    public int readAbout(Caller caller, String subjectKey) {
        return repo.markReadAbout(caller.userId(), subjectKey);
    }

    @Transactional
    public int readAll(Caller caller) {
        return repo.markAllRead(caller.userId());
    }

    /**
     * The notices of kinds starting with the prefix that wait for a digest and were posted before the time,
     * by account. Call it in the transaction that sends the digests and then {@link #digested}: the rows are
     * locked until it ends, so two instances never put a notice in two digests.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, List<Notice>> awaitingDigest(String kindPrefix, OffsetDateTime before) {
        Map<Long, List<Notice>> byUser = new LinkedHashMap<>();
        for (Notice n : repo.awaitingDigest(kindPrefix, before)) {
            byUser.computeIfAbsent(n.userId(), k -> new ArrayList<>()).add(n);
        }
        return byUser;
    }

    /** These notices went into a digest (or need none any more). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void digested(Collection<Long> noticeIds) {
        repo.digested(noticeIds);
    }
}

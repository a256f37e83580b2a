package org.hoiso.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hoiso.account.Officers;
import org.hoiso.platform.notice.Notice;
import org.hoiso.platform.notice.Notices;
import org.hoiso.platform.outbox.Outbox;
import org.hoiso.platform.outbox.OutboxMessage;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily round of report notices (nhắc báo cáo hằng ngày), once across instances
 * ({@link ReportingSchedule}): the officers of every unit whose report is due within
 * {@code hoiso.reporting.due-soon-days} or became overdue in the last {@code overdue-notice-days} hear of it
 * once per form, unit, period and event; then every approver of many units gets one digest e-mail of the
 * notices kept for it. Tests call {@link #run(LocalDate)} with the day.
 */
@Component
public class ReportReminders {

    private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);

    /** At most this many notices are listed in a digest; the rest are counted. */
    static final int DIGEST_LINES = 50;

    /** What a round did. */
    public record Round(int dueSoon, int overdue, int digests) {
    }

    private final Catalogue catalogue;
    private final ReminderRepository repo;
    private final ReportRepository reports;
    private final ReportStarts starts;
    private final ReportNotices reportNotices;
    private final Officers officers;
    private final Notices notices;
    private final Outbox outbox;
    private final Messages messages;
    private final ReportingProperties settings;
    private final TransactionTemplate tx;

    ReportReminders(Catalogue catalogue, ReminderRepository repo, ReportRepository reports, ReportStarts starts,
            ReportNotices reportNotices, Officers officers, Notices notices, Outbox outbox, Messages messages,
            ReportingProperties settings, TransactionTemplate tx) {
        this.catalogue = catalogue;
        this.repo = repo;
        this.reports = reports;
        this.starts = starts;
        this.reportNotices = reportNotices;
        this.officers = officers;
        this.notices = notices;
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
        this.tx = tx;
    }

    /** The day's round: reminders, then digests (so the day's reminders go into them). */
    public Round run(LocalDate today) {
        long started = System.nanoTime();
        int[] reminded = remind(today);
        Round round = new Round(reminded[0], reminded[1], sendDigests(today));
        log.info("Report reminders of {}: {} due soon, {} overdue, {} digests, in {} ms", today, round.dueSoon(),
                round.overdue(), round.digests(), (System.nanoTime() - started) / 1_000_000);
        return round;
    }

    /** Notices of reports due soon and overdue as of the day; answers the new ones of each kind. */
    int[] remind(LocalDate today) {
        int dueSoon = 0;
        int overdue = 0;
        ReportNotices.Digests digests = reportNotices.digests();
        for (Form form : catalogue.forms()) {
            if (!form.active()) {
                continue;
            }
            Period p = Period.containing(form.periodicity(), today.plusDays(settings.dueSoonDays()));
            for (; !p.start().isBefore(form.firstPeriod())
                    && !form.dueOn(p).isBefore(today.minusDays(settings.overdueNoticeDays())); p = p.previous()) {
                LocalDate due = form.dueOn(p);
                ReportNotices.Event event = due.isBefore(today)
                        ? ReportNotices.Event.OVERDUE
                        : !due.isAfter(today.plusDays(settings.dueSoonDays())) && !today.isAfter(due)
                                ? ReportNotices.Event.DUE_SOON
                                : null;
                if (event == null) {
                    continue;
                }
                Period period = p;
                int posted = tx.execute(s -> remind(event, form, period, digests));
                if (event == ReportNotices.Event.OVERDUE) {
                    overdue += posted;
                } else {
                    dueSoon += posted;
                }
            }
        }
        return new int[] {dueSoon, overdue};
    }

    private int remind(ReportNotices.Event event, Form form, Period period, ReportNotices.Digests digests) {
        List<ReminderRepository.Owing> owing = repo.owing(form.id(), form.levelCode(), period.start(), period.end());
        if (owing.isEmpty()) {
            return 0;
        }
        List<Long> ids = owing.stream().map(ReminderRepository.Owing::unitId).toList();
        Map<Long, LocalDate> startOf = starts.startsOn(form.id(), ids);
        Map<Long, List<Officers.Person>> people = officers.officersOfUnits(ids);
        int posted = 0;
        for (ReminderRepository.Owing o : owing) {
            List<Officers.Person> theirs = people.get(o.unitId());
            if (theirs != null && ReportStarts.owes(startOf.get(o.unitId()), period)) {
                posted += reportNotices.remind(event, form, period, o, theirs, digests);
            }
        }
        return posted;
    }

    /**
     * One e-mail to each person with report notices kept for a digest (posted before the end of the day): what
     * waits for her approval and each notice with its link. Answers how many were sent.
     */
    int sendDigests(LocalDate today) {
        OffsetDateTime before = today.plusDays(1).atStartOfDay(VietnameseText.ZONE).toOffsetDateTime();
        Integer sent = tx.execute(s -> {
            Map<Long, List<Notice>> waiting = notices.awaitingDigest(ReportNotices.Event.KINDS, before);
            if (waiting.isEmpty()) {
                return 0;
            }
            int n = 0;
            List<Long> done = new ArrayList<>();
            for (Officers.Person p : officers.byIds(waiting.keySet())) {
                List<Notice> theirs = waiting.get(p.userId());
                if (p.email() != null && outbox.enqueue(OutboxMessage.email(p.email(),
                        messages.get(ReportNotices.VI, "report.mail.digest.subject", theirs.size(), DateInput.format(today)),
                        digestBody(p, theirs), "rpt.digest", "rpt.digest:" + p.userId() + ":" + today))) {
                    n++;
                }
            }
            waiting.values().forEach(list -> list.forEach(x -> done.add(x.id())));
            notices.digested(done);
            return n;
        });
        return sent == null ? 0 : sent;
    }

    private String digestBody(Officers.Person p, List<Notice> theirs) {
        StringBuilder b = new StringBuilder(messages.get(ReportNotices.VI, "report.mail.digest.intro")).append("\n\n");
        int waiting = reports.countWaiting(p.writableUnits());
        if (waiting > 0) {
            b.append(messages.get(ReportNotices.VI, "report.mail.digest.waiting", waiting, reportNotices.url("/reports")))
                    .append("\n\n");
        }
        for (Notice n : theirs.subList(0, Math.min(DIGEST_LINES, theirs.size()))) {
            b.append("- ").append(n.textVi()).append("\n  ").append(reportNotices.url(n.link())).append('\n');
        }
        if (theirs.size() > DIGEST_LINES) {
            b.append(messages.get(ReportNotices.VI, "report.mail.digest.more", theirs.size() - DIGEST_LINES,
                    reportNotices.url("/notices"))).append('\n');
        }
        b.append("\n--\n").append(messages.get(ReportNotices.VI, "report.mail.footer", p.username(),
                reportNotices.url("/account/reporting")));
        return b.toString();
    }
}

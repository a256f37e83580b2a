package org.hoiso.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.account.Officers;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.notice.NewNotice;
import org.hoiso.platform.notice.Notices;
import org.hoiso.platform.outbox.Outbox;
import org.hoiso.platform.outbox.OutboxMessage;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.PublicUrl;
import org.springframework.stereotype.Component;

/**
 * Who hears of a report's step, and how (thông báo báo cáo): a submission goes to its approvers (the
 * accounts that may change the unit above); a return or an approval to the unit's officers and whoever
 * submitted it; a report due soon or overdue to the unit's officers. Each gets a notice (home page, menu
 * count) and, if she gave an address, an e-mail through the outbox in the same transaction, or, when she
 * approves more than {@code hoiso.reporting.digest-above} units, a line in the next daily digest instead.
 * Whoever took the step hears nothing of it.
 */
@Component
class ReportNotices {

    /** The events people hear of. */
    enum Event {
        SUBMITTED("rpt.submitted", "notice.report.SUBMITTED"), RETURNED("rpt.returned", "notice.report.RETURNED"), APPROVED(
                "rpt.approved", "notice.report.APPROVED"), DUE_SOON("rpt.dueSoon",
                        "notice.report.DUE_SOON"), OVERDUE("rpt.overdue", "notice.report.OVERDUE");

        /** The prefix of every report notice's kind. */
        static final String KINDS = "rpt.";

        private final String kind;
        private final String messageCode;

        Event(String kind, String messageCode) {
            this.kind = kind;
            this.messageCode = messageCode;
        }

        /** The notice's and the e-mail's kind. */
        String kind() {
            return kind;
        }
    }

    static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;

    private final Officers officers;
    private final Notices notices;
    private final Outbox outbox;
    private final Catalogue catalogue;
    private final OrgUnits units;
    private final ReminderRepository reminders;
    private final ReportFormats rpt;
    private final Messages messages;
    private final ReportingProperties settings;
    private final PublicUrl publicUrl;

    ReportNotices(Officers officers, Notices notices, Outbox outbox, Catalogue catalogue, OrgUnits units,
            ReminderRepository reminders, ReportFormats rpt, Messages messages, ReportingProperties settings,
            PublicUrl publicUrl) {
        this.officers = officers;
        this.notices = notices;
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.units = units;
        this.reminders = reminders;
        this.rpt = rpt;
        this.messages = messages;
        this.settings = settings;
        this.publicUrl = publicUrl;
    }

    /** A report was submitted: its approvers hear of it. */
    void submitted(Report r, String actor) {
        OrgUnit unit = units.get(r.unitId());
        if (unit.parentId() == null) {
            return;
        }
        tell(officers.whoMayChange(unit.parentId()), Event.SUBMITTED, r, unit, actor, null, new Digests());
    }

    /** A report was returned with a comment: the unit's officers and its submitter hear of it. */
    void returned(Report r, String actor, String comment) {
        OrgUnit unit = units.get(r.unitId());
        tell(unitAndSubmitter(r), Event.RETURNED, r, unit, actor, comment, new Digests());
    }

    /** A report was approved: the unit's officers and its submitter hear of it. */
    void approved(Report r, String actor) {
        OrgUnit unit = units.get(r.unitId());
        tell(unitAndSubmitter(r), Event.APPROVED, r, unit, actor, null, new Digests());
    }

    /**
     * A period's report is due soon or overdue and not sent: the unit's officers hear of it once (per form,
     * unit, period and event). Answers how many notices were new.
     */
    int remind(Event event, Form form, Period period, ReminderRepository.Owing owing, List<Officers.Person> people,
            Digests digests) {
        String vi = text(VI, event, owing.unitName(), form, period, DateInput.format(form.dueOn(period)));
        String en = text(EN, event, owing.unitName(), form, period, DateInput.format(form.dueOn(period)));
        String link = owing.reportId() == null ? "/reports" : "/reports/" + owing.reportId();
        String subject = owing.reportId() == null ? null : "report:" + owing.reportId();
        String key = event.kind() + ":" + form.id() + ":" + owing.unitId() + ":" + period.code();
        int posted = 0;
        for (Officers.Person p : people) {
            posted += deliver(p, event, vi, en, link, subject, key, digests) ? 1 : 0;
        }
        return posted;
    }

    private void tell(List<Officers.Person> people, Event event, Report r, OrgUnit unit, String actor, String comment,
            Digests digests) {
        Form form = catalogue.form(r.formId());
        String vi = text(VI, event, unit.name(), form, r.period(), comment);
        String en = text(EN, event, unit.name(), form, r.period(), comment);
        String key = event.kind() + ":" + r.id() + ":v" + r.version();
        for (Officers.Person p : people) {
            if (!p.username().equalsIgnoreCase(actor)) {
                deliver(p, event, vi, en, "/reports/" + r.id(), "report:" + r.id(), key, digests);
            }
        }
    }

    /** The notice, then her e-mail now or in the digest. False when she had this one already. */
    private boolean deliver(Officers.Person p, Event event, String vi, String en, String link, String subject, String key,
            Digests digests) {
        boolean digest = p.email() != null && digests.approvesMany(p);
        if (!notices.post(new NewNotice(p.userId(), event.kind(), vi, en, link, subject, key, digest))) {
            return false;
        }
        if (p.email() != null && !digest) {
            outbox.enqueue(OutboxMessage.email(p.email(), messages.get(VI, "report.mail.subject", vi),
                    messages.get(VI, "report.mail.body", vi, url(link)) + "\n\n--\n"
                            + messages.get(VI, "report.mail.footer", p.username(), url("/account/reporting")),
                    event.kind(),
                    key + ":u" + p.userId()));
        }
        return true;
    }

    private String text(Locale locale, Event event, String unitName, Form form, Period period, String extra) {
        return messages.get(locale, event.messageCode, unitName, form.name(locale), rpt.period(period, locale),
                extra == null ? "" : extra);
    }

    private List<Officers.Person> unitAndSubmitter(Report r) {
        Map<Long, Officers.Person> people = new LinkedHashMap<>();
        officers.officersOf(r.unitId()).forEach(p -> people.put(p.userId(), p));
        if (r.submittedBy() != null) {
            Officers.Person submitter = officers.byUsernames(List.of(r.submittedBy())).get(r.submittedBy());
            if (submitter != null) {
                people.putIfAbsent(submitter.userId(), submitter);
            }
        }
        return new ArrayList<>(people.values());
    }

    /** A link in an e-mail: the public address of hoiso and the path. */
    String url(String path) {
        return publicUrl.of(path);
    }

    /**
     * Who gets digests instead of single e-mails: an approver of more than {@code digest-above} units that
     * fill a form. Answers are kept for one round (a step, a day's reminders).
     */
    final class Digests {

        private final Map<Long, Boolean> many = new HashMap<>();
        private List<String> levels;

        boolean approvesMany(Officers.Person p) {
            return many.computeIfAbsent(p.userId(), id -> {
                if (levels == null) {
                    levels = catalogue.forms().stream().filter(Form::active).map(Form::levelCode).distinct().toList();
                }
                int above = settings.digestAbove();
                return reminders.unitsApproved(p.writableUnits(), levels, above + 1) > above;
            });
        }
    }

    /** A new round of digest answers. */
    Digests digests() {
        return new Digests();
    }
}

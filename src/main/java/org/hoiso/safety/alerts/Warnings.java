package org.hoiso.safety.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hoiso.account.AccountDirectory;
import org.hoiso.member.MemberRegistry;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.outbox.Outbox;
import org.hoiso.platform.outbox.OutboxMessage;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.safety.ReportRules;
import org.hoiso.safety.SafetyAccess;
import org.hoiso.safety.ScamIndicators;
import org.hoiso.safety.identifiers.Identifier;
import org.hoiso.safety.identifiers.Identifiers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warnings to members (cảnh báo lừa đảo): a province or national officer writes one, in Vietnamese and English,
 * with the scam's indicators and a period of validity, for a unit's subtree; an administrator of that subtree who
 * did not write it approves it ({@link WarningStep}). Approval verifies the indicators it names and e-mails it, in
 * the same transaction through the outbox, to every active member of the subtree whose login has an address;
 * members see it on their home page while it is valid. Officers see how many members it reached and opened.
 */
@Service
@Transactional
public class Warnings {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 5_000;
    public static final int VALID_DAYS_MAX = 366;
    private static final int BATCH = 500;

    private final WarningRepository repo;
    private final OrgUnits units;
    private final SafetyAccess access;
    private final ScamIndicators indicators;
    private final AccountDirectory accounts;
    private final MemberRegistry members;
    private final Outbox outbox;
    private final Audit audit;
    private final Clock clock;

    Warnings(WarningRepository repo, OrgUnits units, SafetyAccess access, ScamIndicators indicators, AccountDirectory accounts,
            MemberRegistry members, Outbox outbox, Audit audit, Clock clock) {
        this.repo = repo;
        this.units = units;
        this.access = access;
        this.indicators = indicators;
        this.accounts = accounts;
        this.members = members;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** A warning as its author writes it; {@code identifiers}: one phone, account, link or profile per line. */
    public record NewWarning(Long unitId, String titleVi, String titleEn, String bodyVi, String bodyEn, LocalDate validFrom,
            LocalDate validTo, String identifiers) {
    }

    /** A warning as officers see it, with how many members it reached, was e-mailed to and opened. */
    public record WarningView(long id, long unitId, String unitName, String titleVi, String titleEn, String bodyVi, String bodyEn,
            LocalDate validFrom, LocalDate validTo, WarningStatus status, String author, OffsetDateTime createdAt,
            String decidedBy, OffsetDateTime decidedAt, String returnComment, List<Identifier> identifiers, long reached,
            long emailed, long opened, boolean mayDecide, boolean mayWithdraw) {

        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
        }
    }

    /** A warning as a member reads it, in her language. */
    public record MemberWarning(long id, String title, String body, LocalDate validTo, List<Identifier> identifiers,
            boolean opened) {
    }

    /** Writes a warning; it waits for an administrator's approval. */
    public long create(Caller caller, NewWarning in) {
        List<FieldProblem> problems = new ArrayList<>();
        if (in.unitId() == null) {
            problems.add(FieldProblem.of("unitId", "error.field.required"));
        }
        String titleVi = required(in.titleVi(), TITLE_MAX, "titleVi", problems);
        String titleEn = required(in.titleEn(), TITLE_MAX, "titleEn", problems);
        String bodyVi = required(in.bodyVi(), BODY_MAX, "bodyVi", problems);
        String bodyEn = required(in.bodyEn(), BODY_MAX, "bodyEn", problems);
        LocalDate today = today();
        LocalDate from = in.validFrom() == null ? today : in.validFrom();
        if (in.validTo() == null || in.validTo().isBefore(from) || in.validTo().isBefore(today)
                || in.validTo().isAfter(from.plusDays(VALID_DAYS_MAX))) {
            problems.add(FieldProblem.of("validTo", "safety.warning.validity.invalid", VALID_DAYS_MAX));
        }
        List<Identifier> named = new ArrayList<>();
        if (in.identifiers() != null) {
            List<String> lines = in.identifiers().lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
            if (lines.size() > 20) {
                problems.add(FieldProblem.of("identifiers", "safety.report.lines.tooMany", 20));
            } else {
                for (String line : lines) {
                    Optional<Identifier> id = Identifiers.guess(line);
                    if (id.isEmpty()) {
                        problems.add(FieldProblem.of("identifiers", "safety.warning.identifier", line.length() > 60
                                ? line.substring(0, 59) + "…"
                                : line));
                    } else if (!named.contains(id.get())) {
                        named.add(id.get());
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        OrgUnit unit = units.get(in.unitId());
        if (!access.upperOfficerOver(caller, unit.id())) {
            throw DomainException.forbidden("safety.warning.forbidden");
        }
        long id = repo.insert(unit.id(), titleVi, titleEn, bodyVi, bodyEn, from, in.validTo(), caller.userId(), caller.username(),
                OffsetDateTime.now(clock));
        named.forEach(i -> repo.indicator(id, i));
        audit.record(Audit.Action.CREATE, "safety_warning", id, unit.id(), titleVi);
        return id;
    }

    /** Approves it: its indicators count as verified, and it is e-mailed to the subtree's members; answers how many. */
    public int approve(Caller caller, long id) {
        WarningRepository.Row w = step(caller, id, WarningStep.APPROVE, null);
        indicators.verifyNamed(repo.indicators(id), w.author() + ", " + caller.username());
        int sent = 0;
        OffsetDateTime now = OffsetDateTime.now(clock);
        long after = 0;
        while (true) {
            List<AccountDirectory.MemberAddress> batch = accounts.memberAddressesIn(w.unitPath(), after, BATCH);
            for (AccountDirectory.MemberAddress m : batch) {
                boolean kept = outbox.enqueue(OutboxMessage.email(m.email(), "[Hội số] Cảnh báo: " + w.titleVi(), mail(w),
                        "safetyWarning", "safety-warning:" + id + ":" + m.memberId()));
                repo.reached(id, m.memberId(), now, kept);
                sent += kept ? 1 : 0;
            }
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).memberId();
        }
        audit.record(Audit.Action.UPDATE, "safety_warning", id, w.unitId(), "approved, e-mailed to " + sent);
        return sent;
    }

    public void sendBack(Caller caller, long id, String comment) {
        List<FieldProblem> problems = new ArrayList<>();
        String c = required(comment, 1000, "comment", problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        WarningRepository.Row w = step(caller, id, WarningStep.RETURN, c);
        audit.record(Audit.Action.UPDATE, "safety_warning", id, w.unitId(), "returned");
    }

    public void withdraw(Caller caller, long id) {
        WarningRepository.Row w = step(caller, id, WarningStep.WITHDRAW, null);
        audit.record(Audit.Action.UPDATE, "safety_warning", id, w.unitId(), "withdrawn");
    }

    private WarningRepository.Row step(Caller caller, long id, WarningStep step, String comment) {
        WarningRepository.Row w = visible(caller, id);
        boolean author = w.authorId() == caller.userId();
        step.refusal(WarningStatus.valueOf(w.status()), author, access.adminOver(caller, w.unitId())).ifPresent(code -> {
            throw code.equals("safety.warning.wrongStatus") ? DomainException.conflict(code) : DomainException.forbidden(code);
        });
        if (!repo.move(id, w.status(), step.to().name(), caller.username(), OffsetDateTime.now(clock), comment)) {
            throw DomainException.conflict("safety.warning.wrongStatus");
        }
        return w;
    }

    /** The warnings of a unit's subtree and of the units above it (the officer must read the unit). */
    @Transactional(readOnly = true)
    public List<WarningView> list(Caller caller, long unitId) {
        Subtree s = units.readable(caller, unitId);
        return repo.around(s.path(), 200).stream().map(w -> view(caller, w)).toList();
    }

    @Transactional(readOnly = true)
    public WarningView get(Caller caller, long id) {
        return view(caller, visible(caller, id));
    }

    /** Whether she writes warnings (a province or national officer). */
    @Transactional(readOnly = true)
    public boolean writes(Caller caller) {
        return access.upperOfficer(caller);
    }

    // ---- the member's side

    /** Her current warnings, newest first (they reach her as they are shown). */
    public List<MemberWarning> forMember(Caller caller, Locale locale) {
        long memberId = memberOf(caller);
        long unitId = members.ref(memberId).map(MemberRegistry.Ref::unitId).orElseThrow(() -> notFound());
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean en = "en".equals(locale.getLanguage());
        List<MemberWarning> out = new ArrayList<>();
        for (WarningRepository.Current c : repo.current(unitId, memberId, today())) {
            repo.reached(c.id(), memberId, now, false);
            out.add(new MemberWarning(c.id(), en ? c.titleEn() : c.titleVi(), en ? c.bodyEn() : c.bodyVi(), c.validTo(),
                    repo.indicators(c.id()), c.opened()));
        }
        return out;
    }

    /** One of her warnings, opened (counted once). */
    public MemberWarning open(Caller caller, long id, Locale locale) {
        long memberId = memberOf(caller);
        MemberWarning w = forMember(caller, locale).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(Warnings::notFound);
        repo.opened(id, memberId, OffsetDateTime.now(clock));
        return new MemberWarning(w.id(), w.title(), w.body(), w.validTo(), w.identifiers(), true);
    }

    private static long memberOf(Caller caller) {
        if (!caller.isMember()) {
            throw DomainException.forbidden("member.notSelf");
        }
        return caller.memberId();
    }

    private WarningRepository.Row visible(Caller caller, long id) {
        WarningRepository.Row w = repo.find(id).orElseThrow(Warnings::notFound);
        if (!units.canRead(caller, w.unitId()) && !access.upperOfficerOver(caller, w.unitId())) {
            throw notFound();
        }
        return w;
    }

    private WarningView view(Caller caller, WarningRepository.Row w) {
        WarningStatus status = WarningStatus.valueOf(w.status());
        boolean author = w.authorId() == caller.userId();
        boolean admin = access.adminOver(caller, w.unitId());
        return new WarningView(w.id(), w.unitId(), w.unitName(), w.titleVi(), w.titleEn(), w.bodyVi(), w.bodyEn(), w.validFrom(),
                w.validTo(), status, w.author(), w.createdAt(), w.decidedBy(), w.decidedAt(), w.returnComment(),
                repo.indicators(w.id()), w.reached(), w.emailed(), w.opened(),
                WarningStep.APPROVE.refusal(status, author, admin).isEmpty(),
                WarningStep.WITHDRAW.refusal(status, author, admin).isEmpty());
    }

    /** The e-mail: Vietnamese, then English; the link is the member's page of the warning. */
    private static String mail(WarningRepository.Row w) {
        return w.titleVi() + "\n\n" + w.bodyVi() + "\n\nCó hiệu lực đến " + DateInput.format(w.validTo())
                + ". Xem trên Hội số: /me/warnings/" + w.id() + "\n\n— English —\n\n" + w.titleEn() + "\n\n" + w.bodyEn()
                + "\n\nValid until " + DateInput.format(w.validTo()) + ". Read it in Hội số: /me/warnings/" + w.id()
                + "\n\nKhẩn cấp / Emergency: 113 (công an / police), 111, 1900 969 680.";
    }

    private static String required(String text, int max, String field, List<FieldProblem> problems) {
        String t = ReportRules.text(text, max, field, problems);
        if (t == null && problems.stream().noneMatch(p -> p.field().equals(field))) {
            problems.add(FieldProblem.of(field, "error.field.required"));
        }
        return t;
    }

    private static DomainException notFound() {
        return DomainException.notFound("safety.warning.notFound");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VietnameseText.ZONE);
    }
}

package org.hoiso.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.safety.identifiers.BankAccounts;
import org.hoiso.safety.identifiers.Identifier;
import org.hoiso.safety.identifiers.IdentifierKind;
import org.hoiso.safety.identifiers.Identifiers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scam indicators (dấu hiệu lừa đảo): every scam report's identifiers are counted under their normalised form, so
 * many reports of one number make one indicator with its distinct reporters, first and last seen. "Check before you
 * transfer" shows one publicly only from {@code hoiso.safety.public-threshold} distinct reporters or once an officer
 * (or an approved warning) verified it, and never once an officer marked it false; it never shows a reporter or a
 * case. Province and national officers review the list, verify and mark false (audited).
 */
@Service
@Transactional
public class ScamIndicators {

    public static final int PAGE = 100;

    private final IndicatorRepository repo;
    private final SafetyProperties settings;
    private final Floodgate floodgate;
    private final SafetyAccess access;
    private final Audit audit;
    private final Clock clock;

    ScamIndicators(IndicatorRepository repo, SafetyProperties settings, Floodgate floodgate, SafetyAccess access, Audit audit,
            Clock clock) {
        this.repo = repo;
        this.settings = settings;
        this.floodgate = floodgate;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the public check answers: the identifier as understood, and whether and how often it was reported. */
    public record CheckResult(Identifier identifier, Verdict verdict, long reporters, LocalDate lastReported) {
    }

    /** Reported by enough people; verified by the union (also when fewer reported it); nothing to show. */
    public enum Verdict {
        REPORTED, VERIFIED, NOTHING
    }

    /** A line of the officers' list. */
    public record Row(long id, Identifier identifier, long reporters, long reports, LocalDate firstSeen, LocalDate lastReported,
            boolean verified, String verifiedBy, boolean markedFalse, String falseBy, boolean shownPublicly) {
    }

    /** Counts a scam report's identifiers, in the report's transaction. */
    void record(long caseId, String reporterKey, List<Identifier> identifiers, OffsetDateTime at) {
        for (Identifier id : identifiers) {
            repo.link(repo.upsert(id, at), caseId, reporterKey, at);
        }
    }

    /** The public check: a phone, a link or profile, "bank account" or a pasted VietQR code; an account by its bank. */
    @Transactional(readOnly = true)
    public CheckResult check(String text, String bin, String address) {
        if (!floodgate.pass("check-addr", address, settings.checksPerAddressMinute(), Duration.ofMinutes(1))) {
            throw DomainException.tooMany("safety.check.tooMany");
        }
        Optional<Identifier> id = bin != null && !bin.isBlank() ? BankAccounts.normalise(bin, text) : Identifiers.guess(text);
        if (text == null || text.length() > 2000 || id.isEmpty()) {
            throw DomainException.invalid(List.of(FieldProblem.of("q", "safety.check.notRecognised")));
        }
        return repo.standing(id.get()).map(s -> result(id.get(), s))
                .orElse(new CheckResult(id.get(), Verdict.NOTHING, 0, null));
    }

    private CheckResult result(Identifier id, IndicatorRepository.Standing s) {
        if (s.falseAt() != null) {
            return new CheckResult(id, Verdict.NOTHING, 0, null);
        }
        if (s.reporters() >= settings.publicThreshold()) {
            return new CheckResult(id, Verdict.REPORTED, s.reporters(), date(s.lastReported()));
        }
        if (s.verifiedAt() != null) {
            return new CheckResult(id, Verdict.VERIFIED, 0, null);
        }
        return new CheckResult(id, Verdict.NOTHING, 0, null);
    }

    /** The officers' list (province and national officers), most reported first. */
    @Transactional(readOnly = true)
    public List<Row> list(Caller caller, String q) {
        requireReviewer(caller);
        String filter = q == null || q.isBlank() ? null : q.strip();
        if (filter != null) {
            filter = Identifiers.guess(filter).map(Identifier::value).orElse(filter);
        }
        return repo.list(filter, PAGE).stream().map(this::row).toList();
    }

    public Row verify(Caller caller, long id) {
        requireReviewer(caller);
        if (!repo.verify(id, caller.username(), now())) {
            throw DomainException.notFound("safety.indicator.notFound");
        }
        audit.record(Audit.Action.UPDATE, "safety_indicator", id, null, "verified");
        return row(repo.standing(id).orElseThrow());
    }

    public Row markFalse(Caller caller, long id) {
        requireReviewer(caller);
        if (!repo.markFalse(id, caller.username(), now())) {
            throw DomainException.notFound("safety.indicator.notFound");
        }
        audit.record(Audit.Action.UPDATE, "safety_indicator", id, null, "marked false");
        return row(repo.standing(id).orElseThrow());
    }

    /** The identifiers an approved warning names count as verified by the officers who wrote and approved it. */
    public void verifyNamed(List<Identifier> identifiers, String by) {
        OffsetDateTime at = now();
        for (Identifier id : identifiers) {
            long indicator = repo.upsert(id, at);
            repo.standing(indicator).filter(s -> s.falseAt() == null).ifPresent(s -> repo.verify(indicator, by, at));
        }
    }

    /** Whether the caller reviews indicators: a province or national officer. */
    public boolean reviews(Caller caller) {
        return access.upperOfficer(caller);
    }

    private void requireReviewer(Caller caller) {
        if (!reviews(caller)) {
            throw DomainException.forbidden("safety.indicator.forbidden");
        }
    }

    private Row row(IndicatorRepository.Standing s) {
        boolean shown = s.falseAt() == null && (s.reporters() >= settings.publicThreshold() || s.verifiedAt() != null);
        return new Row(s.id(), new Identifier(IdentifierKind.valueOf(s.kind()), s.value()),
                s.reporters(), s.reports(), date(s.firstSeen()), date(s.lastReported()), s.verifiedAt() != null, s.verifiedBy(),
                s.falseAt() != null, s.falseBy(), shown);
    }

    private static LocalDate date(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(VietnameseText.ZONE).toLocalDate();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}

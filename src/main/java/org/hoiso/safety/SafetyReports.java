package org.hoiso.safety;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hoiso.member.MemberRegistry;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.safety.identifiers.Identifier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter's side (báo cáo, theo dõi): a report from the public form or a signed-in member becomes a case with
 * a code and a PIN; with them, and nothing else, she later sees its status and the replies meant for her, adds text
 * or screenshots, or asks for it to be deleted. Floods are refused before anything is written; a refused report
 * leaves nothing behind. Nothing she told is logged; what she told in confidence is stored sealed.
 */
@Service
public class SafetyReports {

    /** Who is reporting: a signed-in member (unless she chose not to give her name) or anyone, by client address. */
    public record Reporter(Long memberId, Long userId, String address) {

        public static Reporter anonymous(String address) {
            return new Reporter(null, null, address);
        }

        public static Reporter of(Caller caller, String address) {
            return caller == null ? anonymous(address) : new Reporter(caller.memberId(), caller.userId(), address);
        }
    }

    /** What the reporter keeps: the code and the PIN (shown once). */
    public record Receipt(String code, String pin) {
    }

    /** Proof that code and PIN matched: what the follow-up pages hold for a while (in her session). */
    record FollowTicket(long caseId, String code, Instant until) implements Serializable {
    }

    /** What the reporter sees of her case. */
    public record FollowView(String code, CaseKind kind, CaseStatus status, OffsetDateTime receivedAt, OffsetDateTime closedAt,
            boolean referred, int additions, int screenshots, List<Reply> replies) {
    }

    public record Reply(String text, OffsetDateTime at) {
    }

    static final Duration FOLLOW_TICKET = Duration.ofMinutes(30);

    private final ReporterRepository repo;
    private final ScamIndicators indicators;
    private final Anonymiser anonymiser;
    private final SafetyCipher cipher;
    private final PasswordEncoder encoder;
    private final FormTokens tokens;
    private final Floodgate floodgate;
    private final Communes communes;
    private final MemberRegistry members;
    private final SafetyProperties settings;
    private final Clock clock;
    /** Compared with when a code does not exist, so a wrong code takes as long as a wrong PIN. */
    private final String noPin;

    SafetyReports(ReporterRepository repo, ScamIndicators indicators, Anonymiser anonymiser, SafetyCipher cipher,
            PasswordEncoder encoder, FormTokens tokens, Floodgate floodgate, Communes communes, MemberRegistry members,
            SafetyProperties settings, Clock clock) {
        this.repo = repo;
        this.indicators = indicators;
        this.anonymiser = anonymiser;
        this.cipher = cipher;
        this.encoder = encoder;
        this.tokens = tokens;
        this.floodgate = floodgate;
        this.communes = communes;
        this.members = members;
        this.settings = settings;
        this.clock = clock;
        this.noPin = encoder.encode(CaseCodes.newPin());
    }

    /** A fresh token for the public form. */
    public String formToken() {
        return tokens.issue();
    }

    /** The commune a signed-in member's report is counted in by default: that of her unit. */
    public Optional<Communes.Place> homeCommune(Caller caller) {
        if (caller == null || !caller.isMember()) {
            return Optional.empty();
        }
        return members.ref(caller.memberId()).flatMap(m -> communes.communeOf(m.unitId()));
    }

    /**
     * Takes a report: the form's token first (forged, too quick, expired or used: refused), then the rate limits
     * (per address or account, and for everyone without an account), then every rule; only then is anything written,
     * in one transaction.
     */
    @Transactional
    public Receipt submit(ReportInput input, String token, Reporter who) {
        FormTokens.Checked t = tokens.check(token);
        switch (t.verdict()) {
            case FORGED -> throw DomainException.badRequest("safety.form.forged");
            case TOO_QUICK -> throw DomainException.badRequest("safety.form.tooQuick");
            case EXPIRED -> throw DomainException.badRequest("safety.form.expired");
            case FRESH -> {
            }
        }
        boolean signedIn = who.userId() != null;
        boolean passed = signedIn
                ? floodgate.pass("report-user", who.userId().toString(), settings.reportsPerAddressHour(), Duration.ofHours(1))
                : floodgate.pass("report-addr", who.address(), settings.reportsPerAddressHour(), Duration.ofHours(1))
                        && floodgate.pass("report-all", null, settings.reportsPerMinute(), Duration.ofMinutes(1));
        if (!passed) {
            throw DomainException.tooMany("safety.report.tooMany");
        }
        ReportRules.Checked checked = ReportRules.check(input, today());
        if (!checked.ok()) {
            throw DomainException.invalid(checked.problems());
        }
        Communes.Place commune = communes.commune(input.communeId())
                .orElseThrow(
                        () -> DomainException.invalid(List.of(FieldProblem.of("communeId", "safety.report.commune.required"))));
        if (!tokens.use(t.nonce())) {
            throw DomainException.conflict("safety.form.used");
        }
        Long memberId = input.anonymous() ? null : who.memberId();
        String reporterKey = cipher.keyedHash(who.memberId() != null ? "member " + who.memberId() : "address " + who.address());
        String pin = CaseCodes.newPin();
        String pinHash = encoder.encode(pin);
        OffsetDateTime now = OffsetDateTime.now(clock);
        CaseKind kind = input.kind();
        long caseId = 0;
        String code = null;
        for (int attempt = 0; caseId == 0 && attempt < 5; attempt++) {
            code = CaseCodes.newCode();
            String identifiers = kind.scam() || checked.identifiers().isEmpty()
                    ? null
                    : checked.identifiers().stream().map(Identifier::display).collect(Collectors.joining("\n"));
            caseId = repo.insert(new ReporterRepository.NewCase(code, pinHash, kind, input.channel(), input.happenedOn(),
                    input.moneyLost(), commune.id(), memberId, reporterKey, memberId != null ? "MEMBER" : "PUBLIC",
                    input.consents(), cipher.seal(checked.description(), code, "description"),
                    cipher.seal(checked.people(), code, "people"), cipher.seal(checked.place(), code, "place"),
                    cipher.seal(checked.contact(), code, "contact"), cipher.seal(identifiers, code, "identifiers"), now));
        }
        if (caseId == 0) {
            throw new IllegalStateException("no free case code after 5 draws");
        }
        for (ReportRules.Screenshot s : checked.screenshots()) {
            repo.evidence(caseId, s.contentType(), s.bytes().length, cipher.sealBytes(s.bytes(), code, "evidence"), now);
        }
        if (kind.scam()) {
            indicators.record(caseId, reporterKey, checked.identifiers(), now);
        }
        repo.event(caseId, "RECEIVED", "reporter", now);
        return new Receipt(code, pin);
    }

    /** Code and PIN: a ticket to her case, or the same refusal for an unknown code, a wrong PIN or another case's code. */
    @Transactional
    FollowTicket open(String typedCode, String typedPin, String address) {
        String code = CaseCodes.normalise(typedCode);
        boolean passed = floodgate.pass("pin-code", code == null ? String.valueOf(typedCode) : code,
                settings.pinAttemptsPerCodeHour(),
                Duration.ofHours(1))
                & floodgate.pass("pin-addr", address, settings.pinAttemptsPerAddressHour(), Duration.ofHours(1));
        if (!passed) {
            throw DomainException.tooMany("safety.follow.tooMany");
        }
        String pin = CaseCodes.pin(typedPin);
        Optional<ReporterRepository.Lock> lock = code == null ? Optional.empty() : repo.lockOf(code);
        boolean matches = encoder.matches(pin == null ? "" : pin, lock.map(ReporterRepository.Lock::pinHash).orElse(noPin));
        if (lock.isEmpty() || pin == null || !matches) {
            throw DomainException.notFound("safety.follow.wrong");
        }
        return new FollowTicket(lock.get().id(), lock.get().code(), clock.instant().plus(FOLLOW_TICKET));
    }

    /** Her case as she may see it (each look is in the case's access log, as "reporter"). */
    @Transactional
    public FollowView view(FollowTicket ticket) {
        ReporterRepository.Followed f = followed(ticket);
        repo.accessed(f.id(), OffsetDateTime.now(clock));
        List<Reply> replies = repo.replies(f.id()).stream()
                .map(r -> new Reply(cipher.open(r.text(), f.code(), "entry"), r.at())).toList();
        return new FollowView(f.code(), CaseKind.valueOf(f.kind()), CaseStatus.valueOf(f.status()), f.receivedAt(), f.closedAt(),
                f.referred(), f.additions(), f.screenshots(), replies);
    }

    /** She adds a text, screenshots or both; all or nothing. */
    @Transactional
    public void add(FollowTicket ticket, String text, List<ReportInput.Upload> uploads) {
        ReporterRepository.Followed f = followed(ticket);
        ReportRules.Checked checked = ReportRules.checkAddition(text, uploads);
        if (!checked.ok()) {
            throw DomainException.invalid(checked.problems());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (checked.description() != null) {
            repo.entry(f.id(), "ADDITION", cipher.seal(checked.description(), f.code(), "entry"), "reporter", now);
        }
        for (ReportRules.Screenshot s : checked.screenshots()) {
            repo.evidence(f.id(), s.contentType(), s.bytes().length, cipher.sealBytes(s.bytes(), f.code(), "evidence"), now);
        }
        repo.event(f.id(), "REPORTER_ADDED", "reporter", now);
    }

    /** She asks for her report to be deleted: anonymised at once, and its code no longer opens it. */
    @Transactional
    public void delete(FollowTicket ticket) {
        ReporterRepository.Followed f = followed(ticket);
        anonymiser.anonymise(f.id(), OffsetDateTime.now(clock), true);
    }

    private ReporterRepository.Followed followed(FollowTicket ticket) {
        if (ticket == null || clock.instant().isAfter(ticket.until())) {
            throw DomainException.notFound("safety.follow.expired");
        }
        return repo.followed(ticket.caseId(), ticket.code()).orElseThrow(() -> DomainException.notFound("safety.follow.expired"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VietnameseText.ZONE);
    }
}

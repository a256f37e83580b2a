package org.hoiso.safety;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confidential case work (xử lý vụ việc) as case workers see it: the list and search of the cases their designations
 * reach, a case opened from its sealed fields (every read in the case's own access log, shown to its owner), its
 * screenshots, taking it, the assessment and risk level, the safety plan, notes, and replies the reporter reads with
 * her code and PIN. The decisions (referrals, escalation, closing) are {@link CaseDecisions}. Someone who is no case
 * worker, or whose designations do not reach a case, gets "not found" and no trace: no list, no count.
 */
@Service
@Transactional
public class Cases {

    public static final int PAGE = 200;
    public static final int NOTE_MAX = 5_000;

    private final CaseRepository repo;
    private final CaseGuard guard;
    private final CaseWorkers workers;
    private final SupportServices services;
    private final SafetyCipher cipher;

    Cases(CaseRepository repo, CaseGuard guard, CaseWorkers workers, SupportServices services, SafetyCipher cipher) {
        this.repo = repo;
        this.guard = guard;
        this.workers = workers;
        this.services = services;
        this.cipher = cipher;
    }

    /** What a list shows, filtered; {@code code} finds one case by its code. */
    public record Filter(CaseStatus status, CaseKind.Category category, boolean mine, String code) {
    }

    /** The cases her designations reach; not found for anyone who is no case worker. */
    @Transactional(readOnly = true)
    public List<CaseView.Summary> list(Caller caller, Filter f) {
        requireCaseWorker(caller);
        String code = f.code() == null || f.code().isBlank() ? null : CaseCodes.normalise(f.code());
        if (f.code() != null && !f.code().isBlank() && code == null) {
            return List.of();
        }
        long viewer = guard.viewer(caller);
        return repo.list(viewer, f.status() == null ? null : f.status().name(),
                f.category() == null ? null : f.category().name(), f.mine(), code, PAGE).stream()
                .map(r -> new CaseView.Summary(r.id(), r.code(), CaseKind.valueOf(r.kind()), CaseStatus.valueOf(r.status()),
                        r.unitName(), r.handlingUnitName(), r.receivedAt(), r.ownerName(),
                        r.riskLevel() == null ? null : RiskLevel.valueOf(r.riskLevel()),
                        r.ownerUserId() != null && r.ownerUserId() == viewer))
                .toList();
    }

    /** New cases waiting to be taken, for her hub; not found for anyone who is no case worker. */
    @Transactional(readOnly = true)
    public long waiting(Caller caller) {
        requireCaseWorker(caller);
        return repo.countNew(guard.viewer(caller));
    }

    /** A case opened, its read logged ({@code api}: read through the API). */
    public CaseView open(Caller caller, long id, boolean api) {
        CaseRepository.Full c = guard.visible(caller, id);
        long viewer = guard.viewer(caller);
        repo.logAccess(viewer, id, caller.username(), api ? "API_READ" : "READ", guard.now());
        String code = c.code();
        CaseStep.Reach reach = CaseGuard.reach(caller, c);
        CaseKind.Category category = CaseGuard.category(c);
        CaseStatus status = CaseGuard.status(c);
        Set<String> steps = new LinkedHashSet<>();
        for (CaseStep s : CaseStep.values()) {
            if (s.allows(category, status, reach)) {
                steps.add(s.name());
            }
        }
        List<String> identifiers = CaseKind.valueOf(c.kind()).scam()
                ? repo.indicatorsOf(viewer, id).stream().map(n -> n.value()).toList()
                : lines(cipher.open(c.identifiersEnc(), code, "identifiers"));
        List<CaseView.Entry> entries = repo.entries(viewer, id).stream()
                .map(e -> new CaseView.Entry(e.kind(), cipher.open(e.textEnc(), code, "entry"), e.author(), e.at())).toList();
        List<CaseView.Evidence> evidence = repo.evidence(viewer, id).stream()
                .map(e -> new CaseView.Evidence(e.id(), e.contentType(), e.sizeBytes(), e.byReporter(), e.addedAt())).toList();
        List<CaseView.Referral> referrals = repo.referrals(viewer, id).stream()
                .map(r -> referral(caller, r, reach.owner())).toList();
        List<CaseView.Event> events = repo.events(viewer, id).stream()
                .map(e -> new CaseView.Event(e.kind(), e.actor(), e.at(), cipher.open(e.reasonEnc(), code, "event"), e.fromUnit(),
                        e.toUnit()))
                .toList();
        List<CaseView.Access> log = reach.owner()
                ? repo.accessLog(viewer, id).stream().map(a -> new CaseView.Access(a.at(), a.who(), a.action())).toList()
                : List.of();
        return new CaseView(c.id(), code, CaseKind.valueOf(c.kind()), c.channel() == null ? null : Channel.valueOf(c.channel()),
                c.happenedOn(), c.moneyLost(), c.unitName(), c.handlingUnitName(), "MEMBER".equals(c.source()),
                new ReportInput.Consents(c.consentCounselling(), c.consentPolice(), c.consentHealth(), c.consentLegal(),
                        c.consentStatistics()),
                c.consentAt(), cipher.open(c.descriptionEnc(), code, "description"), cipher.open(c.peopleEnc(), code, "people"),
                cipher.open(c.placeEnc(), code, "place"), cipher.open(c.contactEnc(), code, "contact"), identifiers, status,
                c.ownerName(), reach.owner(), c.supervising(), c.riskLevel() == null ? null : RiskLevel.valueOf(c.riskLevel()),
                cipher.open(c.assessmentEnc(), code, "assessment"), cipher.open(c.safetyPlanEnc(), code, "safetyPlan"),
                c.receivedAt(), c.closedAt(), c.closeOutcome() == null ? null : CloseOutcome.valueOf(c.closeOutcome()),
                c.anonymisedAt() != null, entries, evidence, referrals, events, log, steps,
                reach.owner() && status != CaseStatus.CLOSED ? services.serving(c.unitId()) : List.of());
    }

    /** A screenshot, opened (logged as a read). */
    public record Screenshot(String contentType, byte[] bytes) {
    }

    public Screenshot screenshot(Caller caller, long caseId, long evidenceId) {
        long viewer = guard.viewer(caller);
        CaseRepository.EvidenceData d = repo.evidenceData(viewer, caseId, evidenceId).orElseThrow(CaseGuard::notFound);
        repo.logAccess(viewer, caseId, caller.username(), "EVIDENCE", guard.now());
        return new Screenshot(d.contentType(), cipher.openBytes(d.dataEnc(), d.code(), "evidence"));
    }

    /** She takes a new case: she owns it now. */
    public void take(Caller caller, long id) {
        CaseRepository.Full c = guard.visible(caller, id);
        guard.require(CaseStep.TAKE, caller, c);
        long viewer = guard.viewer(caller);
        if (!repo.take(viewer, id, caller.displayName())) {
            throw CaseGuard.movedMeanwhile();
        }
        repo.event(viewer, id, "TAKEN", caller.username(), guard.now(), null, null, null);
    }

    public void assess(Caller caller, long id, RiskLevel risk, String assessment) {
        CaseRepository.Full c = guard.visible(caller, id);
        guard.require(CaseStep.WORK, caller, c);
        if (risk == null) {
            throw DomainException.invalid(List.of(FieldProblem.of("risk", "error.field.required")));
        }
        String text = CaseGuard.optional(assessment, NOTE_MAX, "assessment");
        long viewer = guard.viewer(caller);
        if (!repo.assess(viewer, id, risk.name(), cipher.seal(text, c.code(), "assessment"))) {
            throw CaseGuard.movedMeanwhile();
        }
        repo.event(viewer, id, "ASSESSED", caller.username(), guard.now(), null, null, null);
    }

    public void plan(Caller caller, long id, String plan) {
        CaseRepository.Full c = guard.visible(caller, id);
        guard.require(CaseStep.WORK, caller, c);
        String text = CaseGuard.required(plan, NOTE_MAX, "plan");
        long viewer = guard.viewer(caller);
        if (!repo.plan(viewer, id, cipher.seal(text, c.code(), "safetyPlan"))) {
            throw CaseGuard.movedMeanwhile();
        }
        repo.event(viewer, id, "PLANNED", caller.username(), guard.now(), null, null, null);
    }

    /** A note for the case workers only. */
    public void note(Caller caller, long id, String note) {
        entry(caller, id, "NOTE", CaseGuard.required(note, NOTE_MAX, "note"));
    }

    /** A reply the reporter reads on her follow-up page (with her code and PIN); it names no case worker. */
    public void reply(Caller caller, long id, String reply) {
        entry(caller, id, "REPLY", CaseGuard.required(reply, NOTE_MAX, "reply"));
    }

    private void entry(Caller caller, long id, String kind, String text) {
        CaseRepository.Full c = guard.visible(caller, id);
        guard.require(CaseStep.WORK, caller, c);
        long viewer = guard.viewer(caller);
        repo.entry(viewer, id, kind, cipher.seal(text, c.code(), "entry"), kind.equals("REPLY") ? "hoiso" : caller.username(),
                guard.now());
        repo.event(viewer, id, kind, caller.username(), guard.now(), null, null, null);
    }

    /** The cases she sees among those that named an indicator (for the indicators' page). */
    @Transactional(readOnly = true)
    public List<CaseView.Summary> ofIndicator(Caller caller, long indicatorId) {
        if (!workers.isCaseWorker(caller)) {
            return List.of();
        }
        long viewer = guard.viewer(caller);
        return repo.ofIndicator(viewer, indicatorId).stream()
                .map(r -> new CaseView.Summary(r.id(), r.code(), CaseKind.valueOf(r.kind()), CaseStatus.valueOf(r.status()),
                        r.unitName(), r.handlingUnitName(), r.receivedAt(), r.ownerName(), null,
                        r.ownerUserId() != null && r.ownerUserId() == viewer))
                .toList();
    }

    /** Whether she is a case worker (the pages show the cases only to them). */
    @Transactional(readOnly = true)
    public boolean isCaseWorker(Caller caller) {
        return workers.isCaseWorker(caller);
    }

    private void requireCaseWorker(Caller caller) {
        if (!workers.isCaseWorker(caller)) {
            throw CaseGuard.notFound();
        }
    }

    private CaseView.Referral referral(Caller caller, CaseRepository.Referral r, boolean owner) {
        ReferralStatus status = ReferralStatus.valueOf(r.status());
        boolean requester = r.requestedBy() == caller.userId();
        return new CaseView.Referral(r.id(), r.serviceName(), ServiceKind.valueOf(r.serviceKind()), r.servicePhone(),
                Purpose.valueOf(r.purpose()), status, r.deadline(),
                (status == ReferralStatus.SENT || status == ReferralStatus.AWAITING_CONFIRMATION)
                        && r.deadline().isBefore(guard.today()),
                cipher.open(r.noteEnc(), r.code(), "referralNote"), r.override(),
                cipher.open(r.overrideReasonEnc(), r.code(), "overrideReason"), r.requestedByName(), r.confirmedByName(),
                r.createdAt(), r.answeredAt(), ReferralStep.CONFIRM.refusal(status, owner, requester).isEmpty(),
                ReferralStep.ACCEPT.refusal(status, owner, requester).isEmpty());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }
}

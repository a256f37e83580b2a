package org.hoiso.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case workers' pages: the module's hub, the list of cases their designations reach, a case and its work. For
 * anyone who is no case worker the cases' pages answer 404, exactly as for a case that does not exist, and the hub
 * shows no case, no count.
 */
@Controller
class CaseController {

    private final Cases cases;
    private final CaseDecisions decisions;
    private final CaseWorkers workers;
    private final ScamIndicators indicators;
    private final SafetyAccess access;
    private final Messages messages;
    private final Clock clock;

    CaseController(Cases cases, CaseDecisions decisions, CaseWorkers workers, ScamIndicators indicators, SafetyAccess access,
            Messages messages, Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.workers = workers;
        this.indicators = indicators;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/safety")
    String hub(Model model, Caller caller) {
        boolean caseWorker = cases.isCaseWorker(caller);
        model.addAttribute("caseWorker", caseWorker);
        model.addAttribute("waiting", caseWorker ? cases.waiting(caller) : 0);
        model.addAttribute("reviews", indicators.reviews(caller));
        model.addAttribute("writesWarnings", access.upperOfficer(caller));
        model.addAttribute("designates", workers.designates(caller));
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        return "safety/hub";
    }

    @GetMapping("/safety/cases")
    String list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) CaseKind.Category category,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String code, Model model,
            Caller caller) {
        model.addAttribute("cases", cases.list(caller, new Cases.Filter(status, category, mine, code)));
        model.addAttribute("status", status);
        model.addAttribute("category", category);
        model.addAttribute("mine", mine);
        model.addAttribute("code", code);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", CaseKind.Category.values());
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        return "safety/cases";
    }

    @GetMapping("/safety/cases/{id}")
    String detail(@PathVariable long id, Model model, Caller caller) {
        model.addAttribute("c", cases.open(caller, id, false));
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("outcomes", CloseOutcome.chosen());
        model.addAttribute("defaultDeadline",
                DateInput.format(LocalDate.ofInstant(clock.instant(), VietnameseText.ZONE).plusDays(7)));
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        return "safety/case";
    }

    @GetMapping("/safety/cases/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long evidenceId, Caller caller) {
        Cases.Screenshot s = cases.screenshot(caller, id, evidenceId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(s.contentType()))
                .cacheControl(CacheControl.noStore()).header("Content-Disposition", "inline").body(s.bytes());
    }

    @PostMapping("/safety/cases/{id}/take")
    String take(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        return act(id, redirect, "safety.case.taken", () -> cases.take(caller, id));
    }

    @PostMapping("/safety/cases/{id}/assess")
    String assess(@PathVariable long id, @RequestParam(required = false) RiskLevel risk,
            @RequestParam(required = false) String assessment, RedirectAttributes redirect, Caller caller) {
        return act(id, redirect, "safety.case.saved", () -> cases.assess(caller, id, risk, assessment));
    }

    @PostMapping("/safety/cases/{id}/plan")
    String plan(@PathVariable long id, @RequestParam(required = false) String plan, RedirectAttributes redirect, Caller caller) {
        return act(id, redirect, "safety.case.saved", () -> cases.plan(caller, id, plan));
    }

    @PostMapping("/safety/cases/{id}/notes")
    String note(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect, Caller caller) {
        return act(id, redirect, "safety.case.saved", () -> cases.note(caller, id, note));
    }

    @PostMapping("/safety/cases/{id}/reply")
    String reply(@PathVariable long id, @RequestParam(required = false) String reply, RedirectAttributes redirect,
            Caller caller) {
        return act(id, redirect, "safety.case.replied", () -> cases.reply(caller, id, reply));
    }

    @PostMapping("/safety/cases/{id}/referrals")
    String refer(@PathVariable long id, @RequestParam(required = false) Long serviceId,
            @RequestParam(required = false) String deadline, @RequestParam(required = false) String note,
            @RequestParam(required = false) String overrideReason, RedirectAttributes redirect, Caller caller) {
        try {
            LocalDate due = Optional.ofNullable(deadline).filter(d -> !d.isBlank()).flatMap(DateInput::parse).orElse(null);
            ReferralStatus s = decisions.refer(caller, id, new CaseDecisions.Referral(serviceId, due, note, overrideReason));
            Outcome.notice(redirect, messages.get("safety.referral.done." + s));
        } catch (DomainException e) {
            Outcome.errors(redirect, shown(e));
        }
        return "redirect:/safety/cases/" + id;
    }

    @PostMapping("/safety/referrals/{referralId}/confirm")
    String confirm(@PathVariable long referralId, @RequestParam long caseId, RedirectAttributes redirect, Caller caller) {
        return act(caseId, redirect, "safety.referral.confirmed", () -> decisions.confirm(caller, referralId));
    }

    @PostMapping("/safety/referrals/{referralId}/answer")
    String answer(@PathVariable long referralId, @RequestParam long caseId, @RequestParam boolean accepted,
            RedirectAttributes redirect, Caller caller) {
        return act(caseId, redirect, "safety.case.saved", () -> decisions.answer(caller, referralId, accepted));
    }

    @PostMapping("/safety/referrals/{referralId}/cancel")
    String cancel(@PathVariable long referralId, @RequestParam long caseId, RedirectAttributes redirect, Caller caller) {
        return act(caseId, redirect, "safety.case.saved", () -> decisions.cancel(caller, referralId));
    }

    @PostMapping("/safety/cases/{id}/escalate")
    String escalate(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
            Caller caller) {
        try {
            decisions.escalate(caller, id, reason);
            Outcome.notice(redirect, messages.get("safety.case.escalated"));
            return "redirect:/safety/cases";
        } catch (DomainException e) {
            Outcome.errors(redirect, shown(e));
            return "redirect:/safety/cases/" + id;
        }
    }

    @PostMapping("/safety/cases/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) CloseOutcome outcome, RedirectAttributes redirect,
            Caller caller) {
        try {
            CaseStatus s = decisions.close(caller, id, outcome);
            Outcome.notice(redirect, messages.get(s == CaseStatus.CLOSED ? "safety.case.closed" : "safety.case.closeRequested"));
        } catch (DomainException e) {
            Outcome.errors(redirect, shown(e));
        }
        return "redirect:/safety/cases/" + id;
    }

    @PostMapping("/safety/cases/{id}/approve-close")
    String approveClose(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        return act(id, redirect, "safety.case.closed", () -> decisions.approveClose(caller, id));
    }

    @PostMapping("/safety/cases/{id}/refuse-close")
    String refuseClose(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
            Caller caller) {
        return act(id, redirect, "safety.case.closeRefused", () -> decisions.refuseClose(caller, id, reason));
    }

    /** A step, then back to the case with its outcome; a case she cannot see answers 404 (no redirect to it). */
    private String act(long id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            Outcome.notice(redirect, messages.get(done));
        } catch (DomainException e) {
            Outcome.errors(redirect, shown(e));
        }
        return "redirect:/safety/cases/" + id;
    }

    /** The messages of a refusal to show on the case's page; a case she cannot see is a 404 instead. */
    private List<String> shown(DomainException e) {
        if (e.kind() == DomainException.Kind.NOT_FOUND) {
            throw e;
        }
        return messages.all(e);
    }
}

package org.hoiso.skills.help;

import java.time.LocalDate;
import java.util.List;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' pages of the help log: the log of a subtree with its counts, a citizen's erasure on request, and who
 * may log help.
 */
@Controller
class HelpListController {

    private final HelpLog log;
    private final OrgUnits units;
    private final Messages messages;

    HelpListController(HelpLog log, OrgUnits units, Messages messages) {
        this.log = log;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/help/list")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) HelpType type,
            @RequestParam(required = false) String after, Model model, Caller caller) {
        long unit = unitId != null ? unitId : units.home(caller).unitId();
        LocalDate end = DateInput.orToday(to, "to", log.today());
        LocalDate start = from == null || from.isBlank() ? end.withDayOfMonth(1) : DateInput.orToday(from, "from", log.today());
        HelpPage page = log.list(caller, unit, start, end, type, after, 50);
        model.addAttribute("unit", units.get(unit));
        model.addAttribute("page", page);
        model.addAttribute("total", page.counts().values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("type", type);
        model.addAttribute("types", HelpType.values());
        model.addAttribute("canErase", units.canWrite(caller, unit));
        model.addAttribute("pageStyles", List.of("/css/skills.css"));
        return "skills/list";
    }

    /** A citizen asked to be forgotten: her name and phone go from the subtree's log (the helps stay counted). */
    @PostMapping("/help/citizens/erase")
    String erase(@RequestParam long unitId, @RequestParam(required = false) String phone, RedirectAttributes redirect,
            Caller caller) {
        try {
            Outcome.notice(redirect, messages.get("help.erase.done", log.eraseCitizen(caller, unitId, phone)));
        } catch (DomainException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            Outcome.errors(redirect, e.fieldProblems().stream().map(messages::get).toList());
        }
        return "redirect:/help/list?unitId=" + unitId;
    }

    @GetMapping("/help/helpers")
    String helpers(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String q,
            @RequestParam(required = false) String changed, Model model, Caller caller) {
        if (changed != null) {
            Outcome.notice(model, messages.get("help.helpers.done"));
        }
        long unit = unitId != null ? unitId : units.home(caller).unitId();
        model.addAttribute("unit", units.get(unit));
        model.addAttribute("helpers", log.helpers(caller, unit));
        model.addAttribute("canChange", units.canWrite(caller, unit));
        model.addAttribute("q", q);
        model.addAttribute("choices", q == null || q.isBlank() || !units.canWrite(caller, unit)
                ? List.of()
                : log.searchMembers(caller, unit, q));
        model.addAttribute("kinds", HelperKind.values());
        model.addAttribute("pageStyles", List.of("/css/skills.css"));
        return "skills/helpers";
    }

    @PostMapping("/help/helpers")
    String designate(@RequestParam long unitId, @RequestParam(required = false) Long memberId,
            @RequestParam(required = false) HelperKind kind, Model model, Caller caller) {
        return change(unitId, model, caller, () -> log.designate(caller, memberId == null ? 0 : memberId, unitId, kind));
    }

    @PostMapping("/help/helpers/end")
    String end(@RequestParam long unitId, @RequestParam long memberId, @RequestParam HelperKind kind, Model model,
            Caller caller) {
        return change(unitId, model, caller, () -> log.endDesignation(caller, memberId, unitId, kind));
    }

    private String change(long unitId, Model model, Caller caller, Runnable action) {
        try {
            action.run();
            return "redirect:/help/helpers?unitId=" + unitId + "&changed=1";
        } catch (DomainException e) {
            if (e.fieldProblems().isEmpty() && e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            Outcome.errors(model, messages.all(e));
            return helpers(unitId, null, null, model, caller);
        }
    }
}

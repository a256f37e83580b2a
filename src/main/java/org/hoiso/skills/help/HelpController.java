package org.hoiso.skills.help;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hoiso.orgunit.OrgUnit;
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

/** The phone pages of the help log: one tap per help given, and a whole session at once. */
@Controller
class HelpController {

    private final HelpLog log;
    private final OrgUnits units;
    private final Messages messages;

    HelpController(HelpLog log, OrgUnits units, Messages messages) {
        this.log = log;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/help")
    String buttons(@RequestParam(required = false) Long unitId, @RequestParam(required = false) HelpType done,
            @RequestParam(required = false) Integer sessionHelps, Model model, Caller caller) {
        unit(unitId, model, caller);
        if (done != null) {
            Outcome.notice(model, messages.get("help.done", messages.get("help.type." + done)));
        } else if (sessionHelps != null) {
            Outcome.notice(model, messages.get("help.session.done", sessionHelps));
        }
        return "skills/help";
    }

    @GetMapping("/help/new")
    String form(@RequestParam Long unitId, @RequestParam HelpType type, @RequestParam(defaultValue = "member") String who,
            @RequestParam(required = false) String q, Model model, Caller caller) {
        unit(unitId, model, caller);
        model.addAttribute("entry", new HelpEntry(unitId, today(), null, type, null, null, null, null, false));
        return form(model, type, who, q, Map.of(), caller);
    }

    /** Members matching the typed name (htmx, as she types). */
    @GetMapping("/help/members")
    String members(@RequestParam long unitId, @RequestParam(required = false) String q, Model model, Caller caller) {
        model.addAttribute("choices", log.searchMembers(caller, unitId, q));
        model.addAttribute("q", q);
        return "skills/new :: choices";
    }

    @PostMapping("/help")
    String record(@RequestParam Long unitId, @RequestParam HelpType type, @RequestParam(defaultValue = "member") String who,
            @RequestParam(required = false) String givenOn, @RequestParam(required = false) String place,
            @RequestParam(required = false) String note, @RequestParam(required = false) Long memberId,
            @RequestParam(required = false) String citizenName, @RequestParam(required = false) String citizenPhone,
            @RequestParam(defaultValue = "false") boolean consent, Model model, Caller caller) {
        boolean citizen = "citizen".equals(who);
        HelpEntry entry = new HelpEntry(unitId, null, place, type, note, citizen ? null : memberId,
                citizen ? citizenName : null, citizen ? citizenPhone : null, citizen && consent);
        try {
            entry = new HelpEntry(unitId, DateInput.orToday(givenOn, "givenOn", today()), place, type, note, entry.memberId(),
                    entry.citizenName(), entry.citizenPhone(), entry.consent());
            log.log(caller, entry);
            return "redirect:/help?unitId=" + unitId + "&done=" + type;
        } catch (DomainException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            unit(unitId, model, caller);
            model.addAttribute("entry", entry);
            return form(model, type, who, null, messages.byField(e.fieldProblems()), caller);
        }
    }

    @GetMapping("/help/session")
    String session(@RequestParam(required = false) Long unitId, Model model, Caller caller) {
        unit(unitId, model, caller);
        return session(model, new SessionForm(List.of(), DateInput.format(today()), null, null, null, false), Map.of());
    }

    @PostMapping("/help/session")
    String recordSession(@RequestParam Long unitId, @RequestParam(required = false) List<HelpType> types,
            @RequestParam(required = false) String givenOn, @RequestParam(required = false) String place,
            @RequestParam(required = false) String note, @RequestParam(required = false) String people,
            @RequestParam(defaultValue = "false") boolean consent, Model model, Caller caller) {
        SessionForm form = new SessionForm(types == null ? List.of() : types, givenOn, place, note, people, consent);
        try {
            var done = log.logSession(caller, new SessionEntry(unitId, DateInput.orToday(givenOn, "givenOn", today()), place,
                    form.types(), note, SessionEntry.lines(people), consent));
            return "redirect:/help?unitId=" + unitId + "&sessionHelps=" + done.helps();
        } catch (DomainException e) {
            if (e.fieldProblems().isEmpty()) {
                throw e;
            }
            unit(unitId, model, caller);
            return session(model, form, messages.byField(e.fieldProblems()));
        }
    }

    /** What the session form shows back after a refusal, as she typed it. */
    record SessionForm(List<HelpType> types, String givenOn, String place, String note, String people, boolean consent) {
    }

    private String form(Model model, HelpType type, String who, String q, Map<String, List<String>> errors, Caller caller) {
        OrgUnit unit = (OrgUnit) model.getAttribute("unit");
        model.addAttribute("type", type);
        model.addAttribute("who", "citizen".equals(who) ? "citizen" : "member");
        model.addAttribute("q", q);
        model.addAttribute("choices", q == null || q.isBlank() ? List.of() : log.searchMembers(caller, unit.id(), q));
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            Outcome.error(model, messages.get("error.validation"));
        }
        model.addAttribute("today", today());
        return "skills/new";
    }

    private String session(Model model, SessionForm form, Map<String, List<String>> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            Outcome.error(model, messages.get("error.validation"));
        }
        model.addAttribute("types", HelpType.values());
        return "skills/session";
    }

    /** The unit she logs for: the one named if she may log there, else her first. */
    private void unit(Long unitId, Model model, Caller caller) {
        List<OrgUnit> mine = log.loggableUnits(caller);
        OrgUnit unit;
        if (unitId != null) {
            unit = units.get(unitId);
            if (!log.mayLog(caller, unitId)) {
                throw DomainException.forbidden("help.notAllowed");
            }
        } else if (!mine.isEmpty()) {
            unit = mine.get(0);
        } else {
            throw DomainException.forbidden("help.noUnit");
        }
        model.addAttribute("unit", unit);
        model.addAttribute("units", mine);
        model.addAttribute("types", HelpType.values());
        model.addAttribute("pageStyles", List.of("/css/skills.css"));
    }

    private LocalDate today() {
        return log.today();
    }
}

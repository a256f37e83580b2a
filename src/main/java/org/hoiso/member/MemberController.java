package org.hoiso.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.UnitNode;
import org.hoiso.orgunit.UnitPicker;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the member registry: list with search and filters, form, record with history. */
@Controller
class MemberController {

    /** The units a member may be transferred to: the levels members belong to. */
    private static final UnitPicker.Pick TRANSFER_TARGET = new UnitPicker.Pick(UnitPicker.Reach.TRANSFER,
            MemberRegistry.MEMBER_LEVELS);

    private final MemberRegistry registry;
    private final MemberTotals totals;
    private final OrgUnits units;
    private final UnitPicker picker;
    private final Messages messages;

    MemberController(MemberRegistry registry, MemberTotals totals, OrgUnits units, UnitPicker picker, Messages messages) {
        this.registry = registry;
        this.totals = totals;
        this.units = units;
        this.picker = picker;
        this.messages = messages;
    }

    @GetMapping("/members")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) MemberStatus status, @RequestParam(required = false) Boolean hasSmartphone,
            @RequestParam(required = false) Integer vneidLevel, @RequestParam(required = false) Boolean hasEwallet,
            @RequestParam(required = false) String after,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Caller caller) {
        MemberQuery query = new MemberQuery(q, unitId, status, hasSmartphone, vneidLevel, hasEwallet, null, after, null);
        model.addAttribute("page", registry.search(caller, query));
        model.addAttribute("total", totals.of(caller, query));
        model.addAttribute("query", query);
        model.addAttribute("unit", unitId == null ? units.get(units.home(caller).unitId()) : units.get(unitId));
        model.addAttribute("roots", units.roots(caller));
        model.addAttribute("statuses", MemberStatus.values());
        return htmx != null ? "member/list :: results" : "member/list";
    }

    @GetMapping("/members/new")
    String newForm(@RequestParam(required = false) Long unitId, Model model, Caller caller) {
        long unit = unitId == null ? units.home(caller).unitId() : unitId;
        units.writable(caller, unit);
        MemberForm form = new MemberForm();
        form.setUnitId(unit);
        return form(model, form, null, Map.of(), caller);
    }

    @PostMapping("/members")
    String create(@ModelAttribute("form") MemberForm form, Model model, RedirectAttributes redirect, Caller caller) {
        MemberForm.Converted c = form.convert();
        if (!c.problems().isEmpty()) {
            return form(model, form, null, messages.byField(merge(c.problems(), registry.problems(caller, c.input(), null))),
                    caller);
        }
        try {
            long id = registry.register(caller, c.input());
            Outcome.notice(redirect, messages.get("member.saved"));
            return "redirect:/members/" + id;
        } catch (DomainException e) {
            return formWithErrors(model, form, null, e, caller);
        }
    }

    @GetMapping("/members/{id}")
    String detail(@PathVariable long id, Model model, Caller caller) {
        Member m = registry.get(caller, id);
        model.addAttribute("m", m);
        model.addAttribute("memberNumber", registry.number(id));
        model.addAttribute("history", registry.history(caller, id));
        model.addAttribute("canWrite", units.canWrite(caller, m.unitId()));
        model.addAttribute("ethnicity", ethnicityName(m.ethnicityCode()));
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("memberLevels", TRANSFER_TARGET.levelList());
        return "member/detail";
    }

    @GetMapping("/members/{id}/edit")
    String editForm(@PathVariable long id, Model model, Caller caller) {
        Member m = registry.get(caller, id);
        if (!units.canWrite(caller, m.unitId())) {
            throw DomainException.forbidden("member.readOnly");
        }
        return form(model, MemberForm.of(m), id, Map.of(), caller);
    }

    @PostMapping("/members/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") MemberForm form, Model model, RedirectAttributes redirect,
            Caller caller) {
        registry.requireWritable(caller, id);
        MemberForm.Converted c = form.convert();
        if (!c.problems().isEmpty()) {
            return form(model, form, id, messages.byField(merge(c.problems(), registry.problems(caller, c.input(), id))), caller);
        }
        try {
            registry.update(caller, id, form.getVersion(), c.input());
            Outcome.notice(redirect, messages.get("member.saved"));
            return "redirect:/members/" + id;
        } catch (DomainException e) {
            return formWithErrors(model, form, id, e, caller);
        }
    }

    /** Inline validation: the messages of one field, for htmx to place under it while the officer types. */
    @PostMapping("/members/validate")
    String validate(@RequestParam String field, @RequestParam(required = false) Long memberId,
            @ModelAttribute("form") MemberForm form, Model model, Caller caller) {
        MemberForm.Converted c = form.convert();
        Long self = memberId;
        if (self != null) {
            try {
                registry.requireWritable(caller, self);
            } catch (DomainException e) {
                self = null; // someone else's record: check the number as if new, revealing nothing about that id
            }
        }
        List<FieldProblem> all = merge(c.problems(), registry.problems(caller, c.input(), self));
        model.addAttribute("fieldMessages", messages.byField(all).getOrDefault(field, List.of()));
        return "member/form :: fieldMessages";
    }

    @PostMapping("/members/{id}/transfer")
    String transfer(@PathVariable long id, @RequestParam(required = false) String toUnit,
            @RequestParam(required = false) Long toUnitId, @RequestParam(required = false) String date,
            @RequestParam(required = false) String reason, RedirectAttributes redirect, Caller caller) {
        try {
            OrgUnit target = picker.resolve(caller, TRANSFER_TARGET, "toUnitId", toUnitId, toUnit);
            registry.transfer(caller, id, target.id(), DateInput.orToday(date, "date", registry.today()), reason);
            String name = registry.refOf(id).fullName();
            Outcome.notice(redirect, messages.get("member.transferred", name, picker.choice(target).label()));
            // transferred out of her reach, the record is no longer hers to open: back to her list
            return units.canRead(caller, target.id()) ? "redirect:/members/" + id : "redirect:/members";
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
            return "redirect:/members/" + id;
        }
    }

    @PostMapping("/members/{id}/status")
    String status(@PathVariable long id, @RequestParam MemberStatus status, @RequestParam(required = false) String date,
            @RequestParam(required = false) String reason, RedirectAttributes redirect, Caller caller) {
        return act(id, redirect,
                () -> registry.changeStatus(caller, id, status, DateInput.orToday(date, "date", registry.today()), reason));
    }

    @GetMapping("/transfers")
    String transfers(@RequestParam(required = false) Long unitId, Model model, Caller caller) {
        model.addAttribute("incoming", registry.transfers(caller, unitId, true));
        model.addAttribute("outgoing", registry.transfers(caller, unitId, false));
        model.addAttribute("unit", unitId == null ? units.get(units.home(caller).unitId()) : units.get(unitId));
        return "member/transfers";
    }

    private interface Action {
        void run();
    }

    private String act(long id, RedirectAttributes redirect, Action action) {
        try {
            action.run();
            Outcome.notice(redirect, messages.get("member.saved"));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/members/" + id;
    }

    private String formWithErrors(Model model, MemberForm form, Long id, DomainException e, Caller caller) {
        if (e.fieldProblems().isEmpty()) {
            Outcome.error(model, messages.get(e.code(), e.args()));
            return form(model, form, id, Map.of(), caller);
        }
        return form(model, form, id, messages.byField(e.fieldProblems()), caller);
    }

    private String form(Model model, MemberForm form, Long id, Map<String, List<String>> errors, Caller caller) {
        List<UnitNode> unitChoices = new ArrayList<>();
        // Offer only units the caller may change: a unit id typed into the request must not reveal its name.
        long anchor = form.getUnitId() != null && units.canWrite(caller, form.getUnitId())
                ? form.getUnitId()
                : units.home(caller).unitId();
        OrgUnit anchorUnit = units.get(anchor);
        unitChoices.add(new UnitNode(anchorUnit.id(), anchorUnit.code(), anchorUnit.name(), anchorUnit.levelCode(),
                anchorUnit.parentId(), anchorUnit.adminCode(), anchorUnit.validFrom(), anchorUnit.validTo(), 0));
        if (id == null) {
            units.openChildren(caller, anchor).stream()
                    .filter(u -> MemberRegistry.MEMBER_LEVELS.contains(u.levelCode())).forEach(unitChoices::add);
        }
        model.addAttribute("form", form);
        model.addAttribute("memberId", id);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            Outcome.error(model, messages.get("error.validation"));
        }
        model.addAttribute("unitChoices", unitChoices);
        model.addAttribute("ethnicities", registry.ethnicities());
        model.addAttribute("positions", Position.values());
        return "member/form";
    }

    private String ethnicityName(String code) {
        if (code == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        return registry.ethnicities().stream().filter(e -> code.equals(e.code())).map(e -> e.name(locale))
                .findFirst().orElse(code);
    }

    private static List<FieldProblem> merge(List<FieldProblem> first, List<FieldProblem> second) {
        List<FieldProblem> out = new ArrayList<>(first);
        for (FieldProblem p : second) {
            boolean dateField = first.stream().anyMatch(f -> f.field().equals(p.field()));
            if (!dateField) {
                out.add(p);
            }
        }
        return out;
    }
}

package org.hoiso.orgunit;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the organisation tree: lazy tree browser, search, a unit's page and its reorganisations. */
@Controller
class OrgUnitController {

    private final OrgUnitBrowser browser;
    private final Reorganisation reorganisation;
    private final OrgUnits access;
    private final OrgUnitRepository units;
    private final UnitPicker picker;
    private final Messages messages;
    private final Clock clock;

    OrgUnitController(OrgUnitBrowser browser, Reorganisation reorganisation, OrgUnits access, OrgUnitRepository units,
            UnitPicker picker, Messages messages, Clock clock) {
        this.browser = browser;
        this.reorganisation = reorganisation;
        this.access = access;
        this.units = units;
        this.picker = picker;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/units")
    String tree(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean closed,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Caller caller) {
        model.addAttribute("roots", browser.roots(caller));
        model.addAttribute("q", q);
        model.addAttribute("closed", closed);
        if (q != null && !q.isBlank()) {
            List<UnitNode> results = browser.search(caller, q, null, closed, OrgUnitBrowser.MAX_SEARCH);
            model.addAttribute("results", results);
            // where each unit lies ("Tỉnh Thanh Hoá"), so that units of the same name are told apart
            model.addAttribute("places", units.choices(results.stream().map(UnitNode::id).toList()).stream()
                    .collect(Collectors.toMap(UnitChoice::id, UnitChoice::place)));
        }
        return htmx != null ? "orgunit/tree :: results" : "orgunit/tree";
    }

    @GetMapping("/units/{id}/children")
    String children(@PathVariable long id, @RequestParam(defaultValue = "false") boolean closed, Model model, Caller caller) {
        model.addAttribute("nodes", browser.children(caller, id, closed));
        model.addAttribute("closed", closed);
        return "orgunit/tree :: nodes";
    }

    @GetMapping("/units/{id}")
    String unit(@PathVariable long id, Model model, Caller caller) {
        OrgUnitBrowser.UnitView view = browser.view(caller, id);
        model.addAttribute("view", view);
        model.addAttribute("unit", view.unit());
        model.addAttribute("children", browser.children(caller, id, true));
        model.addAttribute("lineage", browser.lineage(caller, id));
        model.addAttribute("canWrite", access.canWrite(caller, id));
        model.addAttribute("parentLevels", String.join(",", units.parentLevels(view.unit().levelCode())));
        // creating a unit under this one: only the levels allowed here, a branch by default, a proposed code
        List<OrgUnitRepository.Level> childLevels = units.childLevels(view.unit().levelCode());
        model.addAttribute("childLevels", childLevels);
        model.addAttribute("defaultLevel", childLevels.stream().map(OrgUnitRepository.Level::code)
                .filter("BRANCH"::equals).findFirst().orElse(childLevels.isEmpty() ? null : childLevels.get(0).code()));
        if (!childLevels.isEmpty() && model.getAttribute("canWrite") == Boolean.TRUE) {
            model.addAttribute("proposedCode", reorganisation.proposedCode(view.unit()));
        }
        return "orgunit/unit";
    }

    /** What the officer typed into "create a unit", shown again after a refusal (a flash attribute: serializable). */
    record NewUnitForm(String name, String code, String levelCode, String date) implements Serializable {
    }

    @PostMapping("/units/{id}/children")
    String create(@PathVariable long id, @RequestParam String code, @RequestParam String name, @RequestParam String levelCode,
            @RequestParam(required = false) String adminCode, @RequestParam(required = false) String date,
            RedirectAttributes redirect, Caller caller) {
        try {
            long created = reorganisation.create(caller, id, new Reorganisation.NewUnit(code, name, levelCode, adminCode),
                    DateInput.orToday(date, "date", LocalDate.now(clock))).id();
            Outcome.notice(redirect, messages.get("unit.saved"));
            return "redirect:/units/" + created;
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
            redirect.addFlashAttribute("newUnit", new NewUnitForm(name, code, levelCode, date));
            return "redirect:/units/" + id;
        }
    }

    @PostMapping("/units/{id}/rename")
    String rename(@PathVariable long id, @RequestParam String name, @RequestParam(required = false) String date,
            @RequestParam(required = false) String note, RedirectAttributes redirect, Caller caller) {
        return act(id, redirect,
                () -> reorganisation.rename(caller, id, name, DateInput.orToday(date, "date", LocalDate.now(clock)), note).id());
    }

    @PostMapping("/units/{id}/move")
    String move(@PathVariable long id, @RequestParam(required = false) String parent,
            @RequestParam(required = false) Long parentId, @RequestParam(required = false) String date,
            @RequestParam(required = false) String note, RedirectAttributes redirect, Caller caller) {
        return act(id, redirect, () -> {
            UnitPicker.Pick pick = new UnitPicker.Pick(UnitPicker.Reach.WRITABLE,
                    Set.copyOf(units.parentLevels(access.get(id).levelCode())));
            OrgUnit newParent = picker.resolve(caller, pick, "parentId", parentId, parent);
            return reorganisation.move(caller, id, newParent.id(), DateInput.orToday(date, "date", LocalDate.now(clock)), note)
                    .id();
        });
    }

    @PostMapping("/units/{id}/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) List<Long> sourceIds, @RequestParam String code,
            @RequestParam String name, @RequestParam(required = false) String adminCode,
            @RequestParam(required = false) String date, @RequestParam(required = false) String note,
            RedirectAttributes redirect, Caller caller) {
        return act(id, redirect, () -> {
            List<Long> sources = sourceIds == null ? List.of() : sourceIds;
            String level = sources.isEmpty() ? "BRANCH" : access.get(sources.get(0)).levelCode();
            return reorganisation.merge(caller, sources, new Reorganisation.NewUnit(code, name, level, adminCode),
                    DateInput.orToday(date, "date", LocalDate.now(clock)), note).id();
        });
    }

    @PostMapping("/units/{id}/split")
    String split(@PathVariable long id, @RequestParam List<String> partCode, @RequestParam List<String> partName,
            @RequestParam(required = false) String date, @RequestParam(required = false) String note,
            RedirectAttributes redirect, Caller caller) {
        return act(id, redirect, () -> {
            OrgUnit source = access.get(id);
            List<Reorganisation.SplitPart> parts = new ArrayList<>();
            for (int i = 0; i < Math.min(partCode.size(), partName.size()); i++) {
                if (!partCode.get(i).isBlank() || !partName.get(i).isBlank()) {
                    parts.add(new Reorganisation.SplitPart(
                            new Reorganisation.NewUnit(partCode.get(i), partName.get(i), source.levelCode(), null), List.of()));
                }
            }
            return reorganisation.split(caller, id, parts, DateInput.orToday(date, "date", LocalDate.now(clock)), note).get(0)
                    .id();
        });
    }

    private interface Action {
        long run();
    }

    /** Runs a change; on success shows the resulting unit, on refusal returns to this unit with the messages. */
    private String act(long id, RedirectAttributes redirect, Action action) {
        try {
            long result = action.run();
            Outcome.notice(redirect, messages.get("unit.saved"));
            return "redirect:/units/" + result;
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
            return "redirect:/units/" + id;
        }
    }
}

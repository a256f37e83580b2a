package org.hoiso.safety;

import java.util.List;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What administrators keep: the designations of case workers (a province or national administrator, for a unit of
 * her subtree) and the directory of support services (/admin/** is for administrators only, see SecurityConfig).
 */
@Controller
class AdminController {

    private final CaseWorkers workers;
    private final SupportServices services;
    private final OrgUnits units;
    private final Messages messages;

    AdminController(CaseWorkers workers, SupportServices services, OrgUnits units, Messages messages) {
        this.workers = workers;
        this.services = services;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/safety/case-workers")
    String caseWorkers(@RequestParam(required = false) Long unitId, Model model, Caller caller) {
        long unit = unitId == null ? units.home(caller).unitId() : unitId;
        model.addAttribute("unit", units.get(unit));
        model.addAttribute("workers", workers.list(caller, unit));
        model.addAttribute("roots", units.roots(caller));
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        return "safety/case-workers";
    }

    @PostMapping("/safety/case-workers")
    String designate(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String username,
            @RequestParam(defaultValue = "false") boolean supervising, @RequestParam(required = false) Long listUnitId,
            RedirectAttributes redirect, Caller caller) {
        try {
            workers.designate(caller, username, unitId, supervising);
            Outcome.notice(redirect, messages.get("safety.caseWorker.designated", String.valueOf(username)));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/safety/case-workers?unitId=" + (listUnitId != null ? listUnitId : unitId);
    }

    @PostMapping("/safety/case-workers/{id}/end")
    String end(@PathVariable long id, @RequestParam long unitId, RedirectAttributes redirect, Caller caller) {
        workers.end(caller, id);
        Outcome.notice(redirect, messages.get("safety.caseWorker.ended"));
        return "redirect:/safety/case-workers?unitId=" + unitId;
    }

    @GetMapping("/admin/safety/services")
    String services(Model model, Caller caller) {
        model.addAttribute("services", services.list(caller));
        model.addAttribute("kinds", ServiceKind.values());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("roots", units.roots(caller));
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        return "safety/services";
    }

    @PostMapping("/admin/safety/services")
    String addService(@RequestParam(required = false) Long unitId, @RequestParam(required = false) ServiceKind kind,
            @RequestParam(required = false) Purpose purpose, @RequestParam(required = false) String name,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String address,
            RedirectAttributes redirect, Caller caller) {
        try {
            services.create(caller, new SupportServices.NewService(unitId, kind, purpose, name, phone, address));
            Outcome.notice(redirect, messages.get("safety.service.added"));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/admin/safety/services";
    }

    @PostMapping("/admin/safety/services/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        services.deactivate(caller, id);
        Outcome.notice(redirect, messages.get("safety.service.deactivated"));
        return "redirect:/admin/safety/services";
    }
}

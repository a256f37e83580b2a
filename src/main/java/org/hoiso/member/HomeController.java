package org.hoiso.member;

import java.util.Map;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard: the caller's unit, its member counts and those of each unit directly under it. */
@Controller
class HomeController {

    private final MemberRegistry registry;
    private final OrgUnits units;

    HomeController(MemberRegistry registry, OrgUnits units) {
        this.registry = registry;
        this.units = units;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) Long unitId, Model model, Caller caller) {
        if (caller.isMember()) {
            return "redirect:/me";
        }
        Subtree subtree = unitId == null ? units.home(caller) : units.readable(caller, unitId);
        OrgUnit unit = units.get(subtree.unitId());
        Map<Long, Long> byChild = registry.activeByChild(subtree);
        model.addAttribute("unit", unit);
        model.addAttribute("roots", units.roots(caller));
        model.addAttribute("counts", registry.counts(subtree));
        model.addAttribute("children", units.openChildren(caller, unit.id()));
        model.addAttribute("byChild", byChild);
        model.addAttribute("canWrite", units.canWrite(caller, unit.id()));
        return "member/home";
    }
}

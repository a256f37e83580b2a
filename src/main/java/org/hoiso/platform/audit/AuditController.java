package org.hoiso.platform.audit;

import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's page of the audit log (/admin/** is for ADMIN only, see SecurityConfig): the entries of the
 * subtrees she administers, all of them for an administrator of the central union.
 */
@Controller
class AuditController {

    private static final int PAGE = 50;
    private final AuditQuery query;

    AuditController(AuditQuery query) {
        this.query = query;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String type,
            @RequestParam(required = false) Long entity, @RequestParam(required = false) Long before, Model model,
            Caller caller) {
        String a = VietnameseText.cleanOrNull(actor);
        String t = VietnameseText.cleanOrNull(type);
        List<AuditEntry> entries = query.page(caller, a, t, entity, before, PAGE + 1);
        boolean more = entries.size() > PAGE;
        model.addAttribute("entries", more ? entries.subList(0, PAGE) : entries);
        model.addAttribute("next", more ? entries.get(PAGE - 1).id() : null);
        model.addAttribute("actor", a);
        model.addAttribute("type", t);
        model.addAttribute("entity", entity);
        return "platform/audit";
    }
}

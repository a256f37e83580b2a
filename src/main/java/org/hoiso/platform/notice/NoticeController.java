package org.hoiso.platform.notice;

import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Her notices: the list, opening one (marked read, then where it leads) and marking all read. */
@Controller
class NoticeController {

    static final int LISTED = 100;

    private final Notices notices;
    private final Messages messages;

    NoticeController(Notices notices, Messages messages) {
        this.notices = notices;
        this.messages = messages;
    }

    @GetMapping("/notices")
    String list(Model model, Caller caller) {
        model.addAttribute("notices", notices.recent(caller, LISTED));
        return "platform/notices";
    }

    /** Opening a notice: it is read, and she goes where it leads (always a path in hoiso). */
    @GetMapping("/notices/{id}")
    String open(@PathVariable long id, Caller caller) {
        return "redirect:" + notices.open(caller, id);
    }

    @PostMapping("/notices/read")
    String readAll(RedirectAttributes redirect, Caller caller) {
        int n = notices.readAll(caller);
        Outcome.notice(redirect, messages.get("notice.allRead", n));
        return "redirect:/notices";
    }

    /** Puts the signed-in person's {@link NoticeBadge} on every page for the layout's count and the home page. */
    @ControllerAdvice(annotations = Controller.class)
    static class Badge {

        private final Notices notices;

        Badge(Notices notices) {
            this.notices = notices;
        }

        @ModelAttribute("noticeBadge")
        NoticeBadge badge() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.getPrincipal() instanceof HoisoUser u ? new NoticeBadge(notices, u.caller()) : null;
        }
    }
}

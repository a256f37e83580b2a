package org.hoiso.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A member activates her account (public pages): the code from her printed invitation, then her phone
 * number and a password. Tries are limited per address; a wrong code says which way it is wrong.
 */
@Controller
class JoinController {

    private final MemberInvitations invitations;
    private final Messages messages;

    JoinController(MemberInvitations invitations, Messages messages) {
        this.invitations = invitations;
        this.messages = messages;
    }

    @GetMapping("/join")
    String start(@RequestParam(required = false) String code, Model model) {
        model.addAttribute("code", code == null ? "" : code);
        return "account/join";
    }

    @PostMapping("/join/check")
    String check(@RequestParam(required = false) String code, HttpServletRequest request, Model model) {
        model.addAttribute("code", code == null ? "" : code);
        try {
            model.addAttribute("preview", invitations.preview(code, request.getRemoteAddr()));
        } catch (DomainException e) {
            model.addAttribute("errors", errors(e));
        }
        return "account/join";
    }

    @PostMapping("/join")
    String activate(@RequestParam(required = false) String code, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String password, HttpServletRequest request, Model model) {
        try {
            // she may sign in with another phone than her record's: the login page says her officer will see it
            MemberInvitations.Activation done = invitations.join(code, phone, password, request.getRemoteAddr());
            return done.registryHasOtherPhone() ? "redirect:/login?joined=otherPhone" : "redirect:/login?joined";
        } catch (DomainException e) {
            model.addAttribute("code", code == null ? "" : code);
            model.addAttribute("phone", phone);
            model.addAttribute("errors", errors(e));
            // the activation counted its try already; a code that is itself the problem shows no preview
            if (e.fieldProblems().stream().noneMatch(p -> p.field().equals("code"))
                    && e.kind() != DomainException.Kind.TOO_MANY) {
                model.addAttribute("preview", invitations.previewAgain(code));
            }
            return "account/join";
        }
    }

    private Map<String, List<String>> errors(DomainException e) {
        return e.fieldProblems().isEmpty() ? Map.of("code", messages.all(e)) : messages.byField(e.fieldProblems());
    }
}

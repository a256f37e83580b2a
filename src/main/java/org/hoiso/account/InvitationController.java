package org.hoiso.account;

import org.hoiso.platform.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * An officer prints a member's invitation. The page is the answer to the POST itself, so the code is
 * never kept in a session, a flash attribute or a URL an officer's browser history would remember.
 */
@Controller
class InvitationController {

    private final MemberInvitations invitations;

    InvitationController(MemberInvitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/members/{id}/invitation")
    String issue(@PathVariable long id, Model model, Caller caller) {
        MemberInvitations.Invitation inv = invitations.issue(caller, id);
        model.addAttribute("inv", inv);
        model.addAttribute("joinUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/join").queryParam("code", inv.code()).toUriString());
        return "account/invitation";
    }
}

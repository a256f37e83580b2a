package org.hoiso.account;

import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.PublicUrl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An officer prints a member's invitation. The page is the answer to the POST itself, so the code is
 * never kept in a session, a flash attribute or a URL an officer's browser history would remember.
 */
@Controller
class InvitationController {

    private final MemberInvitations invitations;
    private final PublicUrl publicUrl;

    InvitationController(MemberInvitations invitations, PublicUrl publicUrl) {
        this.invitations = invitations;
        this.publicUrl = publicUrl;
    }

    @PostMapping("/members/{id}/invitation")
    String issue(@PathVariable long id, Model model, Caller caller) {
        MemberInvitations.Invitation inv = invitations.issue(caller, id);
        model.addAttribute("inv", inv);
        // hoiso's public address, never the Host header of the officer's request
        model.addAttribute("joinUrl",
                publicUrl.of(UriComponentsBuilder.fromPath("/join").queryParam("code", inv.code()).toUriString()));
        return "account/invitation";
    }
}

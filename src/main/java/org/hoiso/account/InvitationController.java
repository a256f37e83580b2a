package org.hoiso.account;

import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.PublicUrl;
import org.hoiso.platform.web.QrSvg;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An officer prints a member's invitation. The page is the answer to the POST itself, so the code is
 * never kept in a session, a flash attribute or a URL an officer's browser history would remember. Once she
 * activated it, the officer sees which phone she signs in with.
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
        String joinUrl = publicUrl.of(UriComponentsBuilder.fromPath("/join").queryParam("code", inv.code()).toUriString());
        model.addAttribute("joinUrl", joinUrl);
        model.addAttribute("qr", QrSvg.of(joinUrl));
        model.addAttribute("pageScripts", List.of("/js/print.js"));
        return "account/invitation";
    }

    /** Which phone she signs in with, beside the one her record holds: an officer of her unit sees both. */
    @GetMapping("/members/{id}/login")
    String login(@PathVariable long id, Model model, Caller caller) {
        model.addAttribute("login", invitations.loginPhone(caller, id));
        return "account/login-phone";
    }
}

package org.hoiso.card;

import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.QrSvg;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The card pages: a member's card for officers and for herself, issuing, revoking, checking a token. */
@Controller
class CardController {

    private final MemberCards cards;

    CardController(MemberCards cards) {
        this.cards = cards;
    }

    @GetMapping("/members/{id}/card")
    String card(@PathVariable long id, Model model, Caller caller) {
        return show(cards.view(caller, id), false, model);
    }

    @PostMapping("/members/{id}/card")
    String issue(@PathVariable long id, Caller caller) {
        cards.issue(caller, id);
        return "redirect:/members/" + id + "/card";
    }

    @GetMapping("/me/card")
    String mine(Model model, Caller caller) {
        if (!caller.isMember()) {
            throw DomainException.notFound("card.notFound");
        }
        return show(cards.mine(caller), true, model);
    }

    @PostMapping("/me/card")
    String issueMine(Caller caller) {
        if (!caller.isMember()) {
            throw DomainException.notFound("card.notFound");
        }
        cards.issue(caller, caller.memberId());
        return "redirect:/me/card";
    }

    @PostMapping("/cards/{cardId}/revoke")
    String revoke(@PathVariable long cardId, @RequestParam(required = false) String reason,
            @RequestParam long memberId, Caller caller) {
        cards.revoke(caller, cardId, reason);
        return caller.isMember() && caller.memberId() == memberId
                ? "redirect:/me/card"
                : "redirect:/members/" + memberId + "/card";
    }

    @GetMapping("/cards/verify")
    String verify(@RequestParam(required = false) String token, Model model, Caller caller) {
        if (token != null && !token.isBlank()) {
            model.addAttribute("result", cards.verify(caller, token));
        }
        model.addAttribute("token", token);
        return "card/verify";
    }

    private String show(MemberCards.CardView view, boolean own, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("own", own);
        view.card().ifPresent(c -> model.addAttribute("qr", QrSvg.of(c.token())));
        model.addAttribute("pageStyles", List.of("/css/card.css"));
        return "card/card";
    }
}

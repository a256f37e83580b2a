package org.hoiso.card;

import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The national administrator's page for the card signing keys: list and rotate now. */
@Controller
class CardKeysController {

    private final CardKeys keys;
    private final Messages messages;

    CardKeysController(CardKeys keys, Messages messages) {
        this.keys = keys;
        this.messages = messages;
    }

    @GetMapping("/admin/cards/keys")
    String keys(Model model, Caller caller) {
        model.addAttribute("keys", keys.keys(caller));
        return "card/keys";
    }

    @PostMapping("/admin/cards/keys/rotate")
    String rotate(RedirectAttributes redirect, Caller caller) {
        Outcome.notice(redirect, messages.get("card.keys.rotated", keys.rotate(caller)));
        return "redirect:/admin/cards/keys";
    }
}

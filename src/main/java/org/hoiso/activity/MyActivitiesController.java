package org.hoiso.activity;

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

/** A member's side of "Chi hội số": her branch's coming activities, her answer, checking in, announcements. */
@Controller
class MyActivitiesController {

    private final Activities activities;
    private final Messages messages;

    MyActivitiesController(Activities activities, Messages messages) {
        this.activities = activities;
        this.messages = messages;
    }

    @GetMapping("/me/activities")
    String mine(Model model, Caller caller) {
        model.addAttribute("mine", activities.mine(caller));
        return "activity/mine";
    }

    @PostMapping("/me/activities/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String answer, RedirectAttributes redirect,
            Caller caller) {
        activities.respond(caller, id, answer);
        Outcome.notice(redirect, messages.get("activity.answered"));
        return "redirect:/me/activities";
    }

    /** The activity's QR opens this page on her phone; she confirms with one tap (a GET never records anything). */
    @GetMapping("/me/checkin/{code}")
    String confirm(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        return "activity/checkin";
    }

    @PostMapping("/me/checkin/{code}")
    String checkIn(@PathVariable String code, RedirectAttributes redirect, Caller caller) {
        try {
            Activity a = activities.checkIn(caller, code);
            Outcome.notice(redirect, messages.get("activity.checkedIn", a.title()));
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.CONFLICT) {
                throw e;
            }
            // too early or too late: said on her activities page, where she sees the activity's time
            Outcome.error(redirect, messages.get(e.code(), e.args()));
        }
        return "redirect:/me/activities";
    }
}

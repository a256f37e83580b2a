package org.hoiso.activity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.hoiso.member.MemberQuery;
import org.hoiso.member.MemberRegistry;
import org.hoiso.member.MemberStatus;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.hoiso.platform.web.PublicUrl;
import org.hoiso.platform.web.QrSvg;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Officers' pages of "Chi hội số": plan, announce, take attendance, keep minutes and photos. */
@Controller
class ActivityController {

    private final PublicUrl publicUrl;

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Activities activities;
    private final OrgUnits units;
    private final MemberRegistry members;
    private final Messages messages;

    ActivityController(Activities activities, OrgUnits units, MemberRegistry members, Messages messages, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.activities = activities;
        this.units = units;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping("/activities")
    String list(@RequestParam(required = false) Long unitId, Model model, Caller caller) {
        long unit = unitId == null ? units.home(caller).unitId() : unitId;
        model.addAttribute("unit", units.get(unit));
        model.addAttribute("activities", activities.inUnit(caller, unit));
        model.addAttribute("announcements", activities.announcements(caller, unit));
        model.addAttribute("canWrite", units.canWrite(caller, unit));
        model.addAttribute("kinds", List.of("MEETING", "TRAINING", "CAMPAIGN", "VOLUNTEERING"));
        return "activity/activities";
    }

    @PostMapping("/activities")
    String plan(@RequestParam long unitId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String description, @RequestParam(required = false) String startsAt,
            @RequestParam(required = false) String endsAt, @RequestParam(required = false) String place,
            @RequestParam(required = false) String onlineUrl, RedirectAttributes redirect, Caller caller) {
        try {
            Activity a = activities.plan(caller, new Activities.NewActivity(unitId, kind, title, description,
                    time(startsAt, "startsAt"), endsAt == null || endsAt.isBlank() ? null : time(endsAt, "endsAt"), place,
                    onlineUrl));
            return "redirect:/activities/" + a.id();
        } catch (DomainException e) {
            Outcome.errors(redirect, lines(e));
            return "redirect:/activities?unitId=" + unitId;
        }
    }

    @GetMapping("/activities/{id}")
    String detail(@PathVariable long id, Model model, Caller caller) {
        Activity a = activities.get(caller, id);
        boolean manage = activities.canManage(caller, a);
        model.addAttribute("a", a);
        model.addAttribute("manage", manage);
        model.addAttribute("photos", activities.photos(caller, id));
        model.addAttribute("present", activities.attendees(caller, id));
        List<Activities.Response> responses = activities.responses(caller, id);
        model.addAttribute("responses", responses);
        model.addAttribute("answerOf", responses.stream()
                .collect(Collectors.toMap(Activities.Response::memberId, Activities.Response::answer)));
        model.addAttribute("begun", activities.begun(a));
        model.addAttribute("presenceOpen", activities.presenceOpen(a));
        model.addAttribute("presenceOpensAt", activities.presenceOpensAt(a));
        if (manage) {
            model.addAttribute("unitMembers",
                    members.search(caller, new MemberQuery(null, a.unitId(), MemberStatus.ACTIVE, null, null,
                            null, null, null, 200)).items());
            // hoiso's public address, never the Host header of the request
            String url = publicUrl.of(UriComponentsBuilder.fromPath("/me/checkin/{code}").buildAndExpand(a.checkInCode())
                    .toUriString());
            model.addAttribute("checkInUrl", url);
            model.addAttribute("checkInQr", QrSvg.of(url).svg());
            model.addAttribute("pageScripts", List.of("/js/qr-scan.js"));
        }
        return "activity/activity";
    }

    @PostMapping("/activities/{id}/held")
    String held(@PathVariable long id, @RequestParam(required = false) String minutes, RedirectAttributes redirect,
            Caller caller) {
        return act(id, redirect, () -> activities.markHeld(caller, id, minutes));
    }

    @PostMapping("/activities/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        return act(id, redirect, () -> activities.cancel(caller, id));
    }

    @PostMapping("/activities/{id}/attendance")
    String tick(@PathVariable long id, @RequestParam(required = false) List<Long> memberIds, RedirectAttributes redirect,
            Caller caller) {
        return act(id, redirect, () -> activities.tick(caller, id, memberIds == null ? List.of() : memberIds));
    }

    @PostMapping("/activities/{id}/scan")
    String scan(@PathVariable long id, @RequestParam(required = false) String token, RedirectAttributes redirect, Caller caller) {
        try {
            String name = activities.scanCard(caller, id, token);
            Outcome.notice(redirect, messages.get("activity.card.recorded", name));
        } catch (DomainException e) {
            Outcome.errors(redirect, lines(e));
        }
        return "redirect:/activities/" + id;
    }

    @PostMapping("/activities/{id}/photos")
    String photo(@PathVariable long id, @RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect,
            Caller caller) {
        return act(id, redirect, () -> {
            if (photo == null || photo.isEmpty()) {
                throw DomainException.invalid(List.of(FieldProblem.of("photo", "activity.photo")));
            }
            try {
                activities.addPhoto(caller, id, photo.getContentType(), photo.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/activities/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long photoId, Caller caller) {
        ActivityRepository.Photo p = activities.photo(caller, photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(p.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).body(p.data());
    }

    @PostMapping("/announcements")
    String announce(@RequestParam long unitId, @RequestParam(required = false) String title,
            @RequestParam(required = false) String body,
            RedirectAttributes redirect, Caller caller) {
        try {
            activities.announce(caller, unitId, title, body);
            Outcome.notice(redirect, messages.get("activity.announced"));
        } catch (DomainException e) {
            Outcome.errors(redirect, lines(e));
        }
        return "redirect:/activities?unitId=" + unitId;
    }

    private String act(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            Outcome.notice(redirect, messages.get("activity.saved"));
        } catch (DomainException e) {
            Outcome.errors(redirect, lines(e));
        }
        return "redirect:/activities/" + id;
    }

    private List<String> lines(DomainException e) {
        return e.fieldProblems().isEmpty() ? messages.all(e) : e.fieldProblems().stream().map(messages::get).toList();
    }

    /** A time typed in a datetime-local field, Viet Nam time. */
    private static OffsetDateTime time(String text, String field) {
        try {
            return LocalDateTime.parse(text == null ? "" : text.strip(), INPUT).atZone(VietnameseText.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(List.of(FieldProblem.of(field, "activity." + field)));
        }
    }
}

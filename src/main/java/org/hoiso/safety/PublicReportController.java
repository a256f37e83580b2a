package org.hoiso.safety;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.security.HoisoUser;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.hoiso.safety.identifiers.BankAccounts;
import org.springframework.http.CacheControl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public pages, without an account (SecurityConfig permits exactly these paths): the one report form (phone
 * first; a signed-in member's report is hers unless she reports without her name), the receipt with her code and
 * PIN, and the follow-up with them. Every page carries the emergency numbers. Nothing a reporter typed is logged.
 */
@Controller
class PublicReportController {

    static final String FOLLOW = "safetyFollowTicket";

    private final SafetyReports reports;
    private final Communes communes;
    private final Messages messages;

    PublicReportController(SafetyReports reports, Communes communes, Messages messages) {
        this.reports = reports;
        this.communes = communes;
        this.messages = messages;
    }

    @GetMapping("/safety/report")
    String form(@RequestParam(required = false) Long provinceId, @RequestParam(required = false) String kind, Model model,
            @AuthenticationPrincipal HoisoUser user) {
        Caller caller = user == null ? null : user.caller();
        Long province = provinceId;
        Long commune = null;
        var home = reports.homeCommune(caller);
        if (province == null && home.isPresent()) {
            commune = home.get().id();
            province = communes.communeOf(commune).flatMap(c -> communes.parentOf(c.id())).orElse(null);
        }
        return page(model, ReportForm.empty(province, commune, kind), Map.of(), caller);
    }

    /** The communes of a province, as the options of the form's select (htmx, when she chooses a province). */
    @GetMapping("/safety/report/communes")
    String communeOptions(@RequestParam long provinceId, Model model) {
        model.addAttribute("communes", communes.communes(provinceId));
        model.addAttribute("selected", null);
        return "safety/report :: communeOptions";
    }

    @PostMapping("/safety/report")
    String submit(@ModelAttribute ReportForm form, @RequestParam(name = "t", required = false) String token,
            @RequestParam(required = false) List<MultipartFile> screenshots, HttpServletRequest request,
            HttpServletResponse response, Model model, @AuthenticationPrincipal HoisoUser user) {
        Caller caller = user == null ? null : user.caller();
        try {
            ReportInput input = form.input(uploads(screenshots));
            SafetyReports.Receipt receipt = reports.submit(input, token,
                    SafetyReports.Reporter.of(caller, request.getRemoteAddr()));
            response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
            model.addAttribute("receipt", receipt);
            model.addAttribute("pageStyles", List.of("/css/safety.css"));
            return "safety/receipt";
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.TOO_MANY) {
                // a flood: the short error page with the message (429), not the whole form again
                throw e;
            }
            response.setStatus(e.kind() == DomainException.Kind.INVALID ? 422 : 400);
            Outcome.errors(model, e.fieldProblems().isEmpty() ? messages.all(e) : List.of(messages.get("error.validation")));
            return page(model, form, messages.byField(e.fieldProblems()), caller);
        }
    }

    @GetMapping("/safety/follow")
    String follow(HttpSession session, Model model) {
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        SafetyReports.FollowTicket ticket = ticket(session);
        if (ticket != null) {
            try {
                model.addAttribute("followed", reports.view(ticket));
            } catch (DomainException e) {
                session.removeAttribute(FOLLOW);
                Outcome.errors(model, messages.all(e));
            }
        }
        model.addAttribute("maxScreenshots", ReportRules.SCREENSHOTS_MAX);
        return "safety/follow";
    }

    @PostMapping("/safety/follow")
    String open(@RequestParam(required = false) String code, @RequestParam(required = false) String pin,
            HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
        try {
            session.setAttribute(FOLLOW, reports.open(code, pin, request.getRemoteAddr()));
            return "redirect:/safety/follow";
        } catch (DomainException e) {
            response.setStatus(e.kind() == DomainException.Kind.TOO_MANY ? 429 : 404);
            Outcome.errors(model, messages.all(e));
            model.addAttribute("pageStyles", List.of("/css/safety.css"));
            return "safety/follow";
        }
    }

    @PostMapping("/safety/follow/add")
    String add(@RequestParam(required = false) String text, @RequestParam(required = false) List<MultipartFile> screenshots,
            HttpSession session, RedirectAttributes redirect) {
        SafetyReports.FollowTicket ticket = required(session);
        try {
            reports.add(ticket, text, uploads(screenshots));
            Outcome.notice(redirect, messages.get("safety.follow.added"));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/safety/follow";
    }

    @PostMapping("/safety/follow/delete")
    String delete(@RequestParam(defaultValue = "false") boolean confirm, HttpSession session, RedirectAttributes redirect) {
        SafetyReports.FollowTicket ticket = required(session);
        if (!confirm) {
            Outcome.errors(redirect, List.of(messages.get("safety.follow.delete.confirmNeeded")));
            return "redirect:/safety/follow";
        }
        try {
            reports.delete(ticket);
            session.removeAttribute(FOLLOW);
            Outcome.notice(redirect, messages.get("safety.follow.deleted"));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/safety/follow";
    }

    /** She leaves her case's page (a shared phone): the code and PIN are asked again next time. */
    @PostMapping("/safety/follow/forget")
    String forget(HttpSession session, Model model) {
        session.removeAttribute(FOLLOW);
        Outcome.notice(model, messages.get("safety.follow.forgotten"));
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        return "safety/follow";
    }

    /** Her ticket, or "not found" (a 404 page) when she has not given her code and PIN, or gave them too long ago. */
    private static SafetyReports.FollowTicket required(HttpSession session) {
        SafetyReports.FollowTicket t = ticket(session);
        if (t == null) {
            throw DomainException.notFound("safety.follow.expired");
        }
        return t;
    }

    private String page(Model model, ReportForm form, Map<String, List<String>> errors, Caller caller) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("token", reports.formToken());
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("provinces", communes.provinces());
        model.addAttribute("communes", form.provinceId() == null ? List.of() : communes.communes(form.provinceId()));
        model.addAttribute("banks", BankAccounts.banks());
        model.addAttribute("signedInMember", caller != null && caller.isMember());
        model.addAttribute("maxScreenshots", ReportRules.SCREENSHOTS_MAX);
        model.addAttribute("pageStyles", List.of("/css/safety.css"));
        return "safety/report";
    }

    private static SafetyReports.FollowTicket ticket(HttpSession session) {
        return session.getAttribute(FOLLOW) instanceof SafetyReports.FollowTicket t ? t : null;
    }

    static List<ReportInput.Upload> uploads(List<MultipartFile> files) {
        List<ReportInput.Upload> out = new ArrayList<>();
        if (files == null) {
            return out;
        }
        for (MultipartFile f : files) {
            if (f.isEmpty()) {
                continue;
            }
            if (f.getSize() > ReportRules.SCREENSHOT_BYTES_MAX || out.size() >= ReportRules.SCREENSHOTS_MAX) {
                // refused by the rules by its size or by their count, without reading it
                out.add(ReportInput.Upload.tooLarge(f.getOriginalFilename(), f.getSize()));
                continue;
            }
            try {
                out.add(new ReportInput.Upload(f.getOriginalFilename(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}

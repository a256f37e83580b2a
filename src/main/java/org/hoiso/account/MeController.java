package org.hoiso.account;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hoiso.member.Member;
import org.hoiso.member.MemberRegistry;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.personaldata.PersonalDataSource;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Formats;
import org.hoiso.platform.web.MemberHomeSection;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member's own pages (phone-first): her record, her consents (see and withdraw), and "download what
 * hoiso holds about me", gathered from every module that holds something about her.
 */
@Controller
class MeController {

    private final MemberRegistry members;
    private final List<PersonalDataSource> sources;
    private final JsonMapper json;
    private final Audit audit;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final List<MemberHomeSection> homeSections;

    MeController(MemberRegistry members, List<PersonalDataSource> sources, JsonMapper json, Audit audit, Messages messages,
            Formats formats, Clock clock, List<MemberHomeSection> homeSections) {
        this.members = members;
        this.sources = sources;
        this.json = json;
        this.audit = audit;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.homeSections = homeSections;
    }

    @GetMapping("/me")
    String home(Model model, Locale locale, Caller caller) {
        Member m = members.own(member(caller));
        model.addAttribute("m", m);
        model.addAttribute("memberNumber", members.number(m.id()));
        // what other modules have for her (warnings, …): platform's MemberHomeSection
        model.addAttribute("homeBlocks",
                homeSections.stream().map(s -> s.forMember(caller, locale)).flatMap(Optional::stream).toList());
        return "account/me";
    }

    @PostMapping("/me/consents/withdraw")
    String withdraw(RedirectAttributes redirect, Caller caller) {
        members.withdrawSensitiveConsent(member(caller));
        Outcome.notice(redirect, messages.get("me.consent.withdrawn"));
        return "redirect:/me";
    }

    @GetMapping("/me/data")
    ResponseEntity<byte[]> data(Caller caller) {
        Map<String, Object> out = gathered(caller, "the member downloaded her data");
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsString(out).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("du-lieu-cua-toi.json").build().toString())
                .body(body);
    }

    /** The same data as a page in her language, with Viet Nam's dates and times, to read or print as a PDF. */
    @GetMapping("/me/data/page")
    String dataPage(Model model, Caller caller) {
        Map<String, Object> out = gathered(caller, "the member read her data");
        model.addAttribute("generatedAt", formats.dateTime(OffsetDateTime.parse((String) out.get("generatedAt"))));
        model.addAttribute("sections", new PersonalDataPage(messages, formats).sections(out));
        model.addAttribute("pageScripts", List.of("/js/print.js"));
        return "account/data";
    }

    /** What every module holds about her, audited as an export of her record. */
    private Map<String, Object> gathered(Caller caller, String note) {
        member(caller);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("generatedAt", OffsetDateTime.now(clock).toString());
        out.put("about", "Dữ liệu hoiso lưu về bạn / What hoiso holds about you");
        for (PersonalDataSource s : sources) {
            out.put(s.section(), s.about(caller.memberId()));
        }
        audit.record(Audit.Action.EXPORT, "member", caller.memberId(), null, note);
        return out;
    }

    private static Caller member(Caller caller) {
        if (!caller.isMember()) {
            throw DomainException.forbidden("member.notSelf");
        }
        return caller;
    }
}

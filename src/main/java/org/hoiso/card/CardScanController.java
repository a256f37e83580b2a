package org.hoiso.card;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The officer's offline checker, an installable web app under /cards/: the scan page, its manifest,
 * its service worker (served here so its scope is /cards/) and the public keys it verifies with.
 */
@Controller
class CardScanController {

    private final CardKeys keys;
    private final MemberCards cards;
    private final Messages messages;
    private final String serviceWorker;

    CardScanController(CardKeys keys, MemberCards cards, Messages messages) throws IOException {
        this.keys = keys;
        this.cards = cards;
        this.messages = messages;
        try (InputStream in = new ClassPathResource("card/sw.js").getInputStream()) {
            this.serviceWorker = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @GetMapping("/cards/scan")
    String scan(Model model, Caller caller) {
        if (caller.readableUnits().isEmpty()) {
            throw DomainException.forbidden("card.verify.officersOnly");
        }
        model.addAttribute("pageStyles", List.of("/css/card.css"));
        model.addAttribute("pageScripts", List.of("/js/card-scan.js"));
        model.addAttribute("pageManifest", "/cards/manifest.webmanifest");
        return "card/scan";
    }

    /** Public keys that verify cards: public by nature, readable without login, cached briefly. */
    @GetMapping(value = "/cards/keys.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> keys() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(Map.of("keys", keys.publishedKeys()));
    }

    @GetMapping(value = "/cards/manifest.webmanifest", produces = "application/manifest+json")
    @ResponseBody
    Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", messages.get("card.scan.appName"));
        m.put("short_name", messages.get("card.scan.shortName"));
        m.put("start_url", "/cards/scan");
        m.put("scope", "/cards/");
        m.put("display", "standalone");
        m.put("background_color", "#ffffff");
        m.put("theme_color", "#9b1c4c");
        m.put("icons", List.of(Map.of("src", "/cards/icon.svg", "sizes", "any", "type", "image/svg+xml")));
        return m;
    }

    /** The service worker must be served from /cards/ for its scope to be /cards/. Never cached by HTTP. */
    @GetMapping(value = "/cards/sw.js", produces = "text/javascript")
    @ResponseBody
    ResponseEntity<String> serviceWorker() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(serviceWorker);
    }

    record TokenRequest(String token) {
    }

    /** A missing or broken body is the caller's mistake, not a server error (the pages' handler would say 500). */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    @ResponseBody
    ResponseEntity<Map<String, Object>> unreadable() {
        return ResponseEntity.badRequest().body(Map.of("status", "MALFORMED", "message", messages.get("card.status.MALFORMED")));
    }

    /** The scan page's online check (revocation), in the pages' session with its CSRF header. */
    @PostMapping(value = "/cards/verify.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> verify(@RequestBody TokenRequest request, Caller caller) {
        return CardApi.json(cards.verify(caller, request.token()), messages);
    }
}

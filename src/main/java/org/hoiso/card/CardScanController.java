package org.hoiso.card;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
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
    ResponseEntity<PublicKeys> keys() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(new PublicKeys(keys.publishedKeys()));
    }

    /** A JSON Web Key Set: the keys that verify cards now. */
    record PublicKeys(List<CardKeys.Jwk> keys) {
    }

    /** The web app manifest of the checker (its JSON names are the standard's). */
    record Manifest(String name, @JsonProperty("short_name") String shortName, @JsonProperty("start_url") String startUrl,
            String scope, String display, @JsonProperty("background_color") String backgroundColor,
            @JsonProperty("theme_color") String themeColor, List<Icon> icons) {
    }

    record Icon(String src, String sizes, String type) {
    }

    @GetMapping(value = "/cards/manifest.webmanifest", produces = "application/manifest+json")
    @ResponseBody
    Manifest manifest() {
        return new Manifest(messages.get("card.scan.appName"), messages.get("card.scan.shortName"), "/cards/scan", "/cards/",
                "standalone", "#ffffff", "#9b1c4c", List.of(new Icon("/cards/icon.svg", "any", "image/svg+xml")));
    }

    /** The service worker must be served from /cards/ for its scope to be /cards/. Never cached by HTTP. */
    @GetMapping(value = "/cards/sw.js", produces = "text/javascript")
    @ResponseBody
    ResponseEntity<String> serviceWorker() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(serviceWorker);
    }

    record TokenRequest(String token) {
    }

    /** What the checker reads when the request itself was unreadable. */
    record Unreadable(CardToken.Status status, String message) {
    }

    /** A missing or broken body is the caller's mistake, not a server error (the pages' handler would say 500). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseBody
    ResponseEntity<Unreadable> unreadable() {
        return ResponseEntity.badRequest()
                .body(new Unreadable(CardToken.Status.MALFORMED, messages.get("card.status.MALFORMED")));
    }

    /** The scan page's online check (revocation), in the pages' session with its CSRF header. */
    @PostMapping(value = "/cards/verify.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    CardApi.Verdict verify(@RequestBody TokenRequest request, Caller caller) {
        return CardApi.json(cards.verify(caller, request.token()), messages);
    }
}

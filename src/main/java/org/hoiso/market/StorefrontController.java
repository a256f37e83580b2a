package org.hoiso.market;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public catalogue's pages, no login, the same in Vietnamese ({@code /cho-so/**}) and English
 * ({@code /en/market/**}): search with filters, product pages (JSON-LD, the order form, a report link), shop pages,
 * "Buy from the Union" and the listed photos (cached by browsers and proxies).
 */
@Controller
class StorefrontController {

    private final Storefront storefront;
    private final Reviews reviews;
    private final JsonLd jsonLd;
    private final MarketLinks links;
    private final Messages messages;

    StorefrontController(Storefront storefront, Reviews reviews, JsonLd jsonLd, MarketLinks links, Messages messages) {
        this.storefront = storefront;
        this.reviews = reviews;
        this.jsonLd = jsonLd;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping({"/cho-so", "/en/market"})
    String catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) String province,
            @RequestParam(required = false) String commune, @RequestParam(required = false) String category,
            @RequestParam(required = false) String ocop, @RequestParam(required = false) String min,
            @RequestParam(required = false) String max, @RequestParam(required = false) String to,
            @RequestParam(required = false) String after, Locale locale, HttpServletRequest request, Model model) {
        String lang = lang(locale);
        CatalogueQuery query = new CatalogueQuery(q, province, commune, Category.of(category), number(ocop), money(min),
                money(max), to, money(after));
        try {
            model.addAttribute("page", storefront.search(query));
        } catch (DomainException e) {
            Outcome.errors(model, messages.all(e));
            model.addAttribute("page", new Storefront.Page(List.of(), null));
        }
        model.addAttribute("query", query);
        model.addAttribute("provinces", storefront.provinces());
        model.addAttribute("communes", storefront.communesOf(province));
        model.addAttribute("categories", Category.values());
        model.addAttribute("today", storefront.today());
        String qs = request.getQueryString() == null ? "" : "?" + request.getQueryString().replaceAll("(^|&)after=[^&]*", "");
        alternates(model, links.catalogue("vi") + qs, links.catalogue("en") + qs, lang);
        model.addAttribute("pageStyles", List.of("/css/market.css"));
        return "market/catalogue";
    }

    @GetMapping({"/cho-so/san-pham/{id}", "/en/market/products/{id}"})
    String product(@PathVariable long id, Locale locale, Model model) {
        Storefront.ProductPage page = storefront.product(id);
        productModel(page, locale, model);
        return "market/product";
    }

    /** The product page, for this controller and the order form's refusals. */
    void productModel(Storefront.ProductPage page, Locale locale, Model model) {
        String lang = lang(locale);
        model.addAttribute("pp", page);
        model.addAttribute("jsonLd", jsonLd.product(page, locale));
        model.addAttribute("provinces", storefront.provinces());
        model.addAttribute("reasons", ReportReason.values());
        model.addAttribute("today", storefront.today());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        alternates(model, links.product(page.product().id(), "vi"), links.product(page.product().id(), "en"), lang);
        model.addAttribute("pageStyles", List.of("/css/market.css"));
    }

    @PostMapping({"/cho-so/san-pham/{id}/bao-cao", "/en/market/products/{id}/report"})
    String report(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        Storefront.ProductPage page = storefront.product(id);
        ReportReason r = null;
        for (ReportReason x : ReportReason.values()) {
            r = x.name().equals(reason) ? x : r;
        }
        try {
            reviews.report(page.shop().id(), id, r, note);
            Outcome.notice(redirect, messages.get("market.report.thanks"));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:" + links.product(id, lang(locale));
    }

    @GetMapping({"/cho-so/cua-hang/{id}", "/en/market/shops/{id}"})
    String shop(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("sp", storefront.shop(id));
        model.addAttribute("today", storefront.today());
        alternates(model, links.shop(id, "vi"), links.shop(id, "en"), lang(locale));
        model.addAttribute("pageStyles", List.of("/css/market.css"));
        return "market/shop";
    }

    @GetMapping({"/cho-so/don-vi/{id}", "/en/market/union/{id}"})
    String union(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("up", storefront.union(id));
        alternates(model, links.union(id, "vi"), links.union(id, "en"), lang(locale));
        model.addAttribute("pageStyles", List.of("/css/market.css"));
        return "market/union";
    }

    @GetMapping("/cho-so/anh/{id}")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return image(storefront.photo(id, false));
    }

    @GetMapping("/cho-so/anh/{id}/nho")
    ResponseEntity<byte[]> thumb(@PathVariable long id) {
        return image(storefront.photo(id, true));
    }

    /** A listed photo: the same bytes for an hour, for every visitor (a hidden listing's photos go after that). */
    static ResponseEntity<byte[]> image(ProductRepository.PhotoBytes p) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(p.bytes());
    }

    static void alternates(Model model, String vi, String en, String lang) {
        model.addAttribute("hrefVi", vi);
        model.addAttribute("hrefEn", en);
        model.addAttribute("otherLanguage", "en".equals(lang) ? vi : en);
    }

    static String lang(Locale locale) {
        return Product.english(locale) ? "en" : "vi";
    }

    private static Integer number(String s) {
        return s == null || !s.strip().matches("[0-9]{1,2}") ? null : Integer.valueOf(s.strip());
    }

    private static Long money(String s) {
        MarketText.Amount a = s == null || s.isBlank() ? null : MarketText.price(s);
        return a == null ? null : a.value();
    }
}

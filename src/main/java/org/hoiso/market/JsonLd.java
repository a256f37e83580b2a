package org.hoiso.market;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.platform.web.Messages;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A product page's schema.org description for search engines (JSON-LD): {@code Product} with one {@code Offer} per
 * variant (price, currency VND, availability, the shop as seller) and, while the OCOP rating is valid,
 * {@code hasCertification} (a {@code Certification} with the decision, the issuing authority, its dates and stars).
 * Written with the JSON library and with every {@code <} escaped, so no text a seller typed can close the script.
 */
@Component
class JsonLd {

    private static final String SCHEMA = "https://schema.org/";

    private final JsonMapper json;
    private final MarketLinks links;
    private final Messages messages;

    JsonLd(JsonMapper json, MarketLinks links, Messages messages) {
        this.json = json;
        this.links = links;
        this.messages = messages;
    }

    String product(Storefront.ProductPage page, Locale locale) {
        String lang = Product.english(locale) ? "en" : "vi";
        Product p = page.product();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", "https://schema.org");
        root.put("@type", "Product");
        root.put("@id", links.absolute(links.product(p.id(), lang)) + "#product");
        root.put("name", p.name(locale));
        if (p.description(locale) != null) {
            root.put("description", p.description(locale));
        }
        root.put("url", links.absolute(links.product(p.id(), lang)));
        root.put("sku", "CS-" + p.id());
        root.put("category", messages.get(locale, "market.category." + p.category().name()));
        root.put("image", p.photoIds().stream().map(id -> links.absolute(links.photo(id))).toList());
        root.put("countryOfOrigin", Map.of("@type", "Country", "name", "VN"));
        Map<String, Object> seller = new LinkedHashMap<>();
        seller.put("@type", "Organization");
        seller.put("name", page.shop().name());
        seller.put("url", links.absolute(links.shop(page.shop().id(), lang)));
        List<Map<String, Object>> offers = new ArrayList<>();
        for (Variant v : p.variants()) {
            Map<String, Object> offer = new LinkedHashMap<>();
            offer.put("@type", "Offer");
            if (v.name(locale) != null) {
                offer.put("name", v.name(locale));
            }
            offer.put("sku", "CS-" + p.id() + "-" + v.id());
            offer.put("price", v.price());
            offer.put("priceCurrency", "VND");
            offer.put("availability", SCHEMA + (v.stock() == null ? "MadeToOrder" : v.stock() > 0 ? "InStock" : "OutOfStock"));
            offer.put("itemCondition", SCHEMA + "NewCondition");
            offer.put("url", links.absolute(links.product(p.id(), lang)));
            offer.put("seller", seller);
            offers.add(offer);
        }
        root.put("offers", offers);
        Ocop ocop = page.ocop();
        if (ocop != null) {
            Map<String, Object> certification = new LinkedHashMap<>();
            certification.put("@type", "Certification");
            certification.put("name", messages.get(locale, "market.ocop.badge", ocop.stars()));
            certification.put("certificationIdentification", ocop.decision());
            certification.put("issuedBy", Map.of("@type", "Organization", "name", ocop.authority()));
            certification.put("validFrom", ocop.date().toString());
            certification.put("expires", ocop.expires().toString());
            certification.put("certificationRating",
                    Map.of("@type", "Rating", "ratingValue", ocop.stars(), "bestRating", 5, "worstRating", 3));
            root.put("hasCertification", certification);
        }
        return json.writeValueAsString(root).replace("<", "\\u003c");
    }
}

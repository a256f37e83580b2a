package org.hoiso.market;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.hoiso.platform.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What search engines and shopping services read, no login: {@code /sitemap.xml} (an index of sitemaps of at most
 * {@value #PER_SITEMAP} products each, every address with its other-language alternate) and a Google Merchant feed
 * per language (RSS 2.0 with the {@code g:} fields; one language per feed, as Google asks: the English feed has the
 * products whose seller wrote an English name). Products without a photo are left out of the feeds (Google refuses
 * them).
 */
@Controller
class FeedController {

    static final int PER_SITEMAP = 20_000;
    private static final int BATCH = 1000;
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String G_NS = "http://base.google.com/ns/1.0";

    private final StorefrontRepository storefront;
    private final ProductRepository products;
    private final ShopRepository shops;
    private final MarketLinks links;
    private final Messages messages;
    private final XMLOutputFactory xml = XMLOutputFactory.newInstance();

    FeedController(StorefrontRepository storefront, ProductRepository products, ShopRepository shops, MarketLinks links,
            Messages messages) {
        this.storefront = storefront;
        this.products = products;
        this.shops = shops;
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/sitemap.xml")
    @Transactional(readOnly = true)
    void sitemapIndex(HttpServletResponse response) throws IOException, XMLStreamException {
        long pages = (storefront.listedCount() + PER_SITEMAP - 1) / PER_SITEMAP;
        try (OutputStream out = open(response, "application/xml")) {
            XMLStreamWriter w = xml.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(SITEMAP_NS);
            for (long n = 0; n <= pages; n++) {
                w.writeStartElement("sitemap");
                element(w, "loc", links.absolute("/sitemap-market-" + n + ".xml"));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        }
    }

    /** Page 0: the catalogue and the published shops; page n: the n-th {@value #PER_SITEMAP} listed products. */
    @GetMapping("/sitemap-market-{page}.xml")
    @Transactional(readOnly = true)
    void sitemap(@PathVariable int page, HttpServletResponse response) throws IOException, XMLStreamException {
        if (page < 0 || page > 10_000) {
            response.sendError(404);
            return;
        }
        try (OutputStream out = open(response, "application/xml")) {
            XMLStreamWriter w = xml.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            w.writeNamespace("xhtml", XHTML_NS);
            if (page == 0) {
                pair(w, links.catalogue("vi"), links.catalogue("en"));
                for (long id : shops.publishedIds(PER_SITEMAP)) {
                    pair(w, links.shop(id, "vi"), links.shop(id, "en"));
                }
            } else {
                long after = 0;
                int skip = (page - 1) * PER_SITEMAP;
                int written = 0;
                while (written < PER_SITEMAP) {
                    List<Long> ids = storefront.listedIds(after, BATCH);
                    if (ids.isEmpty()) {
                        break;
                    }
                    for (long id : ids) {
                        if (skip > 0) {
                            skip--;
                        } else if (written < PER_SITEMAP) {
                            pair(w, links.product(id, "vi"), links.product(id, "en"));
                            written++;
                        }
                    }
                    after = ids.get(ids.size() - 1);
                }
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        }
    }

    @GetMapping("/cho-so/google-merchant.xml")
    @Transactional(readOnly = true)
    void feedVi(HttpServletResponse response) throws IOException, XMLStreamException {
        feed(response, Locale.forLanguageTag("vi"));
    }

    @GetMapping("/en/market/google-merchant.xml")
    @Transactional(readOnly = true)
    void feedEn(HttpServletResponse response) throws IOException, XMLStreamException {
        feed(response, Locale.ENGLISH);
    }

    private void feed(HttpServletResponse response, Locale locale) throws IOException, XMLStreamException {
        boolean english = Product.english(locale);
        String lang = english ? "en" : "vi";
        try (OutputStream out = open(response, "application/rss+xml")) {
            XMLStreamWriter w = xml.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("g", G_NS);
            w.writeStartElement("channel");
            element(w, "title", messages.get(locale, "market.title"));
            element(w, "link", links.absolute(links.catalogue(lang)));
            element(w, "description", messages.get(locale, "market.feed.description"));
            long after = 0;
            while (true) {
                List<Product> batch = products.listedAfter(after, BATCH);
                if (batch.isEmpty()) {
                    break;
                }
                Map<Long, String> shopNames = products.shopNames(batch.stream().map(Product::shopId).distinct().toList());
                for (Product p : batch) {
                    if (p.photoIds().isEmpty() || english && p.nameEn() == null) {
                        continue;
                    }
                    item(w, p, shopNames.get(p.shopId()), locale, lang);
                }
                after = batch.get(batch.size() - 1).id();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        }
    }

    private void item(XMLStreamWriter w, Product p, String shopName, Locale locale, String lang) throws XMLStreamException {
        Variant first = p.variants().isEmpty() ? null : p.variants().get(0);
        w.writeStartElement("item");
        element(w, G_NS, "id", "CS-" + p.id());
        element(w, "title", p.name(locale));
        String description = p.description(locale);
        element(w, "description", description == null || english(locale) && p.descriptionEn() == null
                ? p.name(locale)
                : description);
        element(w, "link", links.absolute(links.product(p.id(), lang)));
        element(w, G_NS, "image_link", links.absolute(links.photo(p.photoIds().get(0))));
        for (int i = 1; i < Math.min(p.photoIds().size(), 10); i++) {
            element(w, G_NS, "additional_image_link", links.absolute(links.photo(p.photoIds().get(i))));
        }
        element(w, G_NS, "availability", first != null && first.available() ? "in_stock" : "out_of_stock");
        element(w, G_NS, "price", (first == null ? p.price() : first.price()) + " VND");
        element(w, G_NS, "condition", "new");
        element(w, G_NS, "brand", shopName);
        element(w, G_NS, "identifier_exists", "no");
        element(w, G_NS, "product_type", messages.get(locale, "market.category." + p.category().name()));
        w.writeEndElement();
    }

    private static boolean english(Locale locale) {
        return Product.english(locale);
    }

    private void pair(XMLStreamWriter w, String vi, String en) throws XMLStreamException {
        for (String loc : List.of(vi, en)) {
            w.writeStartElement("url");
            element(w, "loc", links.absolute(loc));
            alternate(w, "vi", vi);
            alternate(w, "en", en);
            w.writeEndElement();
        }
    }

    private void alternate(XMLStreamWriter w, String lang, String path) throws XMLStreamException {
        w.writeEmptyElement("xhtml", "link", XHTML_NS);
        w.writeAttribute("rel", "alternate");
        w.writeAttribute("hreflang", lang);
        w.writeAttribute("href", links.absolute(path));
    }

    private static OutputStream open(HttpServletResponse response, String type) throws IOException {
        response.setContentType(type + ";charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        return response.getOutputStream();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text == null ? "" : text);
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String ns, String name, String text) throws XMLStreamException {
        w.writeStartElement("g", name, ns);
        w.writeCharacters(text == null ? "" : text);
        w.writeEndElement();
    }
}

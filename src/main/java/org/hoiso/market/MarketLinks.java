package org.hoiso.market;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hoiso.platform.web.PublicUrl;
import org.springframework.stereotype.Component;

/**
 * The public catalogue's addresses in both languages, for pages ({@code ${@marketLinks.product(id, lang)}}), the
 * sitemap, the feeds and JSON-LD: Vietnamese under {@code /cho-so}, English under {@code /en/market}. Photos and
 * VietQR images have one address. Absolute addresses start with {@code hoiso.market.public-url}, or the request's own.
 */
@Component("marketLinks")
public class MarketLinks {

    private final PublicUrl publicUrl;

    static final String VI = "/cho-so";
    static final String EN = "/en/market";

    private final MarketProperties settings;

    MarketLinks(MarketProperties settings, PublicUrl publicUrl) {
        this.settings = settings;
        this.publicUrl = publicUrl;
    }

    public String catalogue(String lang) {
        return root(lang);
    }

    public String product(long id, String lang) {
        return root(lang) + (en(lang) ? "/products/" : "/san-pham/") + id;
    }

    public String order(long productId, String lang) {
        return product(productId, lang) + (en(lang) ? "/order" : "/dat-hang");
    }

    public String report(long productId, String lang) {
        return product(productId, lang) + (en(lang) ? "/report" : "/bao-cao");
    }

    public String shop(long id, String lang) {
        return root(lang) + (en(lang) ? "/shops/" : "/cua-hang/") + id;
    }

    public String union(long unitId, String lang) {
        return root(lang) + (en(lang) ? "/union/" : "/don-vi/") + unitId;
    }

    public String track(String lang) {
        return root(lang) + (en(lang) ? "/orders" : "/don-hang");
    }

    /** The buyer's page of her order, with its key. */
    public String orderPage(String code, String key, String lang) {
        return track(lang) + "/" + code + "?k=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    public String qrPng(String code, String key) {
        return VI + "/don-hang/" + code + "/vietqr.png?k=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    public String feed(String lang) {
        return root(lang) + "/google-merchant.xml";
    }

    public String photo(long id) {
        return VI + "/anh/" + id;
    }

    public String thumb(long id) {
        return VI + "/anh/" + id + "/nho";
    }

    /** The address with scheme and host, for the sitemap, the feeds and JSON-LD. */
    public String absolute(String path) {
        String base = settings.publicUrl().isEmpty()
                ? publicUrl.of("").replaceAll("/$", "")
                : settings.publicUrl();
        return base + path;
    }

    static boolean en(String lang) {
        return "en".equals(lang);
    }

    private static String root(String lang) {
        return en(lang) ? EN : VI;
    }
}

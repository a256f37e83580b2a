package org.hoiso.platform.web;

import org.hoiso.platform.PlatformProperties;
import org.springframework.stereotype.Component;

/**
 * The address people reach hoiso at ({@code hoiso.public-url}): every absolute link hoiso writes (a printed
 * invitation, a certificate's or an activity's QR code, an e-mail, the OpenID Connect redirect) starts with it, never
 * with the Host header of a request, which a client chooses. Redirects are relative.
 */
@Component
public class PublicUrl {

    private final String base;

    PublicUrl(PlatformProperties settings) {
        String url = settings.publicUrl().strip();
        if (!url.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new IllegalArgumentException("hoiso.public-url must be an http(s) address such as https://hoiso.example.vn, is "
                    + url);
        }
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The absolute link of a path of hoiso ("/join?code=…"). */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}

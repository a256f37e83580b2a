package org.hoiso.market;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The digital market's settings ({@code hoiso.market.*}). The defaults are here and nowhere else; a wrong value
 * stops the start with the property's name.
 *
 * @param publicUrl       the address the public catalogue is reached at ({@code https://hoiso.example.vn}), for the
 *                        absolute links of the sitemap, the merchant feeds and JSON-LD; empty = {@code hoiso.public-url}, never the Host header of a request
 * @param photoMaxBytes   largest photo a seller may upload, in bytes
 * @param photoMaxPixels  largest photo in pixels (width × height, read from the file's header before decoding)
 * @param photoSize       longest side of the photo kept, in pixels (a thumbnail is made besides)
 * @param thumbSize       longest side of a thumbnail, in pixels
 * @param pageSize        products on one page of the catalogue
 * @param inviteDays      days a shop's invitation code for another manager stays valid
 */
@ConfigurationProperties("hoiso.market")
@Validated
record MarketProperties(@DefaultValue("") String publicUrl,
        @DefaultValue("5242880") @Min(1024) long photoMaxBytes,
        @DefaultValue("40000000") @Min(10_000) long photoMaxPixels,
        @DefaultValue("1200") @Min(100) @Max(4000) int photoSize,
        @DefaultValue("360") @Min(32) @Max(1000) int thumbSize,
        @DefaultValue("24") @Min(1) @Max(100) int pageSize,
        @DefaultValue("7") @Min(1) int inviteDays) {

    MarketProperties {
        if (!publicUrl.isEmpty() && !publicUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new IllegalArgumentException("hoiso.market.public-url is not an http(s) address: '" + publicUrl + "'");
        }
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}

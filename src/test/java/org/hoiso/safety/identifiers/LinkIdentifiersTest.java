package org.hoiso.safety.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkIdentifiersTest {

    @ParameterizedTest(name = "{0} is the link {1}")
    @CsvSource(delimiter = '|', value = {
            "https://www.vietcombank-secure.xyz/login/          | vietcombank-secure.xyz/login",
            "http://login.Vietcombank-Secure.XYZ/login?next=/a   | vietcombank-secure.xyz/login",
            "vietcombank-secure.xyz/login#top                    | vietcombank-secure.xyz/login",
            "www.example.com.vn                                  | example.com.vn",
            "https://shop.example.com.vn//khuyen-mai//           | example.com.vn/khuyen-mai",
            "https://a.b.c.example.gov.vn/x/Y                    | example.gov.vn/x/Y",
            "HTTPS://EXAMPLE.COM:8443/pay                        | example.com/pay",
            // the part before @ is no host: the link goes to evil.xyz
            "https://vietcombank.com.vn@evil.xyz/verify          | evil.xyz/verify",
            // a private suffix: every blog of blogspot.com is a site of its own
            "https://scam-one.blogspot.com/2025/06/x.html        | scam-one.blogspot.com/2025/06/x.html",
            "bit.ly/3AbCdEf                                      | bit.ly/3AbCdEf",
            "https://ví-dụ.vn/khuyến-mãi                         | xn--v-d-rma6749a.vn/khuyến-mãi",
            "http://203.0.113.7/app.apk                          | 203.0.113.7/app.apk",
            // a Facebook page that is no profile (a post) stays a link
            "https://www.facebook.com/share/p/1AbC/              | facebook.com/share/p/1AbC"})
    void aLinkIsKeptAsItsRegisteredDomainAndPath(String typed, String kept) {
        assertThat(LinkIdentifiers.normalise(typed)).contains(new Identifier(IdentifierKind.LINK, kept));
    }

    @ParameterizedTest(name = "{0} is the profile {1}")
    @CsvSource(delimiter = '|', value = {
            "https://www.facebook.com/profile.php?id=100012345678901       | https://www.facebook.com/profile.php?id=100012345678901",
            "m.facebook.com/profile.php?ref=x&id=100012345678901&sk=about  | https://www.facebook.com/profile.php?id=100012345678901",
            "https://web.facebook.com/100012345678901                      | https://www.facebook.com/profile.php?id=100012345678901",
            "https://www.facebook.com/people/Nguyen-Van-A/100012345678901/ | https://www.facebook.com/profile.php?id=100012345678901",
            "https://fb.com/Nguyen.Van.Lua                                 | https://www.facebook.com/nguyen.van.lua",
            "fb.me/nguyen.van.lua                                          | https://www.facebook.com/nguyen.van.lua",
            "https://mbasic.facebook.com/nguyen.van.lua?refid=8             | https://www.facebook.com/nguyen.van.lua",
            "https://m.me/nguyen.van.lua                                   | https://www.facebook.com/nguyen.van.lua",
            "https://www.facebook.com/groups/vaytiennhanh24h/              | https://www.facebook.com/groups/vaytiennhanh24h",
            "https://zalo.me/0912345678                                    | https://zalo.me/0912345678",
            "zalo.me/84912345678                                           | https://zalo.me/0912345678",
            "https://zalo.me/01691234567                                   | https://zalo.me/0391234567",
            "https://zalo.me/g/abcd1234                                    | https://zalo.me/g/abcd1234",
            "https://www.tiktok.com/@Lua.Dao_24h/video/7312345678901234567 | https://www.tiktok.com/@lua.dao_24h",
            "m.tiktok.com/@lua.dao_24h                                     | https://www.tiktok.com/@lua.dao_24h",
            "t.me/Dau_Tu_24h                                               | https://t.me/dau_tu_24h"})
    void aProfileIsKeptAsItsCanonicalAddress(String typed, String kept) {
        assertThat(LinkIdentifiers.normalise(typed)).contains(new Identifier(IdentifierKind.PROFILE, kept));
    }

    @ParameterizedTest(name = "\"{0}\" is no link")
    @ValueSource(strings = {"", "javascript:alert(1)", "data:text/html,<script>x</script>", "ftp://example.com/x",
            "mailto:a@example.com", "localhost/x", "http://com.vn/x", "https://exa mple.com", "http://-bad-.com",
            "https://[::1]/x"})
    void whatIsNoWebAddressIsRefused(String typed) {
        assertThat(LinkIdentifiers.normalise(typed)).isEmpty();
    }
}

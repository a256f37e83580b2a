package org.hoiso.safety.identifiers;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Links as they are counted: the registered domain (the part a person or company registers, found with the
 * public-suffix list, so {@code login.vietcombank-secure.xyz} and {@code www.vietcombank-secure.xyz} are one site
 * while two blogs of {@code blogspot.com} are two) plus the path, without scheme, {@code www.}, query, fragment or
 * trailing slash: {@code https://Login.Example.com.vn/khuyen-mai/?ref=1} → {@code example.com.vn/khuyen-mai}. A
 * link to a social profile becomes the profile's canonical URL ({@link ProfileIdentifiers}).
 */
public final class LinkIdentifiers {

    private static final Pattern SCHEME = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*)://");
    private static final Pattern NO_SCHEME_BUT_COLON = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:(?!\\d)");
    private static final Pattern SPACE = Pattern.compile("\\s");

    private LinkIdentifiers() {
    }

    /** The link or profile, or empty when the text is no web address. */
    public static Optional<Identifier> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = input.strip();
        if (text.isEmpty() || text.length() > 2000 || SPACE.matcher(text).find()) {
            return Optional.empty();
        }
        var scheme = SCHEME.matcher(text);
        if (scheme.find()) {
            String s = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!s.equals("http") && !s.equals("https")) {
                return Optional.empty();
            }
            text = text.substring(scheme.end());
        } else if (NO_SCHEME_BUT_COLON.matcher(text).find()) {
            return Optional.empty(); // javascript:, data:, mailto: …
        }
        int end = firstOf(text, "/?#");
        String authority = text.substring(0, end);
        String rest = text.substring(end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        if (host.startsWith("[")) {
            return Optional.empty();
        }
        int colon = host.indexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        host = host(host);
        if (host == null) {
            return Optional.empty();
        }
        int queryAt = firstOf(rest, "?#");
        String path = rest.substring(0, queryAt);
        String query = "";
        if (queryAt < rest.length() && rest.charAt(queryAt) == '?') {
            int hash = rest.indexOf('#', queryAt);
            query = rest.substring(queryAt + 1, hash < 0 ? rest.length() : hash);
        }
        Optional<String> profile = ProfileIdentifiers.canonical(host, path, query);
        if (profile.isPresent()) {
            return Optional.of(new Identifier(IdentifierKind.PROFILE, profile.get()));
        }
        String site = registered(host);
        if (site == null) {
            return Optional.empty();
        }
        String cleanPath = path.replaceAll("/{2,}", "/").replaceAll("/+$", "");
        String value = site + cleanPath;
        return value.length() > Identifier.MAX_LENGTH
                ? Optional.empty()
                : Optional.of(new Identifier(IdentifierKind.LINK, value));
    }

    /** Whether the text looks like a web address rather than a phone number or an account. */
    public static boolean looksLikeLink(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.contains("://") || t.startsWith("www.") || t.matches("[^\\s/]*[a-z][^\\s/]*\\.[a-z]{2,}(/.*)?");
    }

    /** The host in lower-case ASCII (an internationalised name in punycode), or null when it is none. */
    private static String host(String raw) {
        String h = raw.endsWith(".") ? raw.substring(0, raw.length() - 1) : raw;
        if (h.isEmpty()) {
            return null;
        }
        try {
            h = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (InetAddresses.isInetAddress(h)) {
            return h;
        }
        return InternetDomainName.isValid(h) ? h : null;
    }

    /** The registered domain of a host (an IP address as it is), or null when the host is a public suffix or unknown. */
    private static String registered(String host) {
        if (InetAddresses.isInetAddress(host)) {
            return host;
        }
        InternetDomainName name = InternetDomainName.from(host);
        return name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : null;
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}

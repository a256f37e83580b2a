package org.hoiso.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Forwarded headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host}, {@code Forwarded}) are believed only
 * from the reverse proxies of {@code hoiso.trusted-proxies}; from anyone else they are removed, so a client cannot
 * pretend to be another address and escape the per-address limits. Behind a trusted proxy the client is the
 * right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy (what a client writes to the left
 * of it is not believed); scheme, host and port come through Spring's {@link ForwardedHeaderFilter}.
 */
final class TrustedProxies extends OncePerRequestFilter {

    private static final Set<String> CLIENT_HEADERS = Set.of("x-forwarded-for", "forwarded");

    private final List<Range> proxies;
    private final ForwardedHeaderFilter forwarded = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter removeOnly = new ForwardedHeaderFilter();

    TrustedProxies(List<String> proxies) {
        this.proxies = proxies.stream().map(String::strip).filter(p -> !p.isEmpty()).map(Range::parse).toList();
        removeOnly.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (!trusted(req.getRemoteAddr())) {
            removeOnly.doFilter(req, res, chain);
            return;
        }
        forwarded.doFilter(new FromClient(req, client(req)), res, chain);
    }

    /** The right-most address of X-Forwarded-For that is no trusted proxy; the proxy itself when there is none. */
    private String client(HttpServletRequest req) {
        String client = req.getRemoteAddr();
        Enumeration<String> headers = req.getHeaders("X-Forwarded-For");
        StringBuilder all = new StringBuilder();
        while (headers.hasMoreElements()) {
            all.append(all.isEmpty() ? "" : ",").append(headers.nextElement());
        }
        String[] hops = all.toString().split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty()) {
                continue;
            }
            client = hop;
            if (!trusted(hop)) {
                break;
            }
        }
        return client;
    }

    boolean trusted(String address) {
        if (proxies.isEmpty() || address == null) {
            return false;
        }
        byte[] bytes = Range.literal(address);
        return bytes != null && proxies.stream().anyMatch(p -> p.contains(bytes));
    }

    /** The request as the client made it: her address; the proxies' address headers hidden from what follows. */
    private static final class FromClient extends HttpServletRequestWrapper {

        private final String client;

        FromClient(HttpServletRequest request, String client) {
            super(request);
            this.client = client;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public String getHeader(String name) {
            return CLIENT_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return CLIENT_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                    ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(n -> !CLIENT_HEADERS.contains(n.toLowerCase(Locale.ROOT))).toList());
        }
    }

    /** An address or a CIDR range ("10.0.0.0/8", "fd00::/8", "192.0.2.7"). */
    record Range(byte[] network, int bits) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            byte[] address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("hoiso.trusted-proxies: not an IP address or range: " + text);
            }
            int bits = slash < 0 ? address.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (bits < 0 || bits > address.length * 8) {
                throw new IllegalArgumentException("hoiso.trusted-proxies: bad prefix length in " + text);
            }
            return new Range(address, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        /** The bytes of an IP literal, never a name lookup; null for anything else. */
        static byte[] literal(String text) {
            String t = text.strip();
            if (t.startsWith("[") && t.endsWith("]")) {
                t = t.substring(1, t.length() - 1);
            }
            if (!t.matches("[0-9.]+") && !(t.contains(":") && t.matches("[0-9A-Fa-f:.]+"))) {
                return null;
            }
            try {
                return InetAddress.getByName(t).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}

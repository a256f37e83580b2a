package org.hoiso.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a sign-in comes from: the client's address (after the trusted proxies, see the platform's ForwardedHeaders;
 * an IPv6 address counts by its /64, what one subscriber gets) and, for a browser, its device cookie, a random value
 * set at her first successful sign-in in that browser. Both are kept only as hashes.
 */
record SignInPlace(String addressKey, String deviceCookie, boolean api) {

    static final String DEVICE_COOKIE = "hoiso_device";
    private static final Pattern COOKIE_VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final SignInPlace NOWHERE = new SignInPlace("?", null, true);

    /** The place of the current request; "?" outside a request. */
    static SignInPlace current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
            return NOWHERE;
        }
        HttpServletRequest req = attrs.getRequest();
        String device = null;
        if (req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (DEVICE_COOKIE.equals(c.getName()) && COOKIE_VALUE.matcher(c.getValue()).matches()) {
                    device = c.getValue();
                }
            }
        }
        return new SignInPlace(addressKey(req.getRemoteAddr()), device,
                req.getRequestURI().startsWith(req.getContextPath() + "/api/"));
    }

    /** The address as counted: IPv4 whole, IPv6 by its first 64 bits. */
    static String addressKey(String address) {
        if (address == null || address.isBlank()) {
            return "?";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** The places as sign_in_place stores them: the address, and the browser when it has a device cookie. */
    List<String> places() {
        List<String> out = new ArrayList<>(2);
        out.add(addressPlace());
        if (deviceCookie != null) {
            out.add("d:" + AttemptCounters.hash(deviceCookie));
        }
        return out;
    }

    String addressPlace() {
        return "a:" + AttemptCounters.hash(addressKey);
    }

    /**
     * The browser's device place, giving it a device cookie first if it has none (a page sign-in only; an API
     * client keeps no cookies). Null outside a request.
     */
    String deviceForSuccess() {
        if (api) {
            return null;
        }
        String value = deviceCookie;
        if (value == null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs
                && attrs.getResponse() != null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            HttpServletResponse res = attrs.getResponse();
            ResponseCookie cookie = ResponseCookie.from(DEVICE_COOKIE, value).httpOnly(true).secure(attrs.getRequest().isSecure())
                    .sameSite("Lax").path("/").maxAge(Duration.ofDays(400)).build();
            res.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        }
        return value == null ? null : "d:" + AttemptCounters.hash(value);
    }
}

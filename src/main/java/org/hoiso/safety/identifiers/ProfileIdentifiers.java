package org.hoiso.safety.identifiers;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social profiles as they are counted, each by its canonical URL whatever address was copied: Facebook
 * ({@code facebook.com}, {@code m.}, {@code mbasic.}, {@code web.}, {@code fb.com}, {@code fb.me}, {@code m.me};
 * {@code profile.php?id=…}, {@code people/…/<id>}, a user name, a group), Zalo ({@code zalo.me/<phone>} with the
 * phone normalised, {@code zalo.me/g/…}, an official account's number), TikTok ({@code @user}) and Telegram
 * ({@code t.me/<user>}). Anything else on those sites (a post, a share link) is no profile and is kept as a link.
 */
final class ProfileIdentifiers {

    private static final Set<String> FACEBOOK = Set.of("facebook.com", "www.facebook.com", "m.facebook.com",
            "mbasic.facebook.com", "web.facebook.com", "touch.facebook.com", "mobile.facebook.com", "fb.com", "www.fb.com",
            "fb.me", "m.me");
    /** First path segments that are pages of Facebook, not user names (compared without a ".php" ending). */
    private static final Set<String> FACEBOOK_NOT_USERS = Set.of("watch", "share", "sharer", "events", "login", "marketplace",
            "photo", "photos", "story", "permalink", "reel", "reels", "hashtag", "help", "policies", "settings", "messages",
            "notifications", "friends", "home", "search", "pages", "ads", "business", "privacy", "legal", "gaming", "stories",
            "video", "videos", "dialog", "plugins", "recover", "checkpoint", "media", "posts");
    private static final Set<String> ZALO = Set.of("zalo.me", "www.zalo.me");
    private static final Set<String> TIKTOK = Set.of("tiktok.com", "www.tiktok.com", "m.tiktok.com");
    private static final Set<String> TELEGRAM = Set.of("t.me", "telegram.me", "www.t.me");

    private static final Pattern FB_USER = Pattern.compile("[A-Za-z0-9.]{5,50}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{5,20}");
    private static final Pattern FB_ID = Pattern.compile("(?:^|&)id=([0-9]{5,20})(?:&|$)");
    private static final Pattern TIKTOK_USER = Pattern.compile("@([A-Za-z0-9_.]{2,24})");
    private static final Pattern TELEGRAM_USER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{4,31}");
    private static final Pattern ZALO_GROUP = Pattern.compile("[A-Za-z0-9_-]{4,40}");

    private ProfileIdentifiers() {
    }

    /** The canonical profile URL, or empty when the address is no profile of these sites. */
    static Optional<String> canonical(String host, String path, String query) {
        String[] segments = segments(path);
        if (FACEBOOK.contains(host)) {
            return facebook(segments, query);
        }
        if (ZALO.contains(host)) {
            return zalo(segments);
        }
        if (TIKTOK.contains(host) && segments.length >= 1) {
            Matcher m = TIKTOK_USER.matcher(segments[0]);
            return m.matches() ? Optional.of("https://www.tiktok.com/@" + m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
        }
        if (TELEGRAM.contains(host) && segments.length >= 1 && TELEGRAM_USER.matcher(segments[0]).matches()
                && !segments[0].equalsIgnoreCase("joinchat") && !segments[0].equalsIgnoreCase("share")) {
            return Optional.of("https://t.me/" + segments[0].toLowerCase(Locale.ROOT));
        }
        return Optional.empty();
    }

    private static Optional<String> facebook(String[] s, String query) {
        if (s.length == 0) {
            return Optional.empty();
        }
        String first = s[0].toLowerCase(Locale.ROOT);
        if (first.equals("profile.php")) {
            Matcher id = FB_ID.matcher(query == null ? "" : query);
            return id.find() ? Optional.of(facebookId(id.group(1))) : Optional.empty();
        }
        if (first.equals("people") && s.length >= 3 && DIGITS.matcher(s[2]).matches()) {
            return Optional.of(facebookId(s[2]));
        }
        if (first.equals("groups") && s.length >= 2 && FB_USER.matcher(s[1]).matches()) {
            return Optional.of("https://www.facebook.com/groups/" + s[1].toLowerCase(Locale.ROOT));
        }
        if (DIGITS.matcher(first).matches()) {
            return Optional.of(facebookId(first));
        }
        String page = first.endsWith(".php") ? first.substring(0, first.length() - 4) : first;
        if (FB_USER.matcher(first).matches() && !first.endsWith(".php") && !FACEBOOK_NOT_USERS.contains(page) && s.length <= 2) {
            return Optional.of("https://www.facebook.com/" + first);
        }
        return Optional.empty();
    }

    private static String facebookId(String id) {
        return "https://www.facebook.com/profile.php?id=" + id;
    }

    private static Optional<String> zalo(String[] s) {
        if (s.length == 0) {
            return Optional.empty();
        }
        if (s[0].equalsIgnoreCase("g") && s.length >= 2 && ZALO_GROUP.matcher(s[1]).matches()) {
            return Optional.of("https://zalo.me/g/" + s[1]);
        }
        Optional<String> phone = PhoneIdentifiers.normalise(s[0]).flatMap(PhoneIdentifiers::nationalForm);
        if (phone.isPresent()) {
            return Optional.of("https://zalo.me/" + phone.get());
        }
        return DIGITS.matcher(s[0]).matches() ? Optional.of("https://zalo.me/" + s[0]) : Optional.empty();
    }

    private static String[] segments(String path) {
        String p = path == null ? "" : path.replaceAll("^/+|/+$", "");
        return p.isEmpty() ? new String[0] : p.split("/+");
    }
}

package org.hoiso.platform.notice;

/**
 * A notice to post to one account.
 *
 * @param userId     the account it is for
 * @param kind       what it is about, e.g. {@code report.returned}
 * @param textVi     its text in Vietnamese (at most 1,000 characters; longer is cut)
 * @param textEn     its text in English
 * @param link       where it leads: a path in hoiso starting with one "/"
 * @param subjectKey the thing it is about ({@code report:12}), whose opening marks it read; may be null
 * @param dedupeKey  makes it once-only for the account; may be null
 * @param digest     whether it waits for the poster's daily digest e-mail
 */
public record NewNotice(long userId, String kind, String textVi, String textEn, String link, String subjectKey,
        String dedupeKey, boolean digest) {

    static final int MAX_TEXT = 1000;

    public NewNotice {
        if (kind == null || kind.isBlank() || textVi == null || textEn == null) {
            throw new IllegalArgumentException("a notice needs a kind and its texts");
        }
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("a notice leads to a path in hoiso, not " + link);
        }
        textVi = cut(textVi);
        textEn = cut(textEn);
    }

    private static String cut(String text) {
        String t = text.strip();
        return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT - 1) + "…";
    }
}

package org.hoiso.platform.notice;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A notice as its reader sees it.
 *
 * @param link where it leads, a path in hoiso ({@code /reports/12})
 */
public record Notice(long id, long userId, String kind, String textVi, String textEn, String link, OffsetDateTime createdAt,
        OffsetDateTime readAt) {

    /** The text in the reader's language (Vietnamese unless English). */
    public String text(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? textEn : textVi;
    }

    public boolean read() {
        return readAt != null;
    }
}

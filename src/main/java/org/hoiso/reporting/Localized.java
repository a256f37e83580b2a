package org.hoiso.reporting;

import java.util.Locale;

/** Forms and indicators carry their names in both languages; Vietnamese is the default. */
final class Localized {

    private Localized() {
    }

    static String pick(Locale locale, String vi, String en) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english && en != null && !en.isBlank() ? en : vi;
    }
}

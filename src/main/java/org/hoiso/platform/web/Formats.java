package org.hoiso.platform.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hoiso.platform.text.VietnameseText;
import org.springframework.stereotype.Component;

/**
 * Display formats used by every page, as {@code ${@fmt.date(d)}}: dates dd/MM/yyyy in Viet Nam's
 * time zone, numbers and VND amounts with "." as the thousands separator.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(LocalDate d) {
        return DateInput.format(d);
    }

    public String dateTime(OffsetDateTime t) {
        return t == null ? "" : DATE_TIME.format(t.atZoneSameInstant(VietnameseText.ZONE));
    }

    public String number(long n) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0", symbols).format(n);
    }

    public String vnd(long amount) {
        return number(amount) + " ₫";
    }
}

package org.hoiso.reporting;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;

/** Request parameters shared by the pages and the API. */
final class ReportParams {

    private ReportParams() {
    }

    static Period period(String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(List.of(FieldProblem.of("period", "report.period.invalid", String.valueOf(text))));
        }
    }

    static TreeView view(String text) {
        return text != null && text.equalsIgnoreCase("today") ? TreeView.TODAY : TreeView.THEN;
    }

    /** A value as it goes back into an input: Vietnamese number format, true/false, or the text. */
    static String input(Value v, ValueType type) {
        if (v == null) {
            return "";
        }
        if (type != ValueType.TEXT && v.num() == null && v.txt() != null) {
            return v.txt(); // a small sensitive number, shown as "<5" (SmallNumbers)
        }
        return switch (type) {
            case TEXT -> v.txt() == null ? "" : v.txt();
            case BOOLEAN -> v.num() == null ? "" : (v.num().signum() != 0 ? "true" : "false");
            default -> v.num() == null ? "" : number(v.num());
        };
    }

    static String number(BigDecimal n) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.####", symbols).format(n);
    }
}

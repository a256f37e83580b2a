package org.hoiso.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoiso.platform.web.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How periods and values read on pages, in files for people and on paper, as {@code ${@rpt.period(p)}}:
 * "Tháng 03/2026", "6 tháng đầu năm 2026"; numbers with "." for thousands and "," for decimals.
 */
@Component("rpt")
public class ReportFormats {

    private final Messages messages;

    ReportFormats(Messages messages) {
        this.messages = messages;
    }

    public String period(Period p) {
        return period(p, LocaleContextHolder.getLocale());
    }

    public String period(Period p, Locale locale) {
        String month = String.format("%02d", p.index());
        String year = String.valueOf(p.start().getYear());
        return switch (p.periodicity()) {
            case MONTHLY -> messages.get(locale, "period.MONTHLY", month, year);
            case QUARTERLY -> messages.get(locale, "period.QUARTERLY", p.index(), year);
            case SIX_MONTHLY -> messages.get(locale, "period.SIX_MONTHLY." + p.index(), p.index(), year);
            case YEARLY -> messages.get(locale, "period.YEARLY", p.index(), year);
        };
    }

    /** A value for reading: 1.234 / 45,5 % / Có / the text. */
    public String value(Value v, ValueType type) {
        return value(v, type, LocaleContextHolder.getLocale());
    }

    public String value(Value v, ValueType type, Locale locale) {
        if (v == null) {
            return "";
        }
        if (type != ValueType.TEXT && v.num() == null && v.txt() != null) {
            return v.txt(); // a small sensitive number, shown as "<5" (SmallNumbers)
        }
        return switch (type) {
            case TEXT -> v.txt() == null ? "" : v.txt();
            case BOOLEAN -> v.num() == null ? "" : messages.get(locale, v.num().signum() != 0 ? "report.yes" : "report.no");
            case PERCENTAGE -> v.num() == null ? "" : number(v.num()) + " %";
            default -> v.num() == null ? "" : number(v.num());
        };
    }

    public String number(BigDecimal n) {
        return n == null ? "" : ReportParams.number(n);
    }

    /** An aggregate as a page shows it: "—" when nothing counted, "&lt;5" for a small sensitive figure, else the number. */
    public String figure(Aggregates.Figure f) {
        if (f.small().contains("")) {
            return SmallNumbers.SHOWN;
        }
        return f.value() == null ? "—" : number(f.value());
    }

    /** The fields of an indicator on a page: one, or one per category. */
    public List<ValueKey> keys(Indicator ind, Map<String, Dimension> dimensions) {
        return FormCheck.keys(ind, dimensions);
    }

    /** The name of a field's category, in the page's language. */
    public String category(Map<String, Dimension> dimensions, Indicator ind, ValueKey k) {
        Dimension d = ind.dimensionCode() == null ? null : dimensions.get(ind.dimensionCode());
        if (d == null) {
            return "";
        }
        return d.categories().stream().filter(c -> c.code().equals(k.category())).findFirst()
                .map(c -> c.name(LocaleContextHolder.getLocale())).orElse(k.category());
    }

    /** Where a computed indicator's values come from, in the page's language ("sổ hội viên"). */
    public String source(Indicator ind) {
        return messages.get(ComputedSource.of(ind.computedKey()).messageCode());
    }

    /** A field's element id (no dots, so htmx and CSS find it). */
    public String fieldId(ValueKey k) {
        return k.field().replace('.', '-');
    }
}

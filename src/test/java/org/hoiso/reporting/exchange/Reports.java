package org.hoiso.reporting.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hoiso.reporting.Period;
import org.hoiso.testing.Places;

/** Small builders of exchange reports for the tests. */
final class Reports {

    static final Map<String, ValueKind> KINDS = Map.of(
            "HAS_CLUB", ValueKind.YES_NO,
            "HAS_SHELTER", ValueKind.YES_NO,
            "NOTE", ValueKind.TEXT);

    private final String form;
    private final String unit;
    private final Period period;
    private final List<ExchangeValue> values = new ArrayList<>();

    private Reports(String form, String unit, String period) {
        this.form = form;
        this.unit = unit;
        this.period = Period.parse(period);
    }

    static Reports aReport(String form, String unit, String period) {
        return new Reports(form, unit, period);
    }

    static Function<String, ValueKind> kinds() {
        return code -> KINDS.getOrDefault(code, ValueKind.NUMBER);
    }

    Reports value(String indicator, String value) {
        values.add(new ExchangeValue(indicator, null, null, value));
        return this;
    }

    Reports value(String indicator, String dimension, String category, String value) {
        values.add(new ExchangeValue(indicator, dimension, category, value));
        return this;
    }

    ExchangeReport build() {
        return new ExchangeReport(form, unit, period, values);
    }

    /** A commune's half-year report with every kind of value, Vietnamese text included. */
    static ExchangeReport communeHalfYear() {
        return aReport("BM01", Places.OLD_TAN_DINH, "2025S1")
                .value("MEMBERS", "1234")
                .value("MEMBERS_BY_AGE", "AGE_BAND", "18_35", "410")
                .value("MEMBERS_BY_AGE", "AGE_BAND", "36_60", "824")
                .value("SHARE_POOR", "45.5")
                .value("LOANS", "-3")
                .value("HAS_CLUB", "true")
                .value("HAS_SHELTER", "false")
                .value("NOTE", "Số hộ gia đình thoát nghèo tăng; chị Nguyễn Thị Ánh Tuyết báo cáo <đầy đủ> & đúng hạn")
                .build();
    }

    static ExchangeReport wardQuarter() {
        return aReport(null, Places.BA_DINH, "2025Q2")
                .value("MEMBERS", "87")
                .value("HAS_CLUB", "false")
                .build();
    }

    /** The reports as they come back from a format that does not carry the dimension (CSV, XLSX, JSON). */
    static ExchangeReport withoutDimensions(ExchangeReport r) {
        return new ExchangeReport(r.formCode(), r.unitCode(), r.period(), r.values().stream()
                .map(v -> new ExchangeValue(v.indicatorCode(), null, v.category(), v.value(), v.row()))
                .toList());
    }

    /** The reports with the rows dropped, to compare what was read with what was written. */
    static List<ExchangeReport> withoutRows(List<ExchangeReport> reports) {
        return reports.stream().map(r -> new ExchangeReport(r.formCode(), r.unitCode(), r.period(), r.values().stream()
                .map(v -> new ExchangeValue(v.indicatorCode(), v.dimension(), v.category(), v.value()))
                .toList())).toList();
    }
}

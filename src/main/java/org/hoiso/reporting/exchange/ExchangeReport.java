package org.hoiso.reporting.exchange;

import java.util.List;
import org.hoiso.reporting.Period;

/**
 * One unit's values of one form for one period, as they travel between hoiso and partner systems
 * (ADX group, CSV/XLSX rows sharing form, unit and period, one JSON object). Codes only, no names:
 * the receiving side resolves and validates them.
 *
 * @param formCode the form (ADX {@code dataSet})
 * @param unitCode the official unit code (ADX {@code orgUnit})
 * @param period   the period (ADX {@code period}, ISO interval)
 * @param values   the values, in the order read or to be written
 */
public record ExchangeReport(String formCode, String unitCode, Period period, List<ExchangeValue> values) {

    public ExchangeReport {
        values = List.copyOf(values);
    }
}

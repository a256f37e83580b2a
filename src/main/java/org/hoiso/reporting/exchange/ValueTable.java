package org.hoiso.reporting.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The layout of a table of values (bảng giá trị), one row per value, shared by the CSV and XLSX
 * writer and reader: the columns, their headings in codes or in Vietnamese, and the headings a
 * reader recognises for each (compared by {@link ExchangeText#headingKey}, so case and diacritics
 * do not matter).
 */
public final class ValueTable {

    /** The columns, in the order the writer writes them. */
    enum Column {
        FORM(false, "form", "biểu mẫu", "mã biểu mẫu"), UNIT(true, "unit_code", "mã đơn vị", "unit"), PERIOD(true, "period", "kỳ",
                "kỳ báo cáo"), INDICATOR(true, "indicator", "chỉ tiêu",
                        "mã chỉ tiêu"), CATEGORY(false, "category", "phân tổ", "mã phân tổ"), VALUE(true, "value", "giá trị");

        final boolean required;
        final String code;
        final String vietnamese;
        final List<String> keys;

        Column(boolean required, String code, String vietnamese, String... more) {
            this.required = required;
            this.code = code;
            this.vietnamese = vietnamese;
            List<String> all = new ArrayList<>();
            all.add(ExchangeText.headingKey(code));
            all.add(ExchangeText.headingKey(vietnamese));
            for (String m : more) {
                all.add(ExchangeText.headingKey(m));
            }
            this.keys = List.copyOf(all);
        }

        static Column byHeading(String heading) {
            String key = ExchangeText.headingKey(heading);
            for (Column c : values()) {
                if (c.keys.contains(key)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** Which headings the writer writes; the reader takes either. */
    public enum Headings {
        /** {@code form,unit_code,period,indicator,category,value}: for partner systems. */
        CODES,
        /** {@code biểu mẫu,mã đơn vị,kỳ,chỉ tiêu,phân tổ,giá trị}: for officers opening the file in Excel. */
        VIETNAMESE;

        List<String> of() {
            return Arrays.stream(Column.values()).map(c -> this == CODES ? c.code : c.vietnamese).toList();
        }
    }

    /** The file format. */
    public enum Format {
        CSV, XLSX
    }

    private ValueTable() {
    }
}

package org.hoiso.intake;

import java.util.List;
import java.util.regex.Pattern;
import org.hoiso.tables.TableRow;

/**
 * The lines officers put under a member table that are no member: the place and date ("Ba Đình, ngày 05
 * tháng 12 năm 2025"), who signs ("Người lập biểu", "TM. Ban Chấp hành", "Chủ tịch"), "(Ký, ghi rõ họ tên)",
 * totals ("Tổng cộng: 25 hội viên") and the signers' names under them. A footer starts at a line that does not
 * read as a member (no CCCD, no birth date) and holds one of those phrases, and goes on while lines do not
 * read as members; a line that does is a member again. Rows are given in order, one reader per file.
 */
final class FooterLines {

    /** Folded phrases (see {@link Headings#fold}) that open a footer, matched as whole words. */
    private static final List<String> PHRASES = List.of("nguoi lap bieu", "nguoi lap danh sach", "nguoi lap", "nguoi ky",
            "ky ten", "ky ghi ro ho ten", "ghi ro ho ten", "xac nhan", "tm ban chap hanh", "t m ban chap hanh", "tm bch",
            "t m bch", "tm hoi", "t m hoi", "ban chap hanh", "chu tich", "pho chu tich", "thu ky", "tong cong", "tong so",
            "chi hoi truong", "truong chi hoi", "prepared by", "signature");
    /** "ngày 05 tháng 12 năm 2025", "ngày ... tháng ... năm ...", "ngày 05/12/2025", folded. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(^| )ngay(( [0-9]{1,2})? thang( [0-9]{1,2})? nam( [0-9]{4})?| [0-9]{1,2} [0-9]{1,2} [0-9]{4})( |$)");
    /** "Cầu Giấy, 05/12/2025": a place, a comma and a date, as typed. */
    private static final Pattern PLACE_DATE = Pattern.compile(
            "\\p{L}[^,]*,\\s*[0-9]{1,2}\\s*[/.\\-]\\s*[0-9]{1,2}\\s*[/.\\-]\\s*[0-9]{4}\\s*");

    private final Mapping mapping;
    private boolean inFooter;

    FooterLines(Mapping mapping) {
        this.mapping = mapping;
    }

    /** Whether the row (after the header) is part of the footer under the table. */
    boolean isFooter(TableRow row) {
        if (memberLike(row)) {
            inFooter = false;
            return false;
        }
        if (!inFooter) {
            inFooter = opensFooter(row);
        }
        return inFooter;
    }

    /**
     * A row that reads as a member: a CCCD of nine digits or more, or something like a date in the birth date
     * column. The place-and-date line often stands over those columns: "ngày 05 tháng 12 năm 2025" has eight
     * digits and its words.
     */
    private boolean memberLike(TableRow row) {
        String cccd = cell(row, ImportField.NATIONAL_ID);
        if (Cells.digits(cccd) >= 9) {
            return true;
        }
        String birth = cell(row, ImportField.BIRTH_DATE);
        return Cells.digits(birth) > 0 && !isFooterText(birth);
    }

    /** The footer's first words worth quoting to the officer: the first phrase-bearing cell, cut short. */
    static String sample(TableRow row) {
        for (String cell : row.cells()) {
            if (!cell.isBlank()) {
                String c = cell.strip();
                return c.length() > 60 ? c.substring(0, 60) + "…" : c;
            }
        }
        return "";
    }

    private static boolean opensFooter(TableRow row) {
        for (String cell : row.cells()) {
            if (!cell.isBlank() && isFooterText(cell)) {
                return true;
            }
        }
        return false;
    }

    /** A cell holding a place-and-date line or a footer phrase. */
    static boolean isFooterText(String cell) {
        if (PLACE_DATE.matcher(cell.strip()).matches()) {
            return true;
        }
        String folded = Headings.fold(cell);
        if (DATE_LINE.matcher(folded).find()) {
            return true;
        }
        String words = " " + folded + " ";
        for (String phrase : PHRASES) {
            if (words.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }

    private String cell(TableRow row, ImportField field) {
        Integer column = mapping.column(field);
        return column == null ? "" : row.cell(column);
    }
}

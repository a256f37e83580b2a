package org.hoiso.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hoiso.member.Position;

/**
 * Turns cell text into values the way officers typed them over the years. Each parser returns null
 * for an empty cell and throws {@link Bad} (a message code and its arguments) for a value it cannot read.
 */
final class Cells {

    /** A cell that cannot be read: the message code (intake bundle) and its arguments. */
    static final class Bad extends Exception {

        final String code;
        final transient Object[] args;

        Bad(String code, Object... args) {
            super(code, null, false, false);
            this.code = code;
            this.args = args;
        }
    }

    /** Excel's day 0 (1900 date system, counting its phantom 29/02/1900). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Serial of 31/12/9999, the last date Excel has. */
    private static final long EXCEL_MAX = 2_958_465;

    private static final Pattern DATE_SEPARATORS = Pattern.compile("[/\\-.]");
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+?[0-9]+");

    private Cells() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * A date as typed: dd/MM/yyyy, d/M/yyyy, d-M-yyyy, d.M.yyyy, d/M/yy, yyyy-MM-dd (also with a time
     * after it), or an Excel serial number. A two-digit year is the latest year not after
     * {@code today}'s ("85" is 1985, "05" is 2005 until 2005 is in the future).
     */
    static LocalDate date(String raw, LocalDate today) throws Bad {
        if (blank(raw)) {
            return null;
        }
        String s = raw.strip();
        int space = s.indexOf(' ');
        if (space > 0 && s.indexOf(':') > space) {
            s = s.substring(0, space); // "1985-03-05 00:00:00"
        }
        int t = s.indexOf('T');
        if (t == 10) {
            s = s.substring(0, 10);
        }
        try {
            if (s.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.')) {
                if (s.length() == 4 && s.indexOf('.') < 0) {
                    throw new Bad("intake.date.yearOnly", s);
                }
                if (s.indexOf('.') < 0 || s.indexOf('.') == s.lastIndexOf('.')) {
                    return excelSerial(s);
                }
            }
            String[] parts = DATE_SEPARATORS.split(s, -1);
            if (parts.length != 3 || !allDigits(parts)) {
                throw new Bad("intake.date.format", raw.strip());
            }
            if (parts[0].length() == 4) {
                return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
            int day = Integer.parseInt(parts[0]);
            int month = Integer.parseInt(parts[1]);
            int year = Integer.parseInt(parts[2]);
            if (parts[2].length() == 2) {
                year += 2000;
                if (year > today.getYear()) {
                    year -= 100;
                }
            } else if (parts[2].length() != 4) {
                throw new Bad("intake.date.format", raw.strip());
            }
            if (month > 12 && day <= 12) {
                throw new Bad("intake.date.monthFirst", raw.strip());
            }
            return LocalDate.of(year, month, day);
        } catch (DateTimeException | NumberFormatException e) {
            throw new Bad("intake.date.invalid", raw.strip());
        }
    }

    private static LocalDate excelSerial(String s) throws Bad {
        double serial = Double.parseDouble(s);
        if (serial < 1 || serial > EXCEL_MAX) {
            throw new Bad("intake.date.format", s);
        }
        long days = (long) Math.floor(serial);
        // Serials before 1/3/1900 count Excel's nonexistent 29/02/1900 one day too few.
        return days < 61 ? EXCEL_EPOCH.plusDays(days + 1) : EXCEL_EPOCH.plusDays(days);
    }

    private static boolean allDigits(String[] parts) {
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A CCCD as spreadsheets mangle it: spaces, dots and a leading apostrophe removed; leading zeros
     * restored when the cell was a number (10 or 11 digits: every domestic CCCD starts with 0); an old
     * 9-digit identity card number and Excel's scientific notation are refused with their own message.
     */
    static String nationalId(String raw) throws Bad {
        if (blank(raw)) {
            return null;
        }
        String s = raw.strip();
        if (s.startsWith("'")) {
            s = s.substring(1);
        }
        if ((s.indexOf('E') > 0 || s.indexOf('e') > 0) && SCIENTIFIC.matcher(s).matches()) {
            throw new Bad("intake.cccd.scientific", raw.strip());
        }
        StringBuilder digits = new StringBuilder(12);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != ' ' && c != '.' && c != '-' && c != '\u00A0') {
                return s; // the member rules explain what is wrong with it
            }
        }
        if (digits.length() == 9) {
            throw new Bad("intake.cccd.oldCard", digits.toString());
        }
        while (digits.length() == 10 || digits.length() == 11) {
            digits.insert(0, '0');
        }
        return digits.toString();
    }

    /** How many digits a cell holds (a CCCD's length as typed), 0 for an empty cell. */
    static int digits(String raw) {
        if (blank(raw)) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    private static final Map<String, Boolean> BOOLEANS = new HashMap<>();

    static {
        for (String s : List.of("co", "x", "1", "yes", "y", "true", "dung", "da co", "v")) {
            BOOLEANS.put(s, true);
        }
        for (String s : List.of("khong", "0", "no", "n", "false", "sai", "chua", "chua co", "k")) {
            BOOLEANS.put(s, false);
        }
    }

    /** Có/Không, x, 1/0, yes/no, true/false (without diacritics too). */
    static Boolean yesNo(String raw) throws Bad {
        if (blank(raw)) {
            return null;
        }
        Boolean b = BOOLEANS.get(Headings.fold(raw));
        if (b == null) {
            throw new Bad("intake.boolean", raw.strip());
        }
        return b;
    }

    /** A small number in a range, also written "mức 2" or "level 2". */
    static Integer level(String raw, int max, String code) throws Bad {
        if (blank(raw)) {
            return null;
        }
        String f = Headings.fold(raw).replace("muc ", "").replace("level ", "");
        if (f.equals("khong") || f.equals("chua co") || f.equals("no")) {
            return 0;
        }
        if (f.length() == 1 && f.charAt(0) >= '0' && f.charAt(0) <= '0' + max) {
            return f.charAt(0) - '0';
        }
        throw new Bad(code, raw.strip(), max);
    }

    private static final Map<String, Position> POSITIONS = new HashMap<>();

    static {
        put(Position.NONE, "", "hoi vien", "khong", "none", "member");
        put(Position.GROUP_LEADER, "to truong", "to truong to phu nu", "group leader");
        put(Position.BRANCH_DEPUTY, "chi hoi pho", "branch deputy");
        put(Position.BRANCH_HEAD, "chi hoi truong", "branch head");
        put(Position.COMMUNE_COMMITTEE, "uy vien ban chap hanh", "uy vien bch", "bch", "uy vien ban chap hanh co so",
                "committee member");
        put(Position.COMMUNE_VICE_CHAIR, "pho chu tich", "pho chu tich hoi", "pho chu tich hoi co so", "vice chair");
        put(Position.COMMUNE_CHAIR, "chu tich", "chu tich hoi", "chu tich hoi co so", "chair");
        put(Position.DIGITAL_AMBASSADOR, "dai su chuyen doi so", "dai su so", "digital ambassador");
        for (Position p : Position.values()) {
            POSITIONS.put(Headings.fold(p.name()), p);
        }
    }

    private static void put(Position p, String... names) {
        for (String n : names) {
            POSITIONS.put(n, p);
        }
    }

    static Position position(String raw) throws Bad {
        if (blank(raw)) {
            return Position.NONE;
        }
        Position p = POSITIONS.get(Headings.fold(raw));
        if (p == null) {
            throw new Bad("intake.position", raw.strip());
        }
        return p;
    }
}

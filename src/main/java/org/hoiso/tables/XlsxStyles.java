package org.hoiso.tables;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which cell styles of a workbook show numbers as dates or times: read from the number formats
 * ({@code numFmts}) and the cell formats ({@code cellXfs}) of the styles part.
 */
final class XlsxStyles {

    /** How a number is shown. */
    enum Kind {
        NUMBER, DATE, DATE_TIME, TIME
    }

    /** Excel allows 64,000 cell formats; more are not looked at. */
    private static final int MAX_STYLES = 65_536;
    /** Excel's number formats are at most 255 characters; longer ones are not kept. */
    private static final int MAX_FORMAT_CODE = 1_024;

    private static final XlsxStyles NONE = new XlsxStyles(new Kind[0]);

    private final Kind[] kinds;

    private XlsxStyles(Kind[] kinds) {
        this.kinds = kinds;
    }

    /** Reads the styles part of a workbook (all numbers when it has none). */
    static XlsxStyles read(XlsxPackage pkg) throws IOException {
        if (pkg.stylesPart() == null) {
            return NONE;
        }
        Map<String, String> customFormats = new HashMap<>();
        Kind[] kinds = new Kind[16];
        int count = 0;
        boolean inCellXfs = false;
        try (XlsxPackage.Xml xml = pkg.xml(pkg.stylesPart(), XlsxPackage.MAX_SMALL_PART_BYTES)) {
            while (xml.next()) {
                if (xml.isStart()) {
                    String name = xml.name();
                    if (name.equals("numFmt")) {
                        String id = xml.attribute("numFmtId");
                        String code = xml.attribute("formatCode");
                        if (id != null && code != null && code.length() <= MAX_FORMAT_CODE
                                && customFormats.size() < MAX_STYLES) {
                            customFormats.put(id.trim(), code);
                        }
                    } else if (name.equals("cellXfs")) {
                        inCellXfs = true;
                    } else if (name.equals("xf") && inCellXfs && count < MAX_STYLES) {
                        if (count == kinds.length) {
                            kinds = Arrays.copyOf(kinds, count * 2);
                        }
                        kinds[count++] = kindOf(xml.attribute("numFmtId"), customFormats);
                    }
                } else if (xml.isEnd() && xml.name().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        }
        return new XlsxStyles(Arrays.copyOf(kinds, count));
    }

    /** How a cell with the given style index ({@code s} attribute) shows a number. */
    Kind kind(int style) {
        return style >= 0 && style < kinds.length ? kinds[style] : Kind.NUMBER;
    }

    private static Kind kindOf(String numFmtId, Map<String, String> customFormats) {
        if (numFmtId == null) {
            return Kind.NUMBER;
        }
        String code = customFormats.get(numFmtId.trim());
        if (code != null) {
            return kindOf(code);
        }
        int id;
        try {
            id = Integer.parseInt(numFmtId.trim());
        } catch (NumberFormatException e) {
            return Kind.NUMBER;
        }
        return builtInKind(id);
    }

    /** Excel's built-in formats: 14–17 dates, 22 date and time, 18–21 and 45–47 times, 27–36 and 50–58 East Asian dates. */
    static Kind builtInKind(int id) {
        if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
            return Kind.DATE;
        }
        if (id == 22) {
            return Kind.DATE_TIME;
        }
        if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) {
            return Kind.TIME;
        }
        return Kind.NUMBER;
    }

    /**
     * What a format code shows, from its first section with quoted text, escaped characters and
     * [colour]/[$-locale]/[condition] brackets left out ([h] [m] [s] elapsed times count as times).
     */
    static Kind kindOf(String code) {
        boolean date = false;
        boolean time = false;
        boolean month = false;
        for (int i = 0; i < code.length(); i++) {
            char c = Character.toLowerCase(code.charAt(i));
            if (c == ';') {
                break;
            } else if (c == '"') {
                int close = code.indexOf('"', i + 1);
                i = close < 0 ? code.length() : close;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                int close = code.indexOf(']', i + 1);
                String inside = (close < 0 ? code.substring(i + 1) : code.substring(i + 1, close)).toLowerCase(Locale.ROOT);
                time |= !inside.isEmpty() && inside.chars().allMatch(ch -> ch == 'h' || ch == 'm' || ch == 's');
                i = close < 0 ? code.length() : close;
            } else if (c == 'y' || c == 'd') {
                date = true;
            } else if (c == 'h' || c == 's') {
                time = true;
            } else if (c == 'm') {
                month = true;
            }
        }
        date |= month && !time;
        if (date && time) {
            return Kind.DATE_TIME;
        }
        return date ? Kind.DATE : time ? Kind.TIME : Kind.NUMBER;
    }
}

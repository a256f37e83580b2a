package org.hoiso.intake;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.tables.TableRow;

/**
 * Finds the header row among the first rows of a sheet (Excel lists often start with a title, the
 * union's name and a date) and proposes a column for each field from the headings.
 */
final class Headings {

    /** Rows searched for the header. */
    static final int SEARCH_ROWS = 30;

    private static final Map<String, ImportField> BY_HEADING = new HashMap<>();

    static {
        for (ImportField f : ImportField.values()) {
            for (String s : f.synonyms()) {
                if (BY_HEADING.put(s, f) != null) {
                    throw new IllegalStateException("Heading listed twice: " + s);
                }
            }
        }
    }

    private Headings() {
    }

    /** A heading as compared: folded, punctuation as spaces, single spaces, "(dd/mm/yyyy)"-like hints kept. */
    static String fold(String heading) {
        String f = VietnameseText.fold(heading == null ? "" : heading);
        StringBuilder out = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The field a heading names, or null. */
    static ImportField field(String heading) {
        String f = fold(heading);
        ImportField exact = BY_HEADING.get(f);
        if (exact != null) {
            return exact;
        }
        // "Ngày sinh (dd/mm/yyyy)", "Số CCCD/Số định danh cá nhân (*)": drop a trailing part after the heading.
        for (int cut = f.lastIndexOf(' '); cut > 0; cut = f.lastIndexOf(' ', cut - 1)) {
            ImportField prefix = BY_HEADING.get(f.substring(0, cut));
            if (prefix != null) {
                return prefix;
            }
        }
        return null;
    }

    /** The proposal: which row holds the headings and which column each recognised field is in. */
    record Proposal(long headerRow, Map<ImportField, Integer> columns) {
    }

    /**
     * The row among the first {@link #SEARCH_ROWS} with the most recognised headings (at least two),
     * and its columns; the first column wins when two name the same field. Without such a row, the
     * first row is taken as the header with nothing mapped: the officer maps the columns herself.
     */
    static Proposal propose(List<TableRow> firstRows) {
        Proposal best = null;
        int bestCount = 1;
        for (TableRow row : firstRows.subList(0, Math.min(SEARCH_ROWS, firstRows.size()))) {
            Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
            for (int c = 0; c < row.cells().size(); c++) {
                ImportField f = field(row.cell(c));
                if (f != null) {
                    columns.putIfAbsent(f, c);
                }
            }
            if (columns.size() > bestCount) {
                bestCount = columns.size();
                best = new Proposal(row.number(), columns);
            }
        }
        if (best == null) {
            long first = firstRows.isEmpty() ? 1 : firstRows.get(0).number();
            return new Proposal(first, new EnumMap<>(ImportField.class));
        }
        return best;
    }
}

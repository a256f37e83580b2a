package org.hoiso.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Member numbers ("38-0001234") as the trigger {@code member_set_number} makes them, for a load that runs with the
 * triggers disabled: each province's running number continues from its sequence (read before the load) and the
 * sequences are moved past the numbers given once the rows are in. Not thread-safe: one generator uses it.
 */
final class MemberNumbers {

    private final Map<Long, long[]> last = new HashMap<>();

    /** Continues every province's sequence as it stands now. */
    static MemberNumbers continuing(Connection c, Iterable<Long> provinceIds) throws SQLException {
        MemberNumbers numbers = new MemberNumbers();
        for (long province : provinceIds) {
            String sequence = sequenceName(c, province);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT last_value, is_called FROM \"" + sequence + "\"")) {
                rs.next();
                numbers.last.put(province, new long[] {rs.getBoolean(2) ? rs.getLong(1) : 0});
            }
        }
        return numbers;
    }

    /** Appends the next number of the province (its code, a dash, the number on at least seven digits). */
    void append(StringBuilder out, long provinceId, String provinceCode) {
        long[] n = last.get(provinceId);
        if (n == null) {
            throw new IllegalStateException("no member number sequence read for province " + provinceId);
        }
        String digits = Long.toString(++n[0]);
        out.append(provinceCode).append('-');
        for (int i = digits.length(); i < 7; i++) {
            out.append('0');
        }
        out.append(digits);
    }

    /** Moves each province's sequence to the last number given, as the trigger's nextval calls would have. */
    void advanceSequences(Connection c) throws SQLException {
        for (Map.Entry<Long, long[]> e : last.entrySet()) {
            if (e.getValue()[0] > 0) {
                try (PreparedStatement ps = c.prepareStatement("SELECT setval(member_number_sequence(?), ?)")) {
                    ps.setLong(1, e.getKey());
                    ps.setLong(2, e.getValue()[0]);
                    ps.execute();
                }
            }
        }
    }

    private static String sequenceName(Connection c, long province) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT member_number_sequence(?)")) {
            ps.setLong(1, province);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}

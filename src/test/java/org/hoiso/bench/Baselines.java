package org.hoiso.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The plain-SQL way of answering the same questions, without the application's counts table, folded
 * column or indexes made for it: what the figures would be without that design. Runs on one
 * connection of its own, outside the application's transactions; also serves the report's queries.
 * The reporting benchmark uses it the same way (its SQL is written there, beside the app's call).
 */
final class Baselines implements AutoCloseable {

    private final Connection connection;

    Baselines(DataSource dataSource) throws SQLException {
        this.connection = dataSource.getConnection();
        connection.setAutoCommit(true);
    }

    /** Active members in the subtree, counted from the member table itself. */
    long activeInSubtree(String path) {
        return number("""
                SELECT count(*) FROM member m JOIN org_unit u ON u.id = m.unit_id
                 WHERE u.path <@ CAST(? AS ltree) AND m.status = 'ACTIVE'
                """, path);
    }

    /**
     * Members active at a day in the subtree as the indicators counted them before the registry kept a dated
     * history: by each member's unit today, joined by then and active now or changed status after that day.
     */
    long activeAtInSubtree(String path, LocalDate day) {
        return number("""
                SELECT count(*) FROM member m
                 WHERE m.unit_id IN (SELECT id FROM org_unit WHERE path <@ CAST(? AS ltree))
                   AND m.joined_on <= ? AND (m.status = 'ACTIVE' OR m.status_since > ?)
                """, path, day, day);
    }

    /**
     * One page of active members whose name has a word beginning with each word typed (as the application matches):
     * folded on the fly, sorted by the raw name.
     */
    int searchByName(String path, String q) {
        String[] words = q.split(" ");
        StringBuilder sql = new StringBuilder("""
                SELECT m.id, m.full_name, m.birth_date, m.national_id, m.phone, m.unit_id, u.name, m.status, m.position
                  FROM member m JOIN org_unit u ON u.id = m.unit_id
                 WHERE u.path <@ CAST(? AS ltree) AND m.status = 'ACTIVE'
                """);
        List<Object> params = new ArrayList<>();
        params.add(path);
        for (String word : words) {
            sql.append(" AND ' ' || unaccent(lower(m.full_name)) LIKE ?");
            params.add("% " + word + "%");
        }
        sql.append(" ORDER BY m.full_name, m.id LIMIT 20");
        return rows(sql.toString(), params.toArray());
    }

    int byNationalId(String nationalId) {
        return rows("SELECT * FROM member WHERE national_id = ?", nationalId);
    }

    int byPhone(String phone) {
        return rows("SELECT * FROM member WHERE phone = ?", phone);
    }

    /** A member's page: her record with her unit's name, and the rows of her history (status changes and transfers). */
    long memberPage(long memberId) {
        rows("SELECT m.*, u.name FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE m.id = ?", memberId);
        return memberId + number("""
                SELECT (SELECT count(*) FROM member_status_history WHERE member_id = ?)
                     + (SELECT count(*) FROM member_transfer WHERE member_id = ?)
                """, memberId, memberId);
    }

    long number(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A grouped answer: the first column's text to the second column's number, in the rows' order. */
    Map<String, Long> grouped(String sql, Object... params) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A plain {@code COPY … FROM STDIN} (text format) of the rows into the table; the number of rows copied. */
    long copy(String table, byte[] rows) {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN",
                    new ByteArrayInputStream(rows));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void execute(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String text(String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> explain(StatementRecorder.Recorded statement) throws SQLException {
        return StatementRecorder.explain(connection, statement);
    }

    private int rows(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            int n = 0;
            while (rs.next()) {
                n++;
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

package org.hoiso.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * The parameters of the measured operations, drawn from the data actually generated: units that exist,
 * names and CCCD numbers of members that exist. Each run gets fresh ones, so a run cannot be served
 * from what the previous run left in a cache.
 */
final class Workload {

    record Unit(long id, String code, String name) {
    }

    /** A member found by sampling random ids, with the province she belongs to. */
    record SampledMember(String fullName, String folded, String nationalId, String status, long provinceId, long id,
            String phone) {
    }

    private final List<Unit> provinces;
    private final List<Unit> communes;
    private final List<SampledMember> members;
    private final SplittableRandom random;

    private Workload(List<Unit> provinces, List<Unit> communes, List<SampledMember> members, SplittableRandom random) {
        this.provinces = provinces;
        this.communes = communes;
        this.members = members;
        this.random = random;
    }

    /** Sampled in id order, so that the same seed draws the same parameters whatever plan the schema gets. */
    static Workload sample(DataSource dataSource, SplittableRandom random, int sampleSize) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<Unit> provinces = units(c, "PROVINCE");
            List<Unit> communes = units(c, "COMMUNE");
            long maxId;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM member")) {
                rs.next();
                maxId = rs.getLong(1);
            }
            Set<Long> ids = new LinkedHashSet<>();
            while (ids.size() < Math.min(sampleSize, maxId)) {
                ids.add(1 + random.nextLong(maxId));
            }
            List<SampledMember> members = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT m.full_name, m.name_folded, m.national_id, m.status, p.id, m.id, m.phone
                      FROM member m JOIN org_unit u ON u.id = m.unit_id
                      JOIN org_unit p ON p.level_code = 'PROVINCE' AND u.path <@ p.path
                     WHERE m.id = ANY (?)
                     ORDER BY m.id
                    """)) {
                Array array = c.createArrayOf("bigint", ids.toArray());
                ps.setArray(1, array);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        members.add(new SampledMember(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getLong(5), rs.getLong(6), rs.getString(7)));
                    }
                }
            }
            if (members.isEmpty()) {
                throw new IllegalStateException("no members to sample");
            }
            return new Workload(provinces, communes, members, random);
        }
    }

    private static List<Unit> units(Connection c, String level) throws SQLException {
        List<Unit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, code, name FROM org_unit WHERE level_code = ? AND valid_to IS NULL ORDER BY id")) {
            ps.setString(1, level);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Unit(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    Unit province() {
        return provinces.get(random.nextInt(provinces.size()));
    }

    Unit commune() {
        return communes.get(random.nextInt(communes.size()));
    }

    /** A sampled member matching the filter (big provinces come up more often, as their officers search more). */
    SampledMember member(Predicate<SampledMember> filter) {
        List<SampledMember> matching = members.stream().filter(filter).toList();
        if (matching.isEmpty()) {
            throw new IllegalStateException("no sampled member matches");
        }
        return matching.get(random.nextInt(matching.size()));
    }

    static boolean active(SampledMember m) {
        return m.status().equals("ACTIVE");
    }

    /** Whether her family name is one of the rare ones (each under 1 % of the population). */
    static boolean rareFamilyName(SampledMember m) {
        return VietnameseNames.rareFamilyNames().stream().anyMatch(f -> m.fullName().startsWith(f + " "));
    }

    int sampledMembers() {
        return members.size();
    }
}
